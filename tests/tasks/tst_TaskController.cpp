// TaskController end to end against the embedded simulator, with the real client.
#include "api/ApiEndpoint.h"
#include "api/SecurityCenterClient.h"
#include "i18n/LanguageSetting.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/PollScheduler.h"
#include "tasks/TaskController.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

constexpr int Timeout = 20000;

PollScheduler::Policy fastPolicy()
{
    PollScheduler::Policy policy;
    policy.firstDelayMs = 20;
    policy.maxIntervalMs = 100;
    policy.throttledMinDelayMs = 150;
    policy.throttledMaxIntervalMs = 300;
    return policy;
}

} // namespace

class TestTaskController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startExportReachesSucceeded();
    void failingExportFails();
    void exportAgainStartsANewExport();
    void addExportIdQueriesAtOnce();
    void addExportIdIgnoresDuplicates();
    void unknownExportIdIsARowError();
    void deniedIsAccountWide();
    void badKeyIsAccountWideThenOk();
    void throttledPollsBackOff();
    void restartResumesPolling();
    void removeWhileInFlight();
    void profilesKeepSeparateLists();
    void corruptListIsReported();
    void accountWideClassification_data();
    void accountWideClassification();

private:
    std::unique_ptr<TaskController> makeController();
    qint64 startAndWait(qint64 reportId, ExportType type = ExportType::Html);

    QScopedPointer<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageSetting> m_language;
    std::unique_ptr<SecurityCenterClient> m_client;
    std::unique_ptr<TaskController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTaskController::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
    SimulatorConfig config;
    config.speedFactor = 200;
    m_simulator = std::make_unique<Simulator>(config);
    QVERIFY(m_simulator->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_language = std::make_unique<LanguageSetting>();
    m_language->setLanguage(QStringLiteral("en"));
    m_client = std::make_unique<SecurityCenterClient>(m_network.get(), m_language.get());
    m_client->setEndpoint(ApiEndpoint::custom(m_simulator->endpoint()));
    m_client->setCredentials(Simulator::demoCredentials());
    m_client->setRetryPolicy(0, 10, 10);
    m_controller = makeController();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_controller->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_controller->setProfile(QStringLiteral("p")).status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(m_controller->model()->rowCount(), 0);
}

void TestTaskController::cleanup()
{
    m_tester.reset();
    m_controller.reset();
    m_client.reset();
    m_language.reset();
    m_network.reset();
    m_simulator.reset();
}

std::unique_ptr<TaskController> TestTaskController::makeController()
{
    auto controller = std::make_unique<TaskController>(m_client.get());
    controller->store()->setDatabasePath(m_dir->filePath(QStringLiteral("history.db")));
    controller->store()->setLegacyDirectory(m_dir->filePath(QStringLiteral("tasks")));
    controller->store()->setSaveDelay(10);
    controller->scheduler()->setPolicy(fastPolicy());
    return controller;
}

qint64 TestTaskController::startAndWait(qint64 reportId, ExportType type)
{
    QSignalSpy started(m_controller.get(), &TaskController::exportStarted);
    m_controller->startExport(reportId, QStringLiteral("Report %1").arg(reportId), type);
    if (!started.wait(Timeout))
        return -1;
    return started.first().at(0).toLongLong();
}

