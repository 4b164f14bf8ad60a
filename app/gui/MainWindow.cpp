#include "MainWindow.h"
#include "Icons.h"

#include "AccountBanner.h"
#include "AddExportIdDialog.h"
#include "AppContext.h"
#include "ArchiveActions.h"
#include "DesktopNotifier.h"
#include "DownloadDelegate.h"
#include "ErrorPresenter.h"
#include "NewExportDialog.h"
#include "SaveLocationChooser.h"
#include "SchedulesDock.h"
#include "StatusDelegate.h"
#include "TaskDetailsFormatter.h"
#include "TaskTableLayout.h"
#include "WelcomePage.h"
#include "api/SecurityCenterClient.h"
#include "credentials/CredentialSession.h"
#include "downloads/SavedReport.h"
#include "i18n/LanguageSetting.h"
#include "settings/AppSettings.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskHistoryStore.h"
#include "tasks/TaskTableModel.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QToolButton>
#include <QUrl>
#include <algorithm>

namespace {
enum TableStackPage
{
    TablePage,
    EmptyPage,
};
constexpr int kAnimationIntervalMs = 80;
constexpr int kRelativeTimeIntervalMs = 30 * 1000;

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
    , m_statusDelegate(new StatusDelegate(this))
    , m_downloadDelegate(new DownloadDelegate(this))
    , m_languageGroup(new QActionGroup(this))
    , m_chineseAction(nullptr)
    , m_englishAction(nullptr)
    , m_accountButton(new QToolButton(this))
    , m_languageButton(new QToolButton(this))
    , m_connectionLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_demoBadge(new QLabel(this))
    , m_notifier(new DesktopNotifier(this))
{
    m_ui->setupUi(this);
    m_banner = new AccountBanner(m_context, m_ui->bannerFrame, this);
    setWindowIcon(Icons::get(QStringLiteral("reportdesk")));
    setupTable();
    setupFilterBar();
    setupActions();
    setupToolBarExtras();
    setupLanguageMenu();
    setupStatusBar();
    setupSchedules(); // before restoreViewState(): the dock comes back as it was left
    restoreViewState();

    m_animationTimer.setInterval(kAnimationIntervalMs);
    connect(&m_animationTimer, &QTimer::timeout, this, [this] {
        m_statusDelegate->setAnimationPhase(++m_animationPhase);
        m_ui->taskView->viewport()->update();
    });
    m_relativeTimeTimer.setInterval(kRelativeTimeIntervalMs);
    connect(&m_relativeTimeTimer, &QTimer::timeout, this, [this] {
        m_context->tasks()->model()->refreshRelativeTimes();
        updateRelativeTimeTimer(); // stops once no link is left to age
    });

    TaskController *tasks = m_context->tasks();
    connect(tasks, &TaskController::exportStartFailed, this, [this](qint64, const QString &, const ApiError &error) {
        // Account-wide causes show in the banner; anything else is the answer to
        // what the user just asked for, so say it now.
        if (!TaskController::isAccountWide(error) && error.kind != ApiError::Kind::Cancelled)
            QMessageBox::warning(this, tr("Export not started"),
                                 ErrorPresenter::describe(error, ApiReply::Operation::ExportCustomizeReport));
    });
    connect(m_banner, &AccountBanner::changed, this, &MainWindow::updateStatusBar);
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
        updateStatusBar();
        rebuildProfilesMenu();
    });
    connect(m_context, &AppContext::started, this, &MainWindow::updatePage);
    connect(m_context->credentials(), &CredentialSession::stateChanged, this, &MainWindow::updateStatusBar);
    connect(m_context, &AppContext::environmentIncomplete, this, [this](const QString &variable) {
        statusBar()->showMessage(
            tr("%1 is not set or blank, so the AccessKey from the environment is not used.").arg(variable), 20000);
    });

    retranslate();
    updatePage();
    updateActions();
    updateDetails();
    updateAnimation();
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::setupTable()
{
    TaskTableModel *model = m_context->tasks()->model();
    m_proxy->setSourceModel(model);
    QTableView *view = m_ui->taskView;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(TaskTableModel::StatusColumn, m_statusDelegate);
    view->setItemDelegateForColumn(TaskTableModel::DownloadColumn, m_downloadDelegate);
    view->setMouseTracking(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->sortByColumn(TaskTableModel::ExportIdColumn, Qt::DescendingOrder);
    m_tableLayout = new TaskTableLayout(view);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TaskTableModel::DownloadColumn) // there the button took the click
            activateRow(index);
    });
    connect(view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_downloadDelegate, &DownloadDelegate::actionTriggered, this,
            [this](const QModelIndex &index, DownloadDelegate::CellAction action) {
                const qint64 exportId = index.data(TaskTableModel::ExportIdRole).toLongLong();
                switch (action) {
                case DownloadDelegate::CellAction::Download: downloadExport(exportId); break;
                case DownloadDelegate::CellAction::ExportAgain: m_context->tasks()->exportAgain(exportId); break;
                case DownloadDelegate::CellAction::Cancel: m_context->downloads()->cancel(exportId); break;
                case DownloadDelegate::CellAction::Open: openFile(exportId); break;
                case DownloadDelegate::CellAction::None: break;
                }
            });

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
                updateAnimationTimer();
                // A running timer re-checks on its own tick; a stopped one may
                // need to start for a link that just arrived.
                if (!m_relativeTimeTimer.isActive())
                    updateRelativeTimeTimer();
                updateStatusBar();
            });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updatePage();
        updateAnimation();
        updateStatusBar();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePage();
        updateAnimation();
        updateStatusBar();
        updateDetails();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updatePage();
        updateAnimation();
        updateStatusBar();
        updateDetails();
    });
    connect(m_proxy, &TaskFilterProxyModel::countsChanged, this, [this] {
        updateFilterCounts();
        updatePage(); // a status change can empty or fill the filtered view
    });
}

