// Drives the real main window, offscreen, against the in-process simulator.
#include "AddExportIdDialog.h"
#include "AppContext.h"
#include "BannerWidget.h"
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "ModalDialogDriver.h"
#include "NewExportDialog.h"
#include "api/SecurityCenterClient.h"
#include "settings/AppSettings.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskHistoryStore.h"
#include "tasks/TaskTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithFinalColumnsAndWelcome();
    void addExportIdReachesSucceeded();
    void addExportIdRejectsInvalidInput();
    void newExportFromDialogShowsFailure();
    void noPermissionShowsAccountBanner();
    void downloadSavesIntoTheChosenFolder();
    void toolbarAndContextMenuFollowTheRowAction();

private:
    void startDemo();
    qint64 startExportDirectly(qint64 reportId);
    int sourceRowOf(qint64 exportId) const;
    QString statusText(qint64 exportId) const;
    void selectRow(qint64 exportId);
    // The bold entry of the row's context menu (its objectName), empty if none.
    QString contextMenuDefault(qint64 exportId);
    bool actionEnabled(const char *name) const;
    // Runs `drive` on the next modal dialog of type T once it is shown; a check
    // failing inside it rejects the dialog (ModalDialogDriver).
    template<typename T> void whenDialogOpens(std::function<void(T *)> drive);

    std::unique_ptr<DemoWindowFixture> m_fixture;
    AppContext *m_context = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<DemoWindowFixture>();
    QVERIFY(m_fixture->open());
    m_context = m_fixture->context();
    m_window = m_fixture->window();
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
    m_context = nullptr;
    m_window = nullptr;
}

void TestMainWindow::startDemo()
{
    m_context->startDemo();
    QVERIFY(m_context->isDemo());
    QVERIFY(m_context->simulator()->isRunning());
}

template<typename T> void TestMainWindow::whenDialogOpens(std::function<void(T *)> drive)
{
    ModalDialogDriver::whenOpens<T>(this, std::move(drive));
}

qint64 TestMainWindow::startExportDirectly(qint64 reportId)
{
    ApiReply *reply = m_context->client()->exportCustomizeReport(reportId, ExportType::Html);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(10000))
        return 0;
    reply->deleteLater();
    return reply->error().isError() ? 0 : reply->exportInfo().exportId;
}

int TestMainWindow::sourceRowOf(qint64 exportId) const
{
    return m_context->tasks()->model()->rowOf(exportId);
}

QString TestMainWindow::statusText(qint64 exportId) const
{
    TaskTableModel *model = m_context->tasks()->model();
    const int row = model->rowOf(exportId);
    return row < 0 ? QString() : model->index(row, TaskTableModel::StatusColumn).data().toString();
}

void TestMainWindow::opensWithFinalColumnsAndWelcome()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("taskView"));
    QVERIFY(view);
    QCOMPARE(view->model()->columnCount(), int(TaskTableModel::ColumnCount));
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList { QStringLiteral("ExportId"), QStringLiteral("Report"), QStringLiteral("Status"),
                            QStringLiteral("Export date"), QStringLiteral("Link expires"), QStringLiteral("Download"),
                            QStringLiteral("Last checked"), QStringLiteral("Format") }));
    // First run, no account: once the context has looked for one, the
    // welcome panel with its two choices.
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("welcomePage"))); // built only when shown
    m_context->start();
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("tryDemoButton"))->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionNewExport"))->isEnabled());

    m_window->findChild<QPushButton *>(QStringLiteral("tryDemoButton"))->click();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("tasksPage"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY(m_window->close());
}

void TestMainWindow::addExportIdReachesSucceeded()
{
    startDemo();
    const qint64 exportId = startExportDirectly(SimulatorScenario::weeklyReportId);
    QVERIFY(exportId > 0);

    whenDialogOpens<AddExportIdDialog>([exportId](AddExportIdDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"))->setText(QString::number(exportId));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionAddExportId"))->trigger();
    QVERIFY2(!ModalDialogDriver::failed(), "a check inside the dialog failed");

    QVERIFY(sourceRowOf(exportId) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(exportId), QStringLiteral("Succeeded"), 15000);
    // The row is selected and the details pane speaks of it.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("taskView"));
    QCOMPARE(view->currentIndex().data(TaskTableModel::ExportIdRole).toLongLong(), exportId);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("detailsView"))
                    ->property("plainText")
                    .toString()
                    .contains(QString::number(exportId)));

    // Adding the same ExportId again keeps one row.
    const int rows = m_context->tasks()->model()->rowCount();
    m_context->tasks()->addExportId(exportId);
    QCOMPARE(m_context->tasks()->model()->rowCount(), rows);
}