void TestTaskController::startExportReachesSucceeded()
{
    QSignalSpy finished(m_controller.get(), &TaskController::taskFinished);
    const qint64 id = startAndWait(SimulatorScenario::dailyReportId, ExportType::Pdf);
    QVERIFY(id > 0);
    const ExportTask *task = m_controller->model()->task(id);
    QVERIFY(task);
    QCOMPARE(task->reportId, SimulatorScenario::dailyReportId);
    QCOMPARE(task->exportType, ExportType::Pdf);
    QVERIFY(m_controller->scheduler()->isTracked(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(finished.first().at(1).value<ExportStatus>(), ExportStatus::Succeeded);
    task = m_controller->model()->task(id);
    QCOMPARE(task->status, ExportStatus::Succeeded);
    QVERIFY(task->downloadUrl.isValid());
    QVERIFY(task->urlExpiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(task->history.size() >= 2);
    QCOMPARE(task->history.last().status, ExportStatus::Succeeded);
    QVERIFY(!m_controller->scheduler()->isTracked(id));
    QVERIFY(!m_controller->scheduler()->isTimerActive()); // idle: no timer
    QVERIFY(!m_controller->lastRequestId(id).isEmpty());
    QVERIFY(m_controller->lastAnswer(id).contains(QLatin1String("DownloadUrl")));

    QVERIFY(m_controller->flush());
    TaskHistoryStore reader;
    reader.setDatabasePath(m_controller->store()->databasePath());
    const TaskHistoryStore::LoadResult stored = reader.open(QStringLiteral("p"));
    QCOMPARE(stored.tasks.size(), 1);
    QCOMPARE(stored.tasks.first().exportId, id);
    QCOMPARE(stored.tasks.first().status, ExportStatus::Succeeded);
    QVERIFY(!stored.tasks.first().downloadUrl.isValid());
    // Neither the database nor its write-ahead log holds the signed link.
    QByteArray saved;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(m_controller->store()->databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            saved += file.readAll();
    }
    QVERIFY(saved.contains(QByteArray(QByteArray("Report ") + QByteArray::number(SimulatorScenario::dailyReportId))));
    QVERIFY(!saved.contains(task->downloadUrl.host().toUtf8()));
    QVERIFY(!saved.contains("Signature"));
}

void TestTaskController::failingExportFails()
{
    QSignalSpy finished(m_controller.get(), &TaskController::taskFinished);
    const qint64 id = startAndWait(SimulatorScenario::failingReportId);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.first().at(1).value<ExportStatus>(), ExportStatus::Failed);
    const QModelIndex status
        = m_controller->model()->index(m_controller->model()->rowOf(id), TaskTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Failed");
}

void TestTaskController::exportAgainStartsANewExport()
{
    QSignalSpy finished(m_controller.get(), &TaskController::taskFinished);
    const qint64 id = startAndWait(SimulatorScenario::failingReportId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QSignalSpy started(m_controller.get(), &TaskController::exportStarted);
    QVERIFY(m_controller->exportAgain(id));
    QVERIFY(started.wait(Timeout));
    const qint64 again = started.first().at(0).toLongLong();
    QVERIFY(again != id);
    QCOMPARE(m_controller->model()->rowCount(), 2);
    QCOMPARE(m_controller->model()->task(again)->reportId, SimulatorScenario::failingReportId);
    QVERIFY(!m_controller->exportAgain(987654321)); // not in the list
}

void TestTaskController::addExportIdQueriesAtOnce()
{
    // An export the app did not start itself (e.g. from the console).
    const qint64 id = startAndWait(SimulatorScenario::weeklyReportId);
    QVERIFY(id > 0);
    m_controller->remove({ id });
    QCOMPARE(m_controller->model()->rowCount(), 0);

    QSignalSpy finished(m_controller.get(), &TaskController::taskFinished);
    const int row = m_controller->addExportId(id);
    QCOMPARE(row, 0);
    QCOMPARE(m_controller->model()->taskAt(0).status, ExportStatus::Unknown);
    QVERIFY(m_controller->scheduler()->isInFlight(id)); // asked at once, not after the first delay
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(m_controller->model()->taskAt(0).reportId, SimulatorScenario::weeklyReportId);
    // The report list knows its title: the row shows it, not the bare ReportId.
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->model()->taskAt(0).reportTitle, QStringLiteral("Weekly security report"),
                              Timeout);
    QCOMPARE(m_controller->addExportId(0), -1);
    QCOMPARE(m_controller->addExportId(-5), -1);
}

void TestTaskController::addExportIdIgnoresDuplicates()
{
    const qint64 id = startAndWait(SimulatorScenario::dailyReportId);
    QCOMPARE(m_controller->model()->rowCount(), 1);
    QCOMPARE(m_controller->addExportId(id), 0);
    QCOMPARE(m_controller->model()->rowCount(), 1);
}

void TestTaskController::unknownExportIdIsARowError()
{
    QSignalSpy account(m_controller.get(), &TaskController::accountProblem);
    const qint64 unknown = 99887766;
    m_controller->addExportId(unknown);
    const QModelIndex status = m_controller->model()->index(0, TaskTableModel::StatusColumn);
    QTRY_VERIFY_WITH_TIMEOUT(status.data(TaskTableModel::HasErrorRole).toBool(), Timeout);
    QCOMPARE(status.data(TaskTableModel::ErrorCodeRole).toString(), u"IllegalParam");
    QVERIFY(!status.data(TaskTableModel::ErrorRequestIdRole).toString().isEmpty());
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"Code: IllegalParam"));
    // It will not change by asking again: polling stops, and the account is fine.
    QVERIFY(!m_controller->scheduler()->isTracked(unknown));
    QCOMPARE(account.count(), 0);
    // Its own status, not "Not checked yet", and not counted as a failed export.
    QCOMPARE(status.data().toString(), QStringLiteral("Not found"));
    QVERIFY(status.data(TaskTableModel::IsRejectedRole).toBool());
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(m_controller->model());
    QCOMPARE(proxy.count(TaskFilterProxyModel::StatusFilter::NotFound), 1);
    QCOMPARE(proxy.count(TaskFilterProxyModel::StatusFilter::Failed), 0);
    QCOMPARE(proxy.count(TaskFilterProxyModel::StatusFilter::All), 1);
    // Never asked about again: not by Refresh, not after a restart.
    m_controller->refresh();
    QVERIFY(!m_controller->scheduler()->isTracked(unknown));
    QVERIFY(m_controller->flush());
    m_tester.reset();
    m_controller = makeController();
    QCOMPARE(m_controller->setProfile(QStringLiteral("p")).tasks.size(), 0);
    QVERIFY(m_controller->model()->task(unknown)->isRejected());
    QVERIFY(!m_controller->scheduler()->isTracked(unknown));
}

void TestTaskController::deniedIsAccountWide()
{
    QSignalSpy account(m_controller.get(), &TaskController::accountProblem);
    QSignalSpy startFailed(m_controller.get(), &TaskController::exportStartFailed);
    m_controller->startExport(SimulatorScenario::deniedReportId, QStringLiteral("Denied"), ExportType::Html);
    QVERIFY(startFailed.wait(Timeout));
    QCOMPARE(startFailed.first().at(2).value<ApiError>().code, u"NoPermission");
    QCOMPARE(account.count(), 1);
    QCOMPARE(m_controller->model()->rowCount(), 0);
    QVERIFY(m_controller->hasAccountProblem());
}

void TestTaskController::badKeyIsAccountWideThenOk()
{
    const qint64 id = startAndWait(SimulatorScenario::dailyReportId);
    QVERIFY(id > 0);
    QSignalSpy account(m_controller.get(), &TaskController::accountProblem);
    QSignalSpy ok(m_controller.get(), &TaskController::accountOk);
    AccessKeyCredentials wrong = Simulator::demoCredentials();
    wrong.accessKeySecret = QStringLiteral("definitely-not-the-secret");
    m_client->setCredentials(wrong);
    m_controller->refresh();
    QVERIFY(account.wait(Timeout));
    QCOMPARE(account.first().at(0).value<ApiError>().code, u"SignatureDoesNotMatch");
    // Several polls fail the same way: still one announcement, and the row carries no error.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->scheduler()->intervalMs(id) >= fastPolicy().maxIntervalMs, Timeout);
    QCOMPARE(account.count(), 1);
    QVERIFY(!m_controller->model()->task(id)->hasError());

    m_client->setCredentials(Simulator::demoCredentials());
    m_controller->refresh();
    QVERIFY(ok.wait(Timeout));
    QVERIFY(!m_controller->hasAccountProblem());
}

void TestTaskController::throttledPollsBackOff()
{
    const qint64 id = startAndWait(SimulatorScenario::dailyReportId);
    QVERIFY(id > 0);
    m_simulator->throttleNext(1);
    m_controller->scheduler()->pollNow(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->scheduler()->intervalMs(id) >= fastPolicy().throttledMinDelayMs, Timeout);
    QVERIFY(!m_controller->model()->task(id)->hasError()); // a transient state, not a row problem
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->model()->task(id)->status, ExportStatus::Succeeded, Timeout);
}