void MainWindow::setupFilterBar()
{
    const struct
    {
        QToolButton *button;
        TaskFilterProxyModel::StatusFilter filter;
    } filters[] = {
        { m_ui->filterAllButton, TaskFilterProxyModel::StatusFilter::All },
        { m_ui->filterInProgressButton, TaskFilterProxyModel::StatusFilter::InProgress },
        { m_ui->filterSucceededButton, TaskFilterProxyModel::StatusFilter::Succeeded },
        { m_ui->filterFailedButton, TaskFilterProxyModel::StatusFilter::Failed },
        { m_ui->filterNotFoundButton, TaskFilterProxyModel::StatusFilter::NotFound },
    };
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (const auto &entry : filters) {
        group->addButton(entry.button);
        const auto filter = entry.filter;
        connect(entry.button, &QToolButton::clicked, this, [this, filter] {
            m_proxy->setStatusFilter(filter);
            updatePage();
        });
    }
    m_ui->filterAllButton->setChecked(true);
    m_ui->filterSucceededButton->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Succeeded)));
    m_ui->filterFailedButton->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Failed)));
    m_ui->filterNotFoundButton->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Unknown)));
    m_ui->filterInProgressButton->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Exporting)));
    for (QToolButton *button : { m_ui->filterAllButton, m_ui->filterInProgressButton, m_ui->filterSucceededButton,
                                 m_ui->filterFailedButton, m_ui->filterNotFoundButton })
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button shows only when there is text anyway; switching it on at
        // the first keystroke keeps its style pixmap (and Qt's image plugins) out of
        // the start-up path.
        m_ui->searchEdit->setClearButtonEnabled(true);
        m_proxy->setTextFilter(text);
        updatePage();
    });
    // Escape in the search field clears it (and leaves the window alone).
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->searchEdit);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_ui->searchEdit, &QLineEdit::clear);
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
    connect(m_ui->actionDownload, &QAction::triggered, this, &MainWindow::downloadSelected);
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->actionExportAgain, &QAction::triggered, this, &MainWindow::exportAgainSelected);
    connect(m_ui->actionCancelDownload, &QAction::triggered, this, &MainWindow::cancelDownloadSelected);
    connect(m_ui->actionCopyExportId, &QAction::triggered, this, &MainWindow::copyExportIds);
    connect(m_ui->actionCopyRequestId, &QAction::triggered, this, &MainWindow::copyRequestId);
    connect(m_ui->actionOpenFile, &QAction::triggered, this, [this] { openFile(currentExportId()); });
    connect(m_ui->actionShowInFolder, &QAction::triggered, this, [this] { showInFolder(currentExportId()); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionSwitchLanguage, &QAction::triggered, this, [this] {
        LanguageSetting *language = m_context->language();
        language->setLanguage(language->language() == QLatin1String("zh") ? QStringLiteral("en")
                                                                          : QStringLiteral("zh"));
    });
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
    connect(m_ui->detailsView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link == TaskDetailsFormatter::openLink())
            openFile(currentExportId());
        else if (link == TaskDetailsFormatter::showInFolderLink())
            showInFolder(currentExportId());
        else if (link == TaskDetailsFormatter::copyRequestIdLink())
            copyRequestId();
        else if (link == TaskDetailsFormatter::exportAgainLink())
            exportAgainSelected();
        else if (link == TaskDetailsFormatter::toggleRawAnswerLink()) {
            m_showRawAnswer = !m_showRawAnswer;
            updateDetails();
        }
    });

    // Enter on a row does what its button says; Tab leaves the table instead of
    // walking its cells.
    m_ui->taskView->setTabKeyNavigation(false);
    auto *enter = new QAction(this);
    enter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    enter->setShortcutContext(Qt::WidgetShortcut);
    m_ui->taskView->addAction(enter);
    connect(enter, &QAction::triggered, this, [this] { activateRow(m_ui->taskView->currentIndex()); });
}