void TestMainWindow::addExportIdRejectsInvalidInput()
{
    startDemo();
    const QStringList invalid = { QStringLiteral("abc"), QStringLiteral("-5"), QStringLiteral("0"),
                                  QStringLiteral("1e3"), QStringLiteral("99999999999999999999") };
    bool checked = false;
    whenDialogOpens<AddExportIdDialog>([&](AddExportIdDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        for (const QString &text : invalid) {
            edit->setText(text);
            QVERIFY2(!ok->isEnabled(), qPrintable(text));
            QVERIFY2(!message->text().isEmpty(), qPrintable(text));
        }
        edit->setText(QStringLiteral("1042"));
        QVERIFY(ok->isEnabled());
        QVERIFY(message->text().isEmpty());
        checked = true;
        dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionAddExportId"))->trigger();
    QVERIFY2(!ModalDialogDriver::failed(), "a check inside the dialog failed");
    QVERIFY(checked);
    QCOMPARE(m_context->tasks()->model()->rowCount(), 0);
}

void TestMainWindow::newExportFromDialogShowsFailure()
{
    startDemo();
    const QString failingTitle = QStringLiteral("Vulnerability trend (last 14 days)");
    whenDialogOpens<NewExportDialog>([&](NewExportDialog *dialog) {
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("reportTree"));
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        const auto items = tree->findItems(failingTitle, Qt::MatchExactly, 0);
        QCOMPARE(items.size(), 1);
        tree->setCurrentItem(items.constFirst());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionNewExport"))->trigger();
    QVERIFY2(!ModalDialogDriver::failed(), "a check inside the dialog failed");

    TaskTableModel *model = m_context->tasks()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    const qint64 exportId = model->taskAt(0).exportId;
    QCOMPARE(model->taskAt(0).reportTitle, failingTitle);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(exportId), QStringLiteral("Failed"), 15000);
    // The failed row offers "Export again" in its Download cell.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportAgain")));
    const auto *proxy = m_window->proxyModel();
    QCOMPARE(proxy->count(TaskFilterProxyModel::StatusFilter::Failed), 1);
}

void TestMainWindow::noPermissionShowsAccountBanner()
{
    startDemo();
    auto *banner = m_window->findChild<QFrame *>(QStringLiteral("bannerFrame"));
    QVERIFY(!banner->isVisible());
    m_context->tasks()->startExport(SimulatorScenario::deniedReportId, QStringLiteral("财务部门专用报告"),
                                    ExportType::Html);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    const QString text = m_window->findChild<BannerWidget *>(QStringLiteral("bannerFrame"))->fullText();
    QVERIFY2(text.contains(QStringLiteral("NoPermission")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("yundun-sas:ExportCustomizeReport")), qPrintable(text));
    // The hint names the action that was refused, not another one.
    QVERIFY2(!text.contains(QStringLiteral("DescribeReportExport")), qPrintable(text));
    QCOMPARE(m_context->tasks()->model()->rowCount(), 0);
}

void TestMainWindow::downloadSavesIntoTheChosenFolder()
{
    QTemporaryDir folder;
    AppSettings settings;
    settings.setDownloadFolder(folder.path());
    settings.setAskWhereToSave(false);
    startDemo();
    const qint64 exportId = startExportDirectly(SimulatorScenario::weeklyReportId);
    QVERIFY(exportId > 0);
    m_context->tasks()->addExportId(exportId);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(exportId), QStringLiteral("Succeeded"), 15000);

    // Select the row and press the toolbar's Download.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("taskView"));
    TaskTableModel *model = m_context->tasks()->model();
    const QModelIndex proxyIndex = m_window->proxyModel()->mapFromSource(model->index(model->rowOf(exportId), 0));
    view->selectionModel()->setCurrentIndex(proxyIndex,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *download = m_window->findChild<QAction *>(QStringLiteral("actionDownload"));
    QVERIFY(download->isEnabled());
    download->trigger();

    const QModelIndex cell = model->index(model->rowOf(exportId), TaskTableModel::DownloadColumn);
    QTRY_COMPARE_WITH_TIMEOUT(cell.data(TaskTableModel::DownloadStateRole).toInt(), int(DownloadProgress::State::Saved),
                              15000);
    const QString saved = cell.data(TaskTableModel::SavedFilePathRole).toString();
    QCOMPARE(QFileInfo(saved).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
    QVERIFY(QFileInfo(saved).size() > 0);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // nothing else left behind
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionOpenFile"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionShowInFolder"))->isEnabled());
    // The row now says Open, and so does its context menu; Download stays
    // offered, to save the report again.
    QCOMPARE(cell.data(TaskTableModel::RowActionRole).toInt(), int(TaskTableModel::RowAction::Open));
    QCOMPARE(contextMenuDefault(exportId), QStringLiteral("actionOpenFile"));
    QVERIFY(download->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionCancelDownload"))->isEnabled());
    // The saved path survives with the task; the signed link does not.
    QVERIFY(m_context->tasks()->flush());
    TaskHistoryStore reader;
    reader.setDatabasePath(m_context->tasks()->store()->databasePath());
    const TaskHistoryStore::LoadResult stored = reader.open(m_context->tasks()->profileId());
    const auto it = std::find_if(stored.tasks.cbegin(), stored.tasks.cend(),
                                 [exportId](const ExportTask &task) { return task.exportId == exportId; });
    QVERIFY(it != stored.tasks.cend());
    QCOMPARE(it->savedFilePath, saved);
    QByteArray bytes; // the database and its write-ahead log, as a thief would read them
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(reader.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains(QFileInfo(saved).fileName().toUtf8()));
    QVERIFY(!bytes.contains("Signature"));
    QVERIFY(!bytes.contains("OSSAccessKeyId"));
}

void TestMainWindow::selectRow(qint64 exportId)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("taskView"));
    TaskTableModel *model = m_context->tasks()->model();
    const QModelIndex proxyIndex = m_window->proxyModel()->mapFromSource(model->index(model->rowOf(exportId), 0));
    view->selectionModel()->setCurrentIndex(proxyIndex,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TestMainWindow::contextMenuDefault(qint64 exportId)
{
    selectRow(exportId);
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("taskView"));
    // The menu runs its own event loop: a timer reads it and closes it, or
    // gives up after a bounded number of tries.
    QString name = QStringLiteral("<no menu>");
    int tries = 0;
    QTimer reader;
    reader.setInterval(20);
    connect(&reader, &QTimer::timeout, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            name = menu->defaultAction() ? menu->defaultAction()->objectName() : QString();
            reader.stop();
            menu->close();
        } else if (++tries > 250) {
            reader.stop();
        }
    });
    reader.start();
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
    return name;
}

