// A window and reportdesk-cli on one history: an export the CLI starts and
// waits for shows up in the open window within a few seconds, and the row the
// user had selected stays selected.
#include "AppContext.h"
#include "CliHarness.h"
#include "MainWindow.h"
#include "tasks/TaskController.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskTableModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestSharedHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowShowsWhatTheCliStarted();
    void firstStartSaysOnceWhatItTookOver();

private:
    CliHarness m_harness;
};

void TestSharedHistory::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.startServer({ QStringLiteral("--speed"), QStringLiteral("50") }, &error), qPrintable(error));
}

void TestSharedHistory::cleanupTestCase()
{
    m_harness.stopServer();
}

void TestSharedHistory::windowShowsWhatTheCliStarted()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // The window runs on the environment's key, as the nightly job does.
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", m_harness.accessKeyId().toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", m_harness.accessKeySecret().toUtf8());
    AppContext context(AppContext::Options {});
    MainWindow window(&context);
    context.setWindow(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    context.start();
    QCOMPARE(context.tasks()->profileId(), QStringLiteral("environment"));
    TaskTableModel *model = context.tasks()->model();
    context.tasks()->addExportId(7001); // the user's own row, selected
    auto *view = window.findChild<QTableView *>(QStringLiteral("taskView"));
    QVERIFY(view);
    const QModelIndex mine = window.proxyModel()->mapFromSource(model->index(model->rowOf(7001), 0));
    view->selectionModel()->setCurrentIndex(mine, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const CliHarness::Result result
        = CliHarness::run({ QStringLiteral("--endpoint"), m_harness.endpoint(), QStringLiteral("export"),
                            QStringLiteral("377665"), QStringLiteral("--wait"), QStringLiteral("--json") },
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const qint64 exportId = result.json().value(QLatin1String("ExportId")).toInteger();
    QVERIFY(exportId > 0);

    QTRY_VERIFY_WITH_TIMEOUT(model->contains(exportId), 10000);
    QCOMPARE(model->task(exportId)->status, ExportStatus::Succeeded);
    QCOMPARE(model->task(exportId)->reportId, 377665);
    const QModelIndex current = view->selectionModel()->currentIndex();
    QCOMPARE(window.proxyModel()->mapToSource(current).data(TaskTableModel::ExportIdRole).toLongLong(), 7001);
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
}

void TestSharedHistory::firstStartSaysOnceWhatItTookOver()
{
    QSettings().clear();
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(data).removeRecursively();
    QVERIFY(QDir().mkpath(data + QStringLiteral("/tasks")));
    const QDir fixtures(QStringLiteral(REPORTDESK_TEST_DATA_DIR "/tasks-0.1.0"));
    for (const QString &name : fixtures.entryList({ QStringLiteral("*.json") }, QDir::Files))
        QVERIFY(QFile::copy(fixtures.filePath(name), data + QStringLiteral("/tasks/") + name));
    // Two starts of the demo, one after the other: what each one's status bar said.
    const auto startDemoWindow = [](bool *hasDemoTask) {
        AppContext::Options options;
        options.demo = true;
        AppContext context(options);
        MainWindow window(&context);
        context.setWindow(&window);
        window.show();
        context.start();
        *hasDemoTask = context.tasks()->model()->contains(1001); // 0.1's demo list, in the window
        return window.statusBar()->currentMessage();
    };
    bool hasDemoTask = false;
    const QString first = startDemoWindow(&hasDemoTask);
    QVERIFY2(first.contains(QLatin1String("6")), qPrintable(first));
    QVERIFY(hasDemoTask);
    const QString second = startDemoWindow(&hasDemoTask);
    QVERIFY2(second.isEmpty(), qPrintable(second)); // once only
    QVERIFY(hasDemoTask);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The app's own names: the CLI child finds the same history.
    QApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QApplication::setApplicationName(QStringLiteral("ReportDesk"));
    TestSharedHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SharedHistory.moc"