void MainWindow::setupToolBarExtras()
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);

    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setIcon(Icons::get(QStringLiteral("account")));
    m_accountButton->setMenu(m_ui->menuProfiles);
    m_ui->mainToolBar->addWidget(m_accountButton);

    m_languageButton->setDefaultAction(m_ui->actionSwitchLanguage);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->mainToolBar->addWidget(m_languageButton);
    rebuildProfilesMenu();
}

void MainWindow::setupLanguageMenu()
{
    // Language names are shown in their own language, so they never translate.
    m_chineseAction = m_ui->menuLanguage->addAction(QStringLiteral("中文"));
    m_englishAction = m_ui->menuLanguage->addAction(QStringLiteral("English"));
    for (QAction *action : { m_chineseAction, m_englishAction }) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    LanguageSetting *language = m_context->language();
    connect(m_chineseAction, &QAction::triggered, language,
            [language] { language->setLanguage(QStringLiteral("zh")); });
    connect(m_englishAction, &QAction::triggered, language,
            [language] { language->setLanguage(QStringLiteral("en")); });
    auto sync = [this](const QString &code) {
        (code == QLatin1String("zh") ? m_chineseAction : m_englishAction)->setChecked(true);
    };
    connect(language, &LanguageSetting::languageChanged, this, sync);
    sync(language->language());
}