void TestTaskController::restartResumesPolling()
{
    m_simulator->setSpeedFactor(20); // stays in progress across the "restart"
    const qint64 id = startAndWait(SimulatorScenario::weeklyReportId);
    QVERIFY(id > 0);
    QVERIFY(m_controller->model()->task(id)->isInProgress());
    m_tester.reset();
    m_controller.reset(); // saves on the way out

    m_simulator->setSpeedFactor(200);
    m_controller = makeController();
    QSignalSpy finished(m_controller.get(), &TaskController::taskFinished);
    const TaskHistoryStore::LoadResult loaded = m_controller->setProfile(QStringLiteral("p"));
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(m_controller->model()->rowCount(), 1);
    QVERIFY(m_controller->scheduler()->isTracked(id));
    QVERIFY(!m_controller->model()->task(id)->downloadUrl.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(m_controller->model()->task(id)->status, ExportStatus::Succeeded);
}

void TestTaskController::removeWhileInFlight()
{
    m_simulator->setDelayMs(300);
    m_controller->addExportId(12345);
    QVERIFY(m_controller->scheduler()->isInFlight(12345));
    m_controller->remove({ 12345 });
    QCOMPARE(m_controller->model()->rowCount(), 0);
    QCOMPARE(m_controller->scheduler()->inFlightCount(), 0);
    QVERIFY(!m_controller->scheduler()->isTimerActive());
    // The cancelled answer must not bring the row back: a second export asked
    // about afterwards, with the same delay, is answered after it.
    m_controller->addExportId(12346);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->scheduler()->isInFlight(12346), 10000);
    QCOMPARE(m_controller->model()->rowCount(), 1);
    QVERIFY(!m_controller->model()->task(12345));
}