bool TestMainWindow::actionEnabled(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name))->isEnabled();
}

void TestMainWindow::toolbarAndContextMenuFollowTheRowAction()
{
    startDemo();
    TaskController *tasks = m_context->tasks();
    const qint64 succeeded = startExportDirectly(SimulatorScenario::weeklyReportId);
    const qint64 failed = startExportDirectly(SimulatorScenario::failingReportId);
    QVERIFY(succeeded > 0 && failed > 0);
    tasks->addExportId(succeeded);
    tasks->addExportId(failed);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(succeeded), QStringLiteral("Succeeded"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(failed), QStringLiteral("Failed"), 15000);
    const auto rowAction
        = [tasks](qint64 exportId) { return TaskTableModel::rowAction(*tasks->model()->task(exportId)); };

    // A failed export's button says Export again: so do the toolbar and the menu.
    QCOMPARE(rowAction(failed), TaskTableModel::RowAction::ExportAgain);
    QCOMPARE(contextMenuDefault(failed), QStringLiteral("actionExportAgain"));
    QVERIFY(actionEnabled("actionExportAgain"));
    QVERIFY(!actionEnabled("actionDownload"));
    QVERIFY(!actionEnabled("actionCancelDownload"));
    QVERIFY(!actionEnabled("actionOpenFile"));

    // A finished one says Download.
    QCOMPARE(rowAction(succeeded), TaskTableModel::RowAction::Download);
    QCOMPARE(contextMenuDefault(succeeded), QStringLiteral("actionDownload"));
    QVERIFY(actionEnabled("actionDownload"));
    QVERIFY(!actionEnabled("actionExportAgain"));
    QVERIFY(!actionEnabled("actionCancelDownload"));
    QVERIFY(!actionEnabled("actionOpenFile"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDeskTests"));
    QApplication::setApplicationName(QStringLiteral("test_MainWindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_MainWindow.moc"
