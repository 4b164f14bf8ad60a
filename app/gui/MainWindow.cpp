#include "MainWindow.h"
#include "Icons.h"

#include "AccountBanner.h"
#include "AddExportIdDialog.h"
#include "AppContext.h"
#include "ArchiveActions.h"
#include "DesktopNotifier.h"
#include "ErrorPresenter.h"
#include "FilterBar.h"
#include "NewExportDialog.h"
#include "ProfilesMenu.h"
#include "SchedulesDock.h"
#include "StatusBarPresenter.h"
#include "TaskDetailsFormatter.h"
#include "TaskRowActions.h"
#include "TaskTablePresenter.h"
#include "WelcomePage.h"
#include "settings/AppSettings.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskHistoryStore.h"
#include "tasks/TaskTableModel.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>

namespace {
enum TableStackPage
{
    TablePage,
    EmptyPage,
};

// The bundled icons, drawn from resources/icons/*.svg at build time: one look
// on every desktop, and no icon-theme search or SVG engine at start.
QIcon bundledIcon(const char *name)
{
    return Icons::get(QLatin1String(name));
}
} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_context(context)
    , m_proxy(new TaskFilterProxyModel(this))
    , m_notifier(new DesktopNotifier(this))
{
    m_ui->setupUi(this);
    m_banner = new AccountBanner(m_context, m_ui->bannerFrame, this);
    m_statusBar = new StatusBarPresenter(m_context, m_banner, statusBar(), this);
    m_rowActions = new TaskRowActions(m_context, this, statusBar(), this);
    setWindowIcon(Icons::get(QStringLiteral("reportdesk")));
    setupTable();
    m_filterBar = new FilterBar(m_proxy,
                                { m_ui->filterAllButton, m_ui->filterInProgressButton, m_ui->filterSucceededButton,
                                  m_ui->filterFailedButton, m_ui->filterNotFoundButton, m_ui->searchEdit },
                                this);
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::updatePage);
    setupActions();
    setupDetails();
    m_profilesMenu = new ProfilesMenu(m_context,
                                      { m_ui->menuProfiles, m_ui->menuLanguage, m_ui->mainToolBar, m_ui->actionAccount,
                                        m_ui->actionNewProfile, m_ui->actionSwitchLanguage },
                                      this);
    setupSchedules(); // before restoreViewState(): the dock comes back as it was left
    restoreViewState();

    TaskController *tasks = m_context->tasks();
    connect(tasks, &TaskController::exportStartFailed, this, [this](qint64, const QString &, const ApiError &error) {
        // Account-wide causes show in the banner; anything else is the answer to
        // what the user just asked for, so say it now.
        if (!TaskController::isAccountWide(error) && error.kind != ApiError::Kind::Cancelled)
            QMessageBox::warning(this, tr("Export not started"),
                                 ErrorPresenter::describe(error, ApiReply::Operation::ExportCustomizeReport));
    });
    connect(tasks, &TaskController::taskFinished, this, [this](qint64 exportId, ExportStatus status) {
        notifyFinished(exportId,
                       status == ExportStatus::Succeeded ? tr("Export %1 succeeded.").arg(exportId)
                                                         : tr("Export %1 failed.").arg(exportId));
    });
    connect(m_context->downloads(), &TaskDownloads::downloadSaved, this, [this](qint64 exportId, const QString &path) {
        notifyFinished(exportId, tr("Report %1 saved to %2").arg(exportId).arg(path));
    });
    connect(m_context, &AppContext::profileChanged, this, [this] {
        // 0.1's task files are taken over at the first start: said once, in passing.
        const TaskHistoryStore::ImportReport &imported = m_context->tasks()->store()->lastImport();
        if (!m_importTold && !imported.isEmpty()) {
            m_importTold = true;
            statusBar()->showMessage(imported.message(), 15000);
        }
        updateWindowTitle();
        updatePage();
        m_statusBar->update();
        m_profilesMenu->rebuild();
    });
    connect(m_context, &AppContext::started, this, &MainWindow::updatePage);
    connect(m_context, &AppContext::environmentIncomplete, this, [this](const QString &variable) {
        statusBar()->showMessage(
            tr("%1 is not set or blank, so the AccessKey from the environment is not used.").arg(variable), 20000);
    });

    retranslate();
    updatePage();
    updateActions();
    updateDetails();
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::setupTable()
{
    TaskTableModel *model = m_context->tasks()->model();
    m_table = new TaskTablePresenter(model, m_proxy, m_ui->taskView, this);
    connect(m_table, &TaskTablePresenter::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table, &TaskTablePresenter::rowActionRequested, this, &MainWindow::runRowAction);

    // Everything that changes rows, counts or the current task refreshes the
    // dependent views; each of these is cheap.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Download progress changes rows many times a second: the details
                // pane is rebuilt only when the task it shows is among them.
                const int shown = m_context->tasks()->model()->rowOf(currentExportId());
                if (shown >= topLeft.row() && shown <= bottomRight.row())
                    updateDetails();
                updateActions();
                m_statusBar->update();
            });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updatePage();
        m_statusBar->update();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePage();
        m_statusBar->update();
        updateDetails();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updatePage();
        m_statusBar->update();
        updateDetails();
    });
}