void TestTaskController::profilesKeepSeparateLists()
{
    const qint64 id = startAndWait(SimulatorScenario::dailyReportId);
    QVERIFY(id > 0);
    QCOMPARE(m_controller->setProfile(QStringLiteral("other")).status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(m_controller->model()->rowCount(), 0);
    QCOMPARE(m_controller->scheduler()->trackedCount(), 0);
    QCOMPARE(m_controller->setProfile(QStringLiteral("p")).status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(m_controller->model()->rowCount(), 1);
    QCOMPARE(m_controller->model()->taskAt(0).exportId, id);
    m_controller->setProfile(QString());
    QCOMPARE(m_controller->model()->rowCount(), 0);
}

void TestTaskController::corruptListIsReported()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    m_tester.reset();
    m_controller = makeController();
    m_controller->store()->setDatabasePath(path);
    const TaskHistoryStore::LoadResult result = m_controller->setProfile(QStringLiteral("broken"));
    QCOMPARE(result.status, TaskHistoryStore::LoadStatus::Corrupt);
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(m_controller->lastLoad().status, TaskHistoryStore::LoadStatus::Corrupt);
    QCOMPARE(m_controller->model()->rowCount(), 0);
    QVERIFY(QFile::exists(result.movedAsidePath));
    // The app goes on with a new, working history.
    m_controller->addExportId(777);
    QVERIFY(m_controller->flush());
}

void TestTaskController::accountWideClassification_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("accountWide");
    QTest::addColumn<bool>("throttling");
    const int service = int(ApiError::Kind::Service);
    QTest::newRow("no permission") << service << "NoPermission" << 403 << true << false;
    QTest::newRow("ram") << service << "Forbidden.RAM" << 403 << true << false;
    QTest::newRow("key not found") << service << "InvalidAccessKeyId.NotFound" << 404 << true << false;
    QTest::newRow("key inactive") << service << "InvalidAccessKeyId.Inactive" << 400 << true << false;
    QTest::newRow("wrong secret") << service << "SignatureDoesNotMatch" << 400 << true << false;
    QTest::newRow("clock") << service << "InvalidTimeStamp.Expired" << 400 << true << false;
    QTest::newRow("offline") << int(ApiError::Kind::Network) << "" << 0 << true << false;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << "" << 0 << true << false;
    QTest::newRow("no key") << int(ApiError::Kind::InvalidRequest) << ApiError::missingCredentialsCode() << 0 << true
                            << false;
    QTest::newRow("bad id") << int(ApiError::Kind::InvalidRequest) << ApiError::invalidIdCode() << 0 << false << false;
    QTest::newRow("unknown export") << service << "IllegalParam" << 400 << false << false;
    QTest::newRow("server") << service << "ServiceUnavailable" << 503 << false << false;
    QTest::newRow("throttled") << service << "Throttling.User" << 400 << false << true;
    QTest::newRow("429") << service << "" << 429 << false << true;
    QTest::newRow("malformed") << int(ApiError::Kind::MalformedResponse) << "" << 200 << false << false;
}

void TestTaskController::accountWideClassification()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, httpStatus);
    QFETCH(bool, accountWide);
    QFETCH(bool, throttling);
    ApiError error;
    error.kind = static_cast<ApiError::Kind>(kind);
    error.code = code;
    error.httpStatus = httpStatus;
    QCOMPARE(TaskController::isAccountWide(error), accountWide);
    QCOMPARE(TaskController::isThrottling(error), throttling);
}

QTEST_GUILESS_MAIN(TestTaskController)
#include "tst_TaskController.moc"