void MainWindow::setupStatusBar()
{
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #e8a317; color: black; border-radius: 4px; padding: 1px 8px; font-weight: bold; }"));
    m_demoBadge->setAccessibleName(QStringLiteral("Demo"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_demoBadge);
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
    const QByteArray header = settings.tableHeaderState();
    if (!header.isEmpty()) {
        m_ui->taskView->horizontalHeader()->restoreState(header);
        m_tableLayout->fit();
    } else {
        m_ui->splitter->setSizes({ 480, 160 });
    }
}

void MainWindow::saveViewState() const
{
    AppSettings().setWindowLayout(saveGeometry(), saveState(), m_ui->splitter->saveState(), m_tableLayout->saveState());
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
    m_demoBadge->setText(tr("Demo"));
    m_demoBadge->setToolTip(tr("You are using the built-in simulator, not a real Alibaba Cloud account."));
    m_languageButton->setToolTip(tr("Switch the interface and the service's messages between 中文 and English"));
    updateWindowTitle();
    updateFilterCounts();
    updateDetails();
    updateStatusBar();
    m_banner->retranslate();
    rebuildProfilesMenu();
}

void MainWindow::updateWindowTitle()
{
    // The demo's profile name already says "Demo": no second mark in the title.
    const QString profile = m_context->isDemo() ? tr("Demo") : m_context->profileDisplayName();
    setWindowTitle(profile.isEmpty() ? QStringLiteral("ReportDesk") : tr("ReportDesk — %1").arg(profile));
    m_demoBadge->setVisible(m_context->isDemo());
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
    const QString search = m_ui->searchEdit->text().trimmed();
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

void MainWindow::updateFilterCounts()
{
    using Filter = TaskFilterProxyModel::StatusFilter;
    m_ui->filterAllButton->setText(tr("All %1").arg(m_proxy->count(Filter::All)));
    m_ui->filterInProgressButton->setText(tr("In progress %1").arg(m_proxy->count(Filter::InProgress)));
    m_ui->filterSucceededButton->setText(tr("Succeeded %1").arg(m_proxy->count(Filter::Succeeded)));
    m_ui->filterFailedButton->setText(tr("Failed %1").arg(m_proxy->count(Filter::Failed)));
    // Shown only while there is something to show: most lists never have one.
    const int notFound = m_proxy->count(Filter::NotFound);
    m_ui->filterNotFoundButton->setText(tr("Not found %1", "ExportIds the service does not know").arg(notFound));
    m_ui->filterNotFoundButton->setVisible(notFound > 0 || m_ui->filterNotFoundButton->isChecked());
}

QList<qint64> MainWindow::selectedExportIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->taskView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(TaskTableModel::ExportIdRole).toLongLong();
    return ids;
}

qint64 MainWindow::currentExportId() const
{
    const QModelIndex index = m_ui->taskView->currentIndex();
    if (!index.isValid() || !m_ui->taskView->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return index.data(TaskTableModel::ExportIdRole).toLongLong();
}

void MainWindow::selectExportId(qint64 exportId)
{
    const int sourceRow = m_context->tasks()->model()->rowOf(exportId);
    if (sourceRow < 0)
        return;
    // A filter could hide the row: show everything first.
    if (!m_proxy->mapFromSource(m_context->tasks()->model()->index(sourceRow, 0)).isValid()) {
        m_ui->filterAllButton->click();
        m_ui->searchEdit->clear();
    }
    const QModelIndex index = m_proxy->mapFromSource(m_context->tasks()->model()->index(sourceRow, 0));
    m_ui->taskView->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->taskView->scrollTo(index);
}

void MainWindow::updateActions()
{
    const QList<qint64> ids = selectedExportIds();
    const ExportTask *task = m_context->tasks()->model()->task(currentExportId());
    const bool one = task != nullptr;
    const bool downloading = one
        && (task->download.state == DownloadProgress::State::Downloading
            || task->download.state == DownloadProgress::State::Queued);
    m_ui->actionDownload->setEnabled(one && task->status == ExportStatus::Succeeded && !downloading);
    m_ui->actionCancelDownload->setEnabled(downloading);
    m_ui->actionExportAgain->setEnabled(one && task->reportId > 0 && task->status == ExportStatus::Failed);
    m_ui->actionRemove->setEnabled(!ids.isEmpty());
    m_ui->actionCopyExportId->setEnabled(!ids.isEmpty());
    m_ui->actionCopyRequestId->setEnabled(one && !m_context->tasks()->lastRequestId(task->exportId).isEmpty());
    const bool saved = one && !task->savedFilePath.isEmpty() && QFileInfo::exists(task->savedFilePath);
    m_ui->actionOpenFile->setEnabled(saved);
    m_ui->actionShowInFolder->setEnabled(saved);
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

void MainWindow::updateStatusBar()
{
    m_connectionLabel->setText(connectionText());
    const TaskTableModel *model = m_context->tasks()->model();
    const int running = model->statusCount(ExportStatus::Initializing) + model->statusCount(ExportStatus::Exporting);
    const int downloads = m_context->downloads()->activeCount();
    QStringList parts;
    if (running > 0)
        parts << tr("%n export(s) in progress", nullptr, running);
    if (downloads > 0)
        parts << tr("%n download(s)", nullptr, downloads);
    m_activityLabel->setText(parts.join(QStringLiteral(" · ")));
}

// What is true now: "Connected" only with a key in hand and no account-wide problem.
QString MainWindow::connectionText() const
{
    if (!m_context->hasAccount())
        return tr("No account configured");
    const QUrl url = m_context->client()->endpoint().url();
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (!m_context->isDemo()) {
        const CredentialSession *session = m_context->credentials();
        switch (session->state()) {
        case CredentialSession::State::Loading:
        case CredentialSession::State::Retrying: return tr("Reading the AccessKey from the keychain…");
        case CredentialSession::State::MissingSecret:
            return session->isKeychainUnavailable() ? tr("Not connected: no AccessKey for this session")
                                                    : tr("Not connected: the AccessKey secret is missing");
        case CredentialSession::State::Idle:
        case CredentialSession::State::Ready: break;
        }
    }
    if (m_banner->showsAccountProblem())
        return tr("● Problem with %1: see the banner above").arg(host);
    return tr("● Connected to %1").arg(host);
}

void MainWindow::updateAnimation()
{
    updateAnimationTimer();
    updateRelativeTimeTimer();
}

void MainWindow::updateAnimationTimer()
{
    const TaskTableModel *model = m_context->tasks()->model();
    const bool active
        = model->statusCount(ExportStatus::Initializing) + model->statusCount(ExportStatus::Exporting) > 0;
    if (active && !m_animationTimer.isActive())
        m_animationTimer.start();
    else if (!active)
        m_animationTimer.stop();
}

void MainWindow::updateRelativeTimeTimer()
{
    const TaskTableModel *model = m_context->tasks()->model();
    // "in 9 min" texts age only while some link has not expired yet; an idle
    // window with nothing running and only expired links runs no timer at all.
    const QDateTime now = model->now();
    const QVector<ExportTask> &tasks = model->tasks();
    const bool anyLiveLink = std::any_of(tasks.cbegin(), tasks.cend(), [&now](const ExportTask &task) {
        return task.urlExpiresAt.isValid() && task.urlExpiresAt > now;
    });
    if (anyLiveLink && !m_relativeTimeTimer.isActive())
        m_relativeTimeTimer.start();
    else if (!anyLiveLink)
        m_relativeTimeTimer.stop();
}

void MainWindow::rebuildProfilesMenu()
{
    m_ui->menuProfiles->clear();
    const QList<AppContext::ProfileEntry> profiles = m_context->profileEntries();
    auto *group = new QActionGroup(m_ui->menuProfiles);
    for (const AppContext::ProfileEntry &entry : profiles) {
        QAction *action = m_ui->menuProfiles->addAction(entry.displayName);
        action->setCheckable(true);
        action->setChecked(entry.current);
        group->addAction(action);
        const QString id = entry.id;
        connect(action, &QAction::triggered, m_context, [this, id] { m_context->switchProfile(id); });
    }
    if (!profiles.isEmpty())
        m_ui->menuProfiles->addSeparator();
    m_ui->menuProfiles->addAction(m_ui->actionAccount);
    m_ui->menuProfiles->addAction(m_ui->actionNewProfile);
    const QString name = m_context->profileDisplayName();
    m_accountButton->setText(name.isEmpty() ? tr("Account") : name);
    m_accountButton->setToolTip(tr("Switch between saved accounts"));
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

void MainWindow::activateRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    // Enter does what the row's button says (TaskTableModel::rowAction).
    const qint64 exportId = proxyIndex.data(TaskTableModel::ExportIdRole).toLongLong();
    const auto status = static_cast<ExportStatus>(proxyIndex.data(TaskTableModel::StatusRole).toInt());
    switch (static_cast<TaskTableModel::RowAction>(proxyIndex.data(TaskTableModel::RowActionRole).toInt())) {
    case TaskTableModel::RowAction::Download:
        if (status == ExportStatus::Succeeded) {
            downloadExport(exportId);
            return;
        }
        break;
    case TaskTableModel::RowAction::Open: openFile(exportId); return;
    case TaskTableModel::RowAction::ExportAgain: m_context->tasks()->exportAgain(exportId); return;
    case TaskTableModel::RowAction::Cancel: m_context->downloads()->cancel(exportId); return;
    case TaskTableModel::RowAction::None: break;
    }
    m_ui->detailsView->setFocus();
}

void MainWindow::downloadSelected()
{
    if (const qint64 exportId = currentExportId())
        downloadExport(exportId);
}

void MainWindow::downloadExport(qint64 exportId)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    if (!task || task->status != ExportStatus::Succeeded)
        return;
    const QString target = SaveLocationChooser::choose(this, *task);
    if (target.isEmpty())
        return;
    m_context->downloads()->download(exportId, target);
}

void MainWindow::exportAgainSelected()
{
    if (const qint64 exportId = currentExportId())
        m_context->tasks()->exportAgain(exportId);
}

void MainWindow::removeSelected()
{
    const QList<qint64> ids = selectedExportIds();
    if (ids.isEmpty())
        return;
    const auto answer
        = QMessageBox::question(this, tr("Remove exports"),
                                tr("Remove %n export(s) from the list? Downloaded files stay where they are.", nullptr,
                                   static_cast<int>(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    for (const qint64 id : ids)
        m_context->downloads()->cancel(id);
    m_context->tasks()->remove(ids);
}

void MainWindow::cancelDownloadSelected()
{
    for (const qint64 id : selectedExportIds())
        m_context->downloads()->cancel(id);
}

void MainWindow::openFile(qint64 exportId)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    if (!task || task->savedFilePath.isEmpty())
        return;
    const QString path = task->savedFilePath;
    if (!QFileInfo::exists(path)) {
        // Moved or deleted: the row offers Download again, and says why.
        m_context->tasks()->noteSavedFileMissing(exportId);
        statusBar()->showMessage(tr("%1 is no longer there (moved or deleted). Download the report again.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 15000);
        return;
    }
    if (!SavedReport::canOpen(path)) {
        statusBar()->showMessage(tr("ReportDesk opens only the HTML and PDF reports it saved."), 15000);
        return;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    QMessageBox box(QMessageBox::Information, tr("Cannot open the report"),
                    tr("No application can open this file:\n%1").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, this);
    QPushButton *show = box.addButton(tr("Show in folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == show)
        showInFolder(exportId);
}

void MainWindow::showInFolder(qint64 exportId)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    if (task && QFileInfo::exists(task->savedFilePath))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(task->savedFilePath).absolutePath()));
}

void MainWindow::copyExportIds()
{
    QStringList ids;
    for (const qint64 id : selectedExportIds())
        ids << QString::number(id);
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::copyRequestId()
{
    const QString requestId = m_context->tasks()->lastRequestId(currentExportId());
    if (!requestId.isEmpty())
        QGuiApplication::clipboard()->setText(requestId);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_ui->taskView->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_ui->actionDownload);
    menu.addAction(m_ui->actionCancelDownload);
    menu.addAction(m_ui->actionOpenFile);
    menu.addAction(m_ui->actionShowInFolder);
    menu.addSeparator();
    menu.addAction(m_ui->actionCopyExportId);
    menu.addAction(m_ui->actionCopyRequestId);
    menu.addAction(m_ui->actionExportAgain);
    menu.addSeparator();
    menu.addAction(m_ui->actionRemove);
    menu.exec(m_ui->taskView->viewport()->mapToGlobal(pos));
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