void MainWindow::setupActions()
{
    m_ui->actionNewExport->setIcon(bundledIcon("new-export"));
    m_ui->actionAddExportId->setIcon(bundledIcon("add-id"));
    m_ui->actionRefresh->setIcon(bundledIcon("refresh"));
    m_ui->actionDownload->setIcon(bundledIcon("download"));
    m_ui->actionRemove->setIcon(bundledIcon("remove"));
    m_ui->actionExportAgain->setIcon(bundledIcon("refresh"));
    m_ui->actionOpenFile->setIcon(bundledIcon("open-file"));
    m_ui->actionShowInFolder->setIcon(bundledIcon("folder"));
    m_ui->actionAccount->setIcon(bundledIcon("account"));
    m_ui->actionSwitchLanguage->setIcon(Icons::get(QStringLiteral("language")));
    m_ui->actionRemove->setShortcuts(QKeySequence::Delete);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);

    connect(m_ui->actionNewExport, &QAction::triggered, this, &MainWindow::newExport);
    connect(m_ui->actionAddExportId, &QAction::triggered, this, &MainWindow::addExportId);
    // Refresh says that it runs, and when it is done.
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        const int asked = m_context->tasks()->refresh();
        if (asked == 0) {
            statusBar()->showMessage(tr("Nothing to check: every export has finished."), 5000);
            return;
        }
        m_refreshRunning = true;
        m_ui->actionRefresh->setEnabled(false);
        statusBar()->showMessage(tr("Checking %n export(s)…", nullptr, asked));
    });
    connect(m_context->tasks(), &TaskController::refreshFinished, this, [this](int checked) {
        m_refreshRunning = false;
        m_ui->actionRefresh->setEnabled(m_context->hasAccount());
        if (checked >= 0)
            statusBar()->showMessage(tr("Checked %n export(s).", nullptr, checked), 5000);
    });
    // The actions act on the current task, or on every selected one.
    connect(m_ui->actionDownload, &QAction::triggered, this, [this] { m_rowActions->download(currentExportId()); });
    connect(m_ui->actionExportAgain, &QAction::triggered, this,
            [this] { m_rowActions->exportAgain(currentExportId()); });
    connect(m_ui->actionOpenFile, &QAction::triggered, this, [this] { m_rowActions->openFile(currentExportId()); });
    connect(m_ui->actionShowInFolder, &QAction::triggered, this,
            [this] { m_rowActions->showInFolder(currentExportId()); });
    connect(m_ui->actionCopyRequestId, &QAction::triggered, this,
            [this] { m_rowActions->copyRequestId(currentExportId()); });
    connect(m_ui->actionRemove, &QAction::triggered, this,
            [this] { m_rowActions->remove(m_table->selectedExportIds()); });
    connect(m_ui->actionCancelDownload, &QAction::triggered, this,
            [this] { m_rowActions->cancelDownloads(m_table->selectedExportIds()); });
    connect(m_ui->actionCopyExportId, &QAction::triggered, this,
            [this] { m_rowActions->copyExportIds(m_table->selectedExportIds()); });
    connect(m_ui->actionFind, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_ui->actionAccount, &QAction::triggered, m_context, &AppContext::editAccount);
    connect(m_ui->actionNewProfile, &QAction::triggered, m_context, &AppContext::newProfile);
    connect(m_ui->actionImportAliyun, &QAction::triggered, m_context, &AppContext::importAliyunProfiles);
    connect(m_ui->actionRemoveProfile, &QAction::triggered, m_context, &AppContext::removeCurrentProfile);
    connect(m_ui->actionSettings, &QAction::triggered, m_context, &AppContext::editSettings);
    connect(m_ui->actionAbout, &QAction::triggered, m_context, &AppContext::showAbout);
    connect(m_ui->actionResetDemo, &QAction::triggered, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Reset demo"),
            tr("Remove every export of the demo from the list and start its sample exports again?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_context->resetDemo();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    new ArchiveActions(this, m_context->tasks()->store(), m_context->profiles(), m_ui->menuFile, m_ui->actionQuit);

    m_table->setContextMenu(
        { m_ui->actionDownload, m_ui->actionCancelDownload, m_ui->actionOpenFile, m_ui->actionShowInFolder, nullptr,
          m_ui->actionCopyExportId, m_ui->actionCopyRequestId, m_ui->actionExportAgain, nullptr, m_ui->actionRemove },
        { m_ui->actionDownload, m_ui->actionOpenFile, m_ui->actionExportAgain, m_ui->actionCancelDownload });
}

void MainWindow::setupDetails()
{
    connect(m_ui->detailsView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link == TaskDetailsFormatter::openLink())
            m_rowActions->openFile(currentExportId());
        else if (link == TaskDetailsFormatter::showInFolderLink())
            m_rowActions->showInFolder(currentExportId());
        else if (link == TaskDetailsFormatter::copyRequestIdLink())
            m_rowActions->copyRequestId(currentExportId());
        else if (link == TaskDetailsFormatter::exportAgainLink())
            m_rowActions->exportAgain(currentExportId());
        else if (link == TaskDetailsFormatter::toggleRawAnswerLink()) {
            m_showRawAnswer = !m_showRawAnswer;
            updateDetails();
        }
    });
}

void MainWindow::restoreViewState()
{
    const AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        // The form's size, but never larger than a small screen (800×600).
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(size().boundedTo(screen->availableSize()));
    }
    restoreState(settings.windowState());
    m_ui->splitter->restoreState(settings.splitterState());
    if (!m_table->restoreHeaderState(settings.tableHeaderState()))
        m_ui->splitter->setSizes({ 480, 160 });
}

void MainWindow::saveViewState() const
{
    AppSettings().setWindowLayout(saveGeometry(), saveState(), m_ui->splitter->saveState(), m_table->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    m_context->tasks()->flush();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    // Other processes' changes are looked for while someone can see them.
    if (event->type() == QEvent::WindowStateChange)
        m_context->tasks()->store()->setWatching(!isMinimized());
    QMainWindow::changeEvent(event);
}

// Everything the .ui form does not own is rebuilt here, so a language switch
// changes it in place.
void MainWindow::retranslate()
{
    m_context->tasks()->model()->retranslate();
    updateWindowTitle();
    m_filterBar->retranslate();
    updateDetails();
    m_statusBar->retranslate();
    m_banner->retranslate();
    m_profilesMenu->retranslate();
}

void MainWindow::updateWindowTitle()
{
    // The demo's profile name already says "Demo": no second mark in the title.
    //: Window title part for the built-in simulator's profile
    const QString profile = m_context->isDemo() ? tr("Demo") : m_context->profileDisplayName();
    setWindowTitle(profile.isEmpty() ? QStringLiteral("ReportDesk") : tr("ReportDesk — %1").arg(profile));
    m_ui->actionResetDemo->setVisible(m_context->isDemo());
}

void MainWindow::showWelcome(bool show)
{
    if (show && !m_welcome) {
        m_welcome = new WelcomePage(m_ui->pages);
        connect(m_welcome, &WelcomePage::demoRequested, m_context, &AppContext::startDemo);
        connect(m_welcome, &WelcomePage::accessKeyRequested, m_context, &AppContext::newProfile);
        m_ui->pages->addWidget(m_welcome);
    }
    m_ui->pages->setCurrentWidget(show ? static_cast<QWidget *>(m_welcome) : m_ui->tasksPage);
}

void MainWindow::updatePage()
{
    const bool hasAccount = m_context->hasAccount();
    // Before the context has chosen a profile, no account means "not known
    // yet": the welcome page is not built for a window that will not show it.
    showWelcome(!hasAccount && m_context->isStarted());
    const bool noTasks = m_context->tasks()->model()->rowCount() == 0;
    const bool noneShown = m_proxy->rowCount() == 0;
    m_ui->tableStack->setCurrentIndex(noneShown ? EmptyPage : TablePage);
    // An empty table says why: nothing yet, or nothing that matches the search or the filter.
    const QString search = m_filterBar->searchText();
    if (noTasks)
        m_ui->emptyLabel->setText(
            tr("No exports yet. Start one with New export…, or add an ExportId you already have."));
    else if (!search.isEmpty())
        m_ui->emptyLabel->setText(tr("No exports match “%1”. Press Esc to clear the search.").arg(search));
    else
        m_ui->emptyLabel->setText(tr("No exports in this view. Choose “All” to see every export."));
    for (QAction *action : { m_ui->actionNewExport, m_ui->actionAddExportId })
        action->setEnabled(hasAccount);
    // A row changing while Refresh runs must not switch it back on early.
    m_ui->actionRefresh->setEnabled(hasAccount && !m_refreshRunning);
}

qint64 MainWindow::currentExportId() const
{
    return m_table->currentExportId();
}

void MainWindow::selectExportId(qint64 exportId)
{
    // A filter could hide the row: show everything first.
    if (m_context->tasks()->model()->contains(exportId) && !m_table->isShown(exportId))
        m_filterBar->showAll();
    m_table->selectExportId(exportId);
}

void MainWindow::updateActions()
{
    const QList<qint64> ids = m_table->selectedExportIds();
    const ExportTask *task = m_context->tasks()->model()->task(currentExportId());
    const bool one = task != nullptr;
    // The row's button, Enter and a double click do TaskTableModel::rowAction;
    // the toolbar and the context menu follow the same answer.
    using RowAction = TaskTableModel::RowAction;
    const RowAction action = m_table->currentRowAction();
    const bool saved = one && !task->savedFilePath.isEmpty() && QFileInfo::exists(task->savedFilePath);
    // A saved report can be downloaded again (its row says Open).
    m_ui->actionDownload->setEnabled((action == RowAction::Download || action == RowAction::Open)
                                     && task->status == ExportStatus::Succeeded);
    m_ui->actionCancelDownload->setEnabled(action == RowAction::Cancel);
    m_ui->actionExportAgain->setEnabled(action == RowAction::ExportAgain && task->reportId > 0);
    m_ui->actionOpenFile->setEnabled(action == RowAction::Open && saved);
    m_ui->actionShowInFolder->setEnabled(saved);
    m_ui->actionRemove->setEnabled(!ids.isEmpty());
    m_ui->actionCopyExportId->setEnabled(!ids.isEmpty());
    m_ui->actionCopyRequestId->setEnabled(one && !m_context->tasks()->lastRequestId(task->exportId).isEmpty());
}

void MainWindow::updateDetails()
{
    const ExportTask *task = m_context->tasks()->model()->task(currentExportId());
    if (!task) {
        m_ui->detailsView->setHtml(TaskDetailsFormatter::placeholderHtml());
        return;
    }
    m_ui->detailsView->setHtml(TaskDetailsFormatter::html(*task, m_context->tasks()->lastAnswer(task->exportId),
                                                          m_context->tasks()->model()->now(), m_showRawAnswer));
}

void MainWindow::newExport()
{
    NewExportDialog dialog(m_context->client(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportInfo report = dialog.selectedReport();
    m_context->tasks()->startExport(report.reportId, report.title, dialog.selectedType());
}

void MainWindow::addExportId()
{
    AddExportIdDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 exportId = dialog.exportId();
    if (m_context->tasks()->model()->contains(exportId))
        statusBar()->showMessage(tr("Export %1 is already in the list.").arg(exportId), 8000);
    else
        m_context->tasks()->addExportId(exportId);
    selectExportId(exportId);
}

void MainWindow::runRowAction(qint64 exportId, TaskTableModel::RowAction action)
{
    // Nothing to do on this row: Enter moves on to what the details pane says.
    if (!m_rowActions->run(exportId, action))
        m_ui->detailsView->setFocus();
}

void MainWindow::setupSchedules()
{
    m_schedulesDock = new SchedulesDock(m_context, this);
    m_ui->menuView->insertAction(m_ui->actionRefresh, m_schedulesDock->toggleViewAction());
    m_ui->menuFile->insertAction(m_ui->actionDownload, m_schedulesDock->openAction());
    m_ui->menuFile->insertSeparator(m_ui->actionDownload);
    // Beside the export actions, before the account and language on the right.
    const QList<QAction *> tools = m_ui->mainToolBar->actions();
    const qsizetype after = tools.indexOf(m_ui->actionRemove);
    QAction *before = after >= 0 && after + 1 < tools.size() ? tools.at(after + 1) : nullptr;
    m_ui->mainToolBar->insertSeparator(before);
    m_ui->mainToolBar->insertAction(before, m_schedulesDock->openAction());
}

void MainWindow::showExternalProblem(const std::function<QString()> &text, const std::function<QString()> &actionText,
                                     const std::function<void()> &action)
{
    m_banner->showExternal(text, actionText, action);
}

void MainWindow::notifyFinished(qint64 exportId, const QString &text)
{
    Q_UNUSED(exportId)
    // Only when the user is looking elsewhere; in the window the row says it all.
    if (isActiveWindow())
        return;
    m_notifier->notify(QStringLiteral("ReportDesk"), text);
    QApplication::alert(this);
}
