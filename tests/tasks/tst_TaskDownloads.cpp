// TaskDownloads, owned by TaskController, against the embedded simulator: the
// link lives in the task, and a failure is stored as its kind and raw detail,
// worded in the language of the moment it is shown.
#include "api/ApiEndpoint.h"
#include "api/SecurityCenterClient.h"
#include "downloads/DownloadCoordinator.h"
#include "downloads/DownloadResult.h"
#include "i18n/LanguageSetting.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/DownloadError.h"
#include "tasks/PollScheduler.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskTableModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

namespace {

constexpr int Timeout = 20000;

// Marks every DownloadResult string: a "language" that differs from English in every word.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "DownloadResult") != 0)
            return {};
        return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

PollScheduler::Policy fastPolicy()
{
    PollScheduler::Policy policy;
    policy.firstDelayMs = 20;
    policy.maxIntervalMs = 100;
    return policy;
}

} // namespace

class TestTaskDownloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DownloadResult>(); }
    void init();
    void cleanup();
    void downloadSavesAndTheTaskKeepsTheLink();
    void failureIsWordedWhenShown();
    void storedFailureRoundTrips_data();
    void storedFailureRoundTrips();

private:
    std::unique_ptr<TaskController> makeController();
    qint64 finishedExport();
    QString statusToolTip(qint64 exportId) const;

    QScopedPointer<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageSetting> m_language;
    std::unique_ptr<SecurityCenterClient> m_client;
    std::unique_ptr<TaskController> m_controller;
};

void TestTaskDownloads::init()
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
    QCOMPARE(m_controller->setProfile(QStringLiteral("p")).status, TaskHistoryStore::LoadStatus::Loaded);
}

void TestTaskDownloads::cleanup()
{
    m_controller.reset();
    m_client.reset();
    m_language.reset();
    m_network.reset();
    m_simulator.reset();
}

std::unique_ptr<TaskController> TestTaskDownloads::makeController()
{
    auto controller = std::make_unique<TaskController>(m_client.get(), m_network.get());
    controller->store()->setDatabasePath(m_dir->filePath(QStringLiteral("history.db")));
    controller->store()->setLegacyDirectory(m_dir->filePath(QStringLiteral("tasks")));
    controller->store()->setSaveDelay(10);
    controller->scheduler()->setPolicy(fastPolicy());
    return controller;
}

qint64 TestTaskDownloads::finishedExport()
{
    QSignalSpy started(m_controller.get(), &TaskController::exportStarted);
    QSignalSpy finished(m_controller.get(), &TaskController::taskFinished);
    m_controller->startExport(SimulatorScenario::dailyReportId, QStringLiteral("Daily"), ExportType::Html);
    if (!started.wait(Timeout))
        return -1;
    const qint64 id = started.first().at(0).toLongLong();
    if (finished.isEmpty() && !finished.wait(Timeout))
        return -1;
    return id;
}

QString TestTaskDownloads::statusToolTip(qint64 exportId) const
{
    TaskTableModel *model = m_controller->model();
    return model->data(model->index(model->rowOf(exportId), TaskTableModel::StatusColumn), Qt::ToolTipRole).toString();
}

void TestTaskDownloads::downloadSavesAndTheTaskKeepsTheLink()
{
    const qint64 id = finishedExport();
    QVERIFY(id > 0);
    TaskDownloads *downloads = m_controller->downloads();
    QVERIFY(downloads);
    // Ten minutes on, the task's link is older than the coordinator trusts: a fresh one
    // is asked for, and it lands in the task (the link's one owner).
    downloads->coordinator()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(600); });
    QSignalSpy saved(downloads, &TaskDownloads::downloadSaved);
    QSignalSpy received(downloads->coordinator(), &DownloadCoordinator::linkReceived);
    const QString target = m_dir->filePath(QStringLiteral("report.html"));
    QVERIFY(downloads->download(id, target));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, Timeout);
    QCOMPARE(received.size(), 1);
    const ExportTask *task = m_controller->model()->task(id);
    QCOMPARE(task->downloadUrl, DownloadCoordinator::downloadUrlOf(received.first().at(1).value<ExportInfo>()));
    QCOMPARE(task->savedFilePath, target);
    QCOMPARE(task->download.state, DownloadProgress::State::Saved);
    QVERIFY(QFile::exists(target));
}

void TestTaskDownloads::failureIsWordedWhenShown()
{
    const qint64 id = finishedExport();
    QVERIFY(id > 0);
    TaskDownloads *downloads = m_controller->downloads();
    QSignalSpy failed(downloads, &TaskDownloads::downloadFailed);
    // A folder that does not exist: the file cannot be written.
    const QString target = m_dir->filePath(QStringLiteral("no-such-folder/report.html"));
    QVERIFY(downloads->download(id, target));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    const DownloadResult result = failed.first().at(1).value<DownloadResult>();
    QVERIFY(!result.isSuccess());
    const QString english = result.message();

    const ExportTask *task = m_controller->model()->task(id);
    QCOMPARE(task->download.state, DownloadProgress::State::Failed);
    QCOMPARE(task->lastError.code, QStringLiteral("download:") + DownloadResult::kindKey(result.kind));
    QVERIFY2(statusToolTip(id).contains(english), qPrintable(statusToolTip(id)));

    // Switch the language: the row's words follow, from what the task holds.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString switched = statusToolTip(id);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(switched.contains(QLatin1String("<<")), qPrintable(switched));
    QVERIFY2(switched.contains(QStringLiteral("<<") + english + QStringLiteral(">>")), qPrintable(switched));
    QVERIFY(statusToolTip(id).contains(english));

    // The history holds the kind and the raw detail, no sentence of any language.
    QVERIFY(m_controller->flush());
    m_controller.reset();
    m_controller = makeController();
    QCOMPARE(m_controller->setProfile(QStringLiteral("p")).status, TaskHistoryStore::LoadStatus::Loaded);
    const ExportTask *stored = m_controller->model()->task(id);
    QVERIFY(stored);
    QCOMPARE(stored->lastError.code, QStringLiteral("download:") + DownloadResult::kindKey(result.kind));
    QVERIFY2(!stored->lastError.message.contains(english), qPrintable(stored->lastError.message));
    QVERIFY(!stored->lastError.message.contains(QLatin1String("Cannot save")));
    QVERIFY(stored->lastError.message.contains(target));
    QCOMPARE(DownloadError::text(stored->lastError), english);
}

void TestTaskDownloads::storedFailureRoundTrips_data()
{
    using Kind = DownloadResult::Kind;
    QTest::addColumn<DownloadResult>("result");
    DownloadResult r;
    r.kind = Kind::LinkExpired;
    r.httpStatus = 403;
    r.ossCode = QStringLiteral("AccessDenied");
    r.ossMessage = QStringLiteral("Request has expired.");
    r.ossRequestId = QStringLiteral("OSS-1");
    QTest::newRow("link expired") << r;
    r.kind = Kind::ServerError;
    r.httpStatus = 500;
    QTest::newRow("server error") << r;
    r = DownloadResult();
    r.kind = Kind::Network;
    r.detail = QStringLiteral("ConnectionRefusedError");
    QTest::newRow("network") << r;
    r = DownloadResult();
    r.kind = Kind::DiskFull;
    r.filePath = QStringLiteral("/tmp/a b/report.html");
    QTest::newRow("disk full") << r;
    r.kind = Kind::FileError;
    r.detail = QStringLiteral("Permission denied");
    QTest::newRow("file error") << r;
    r.detail = DownloadResult::symlinkDetail();
    QTest::newRow("symbolic link") << r;
    r = DownloadResult();
    r.kind = Kind::Incomplete;
    r.bytesReceived = 1000;
    r.expectedBytes = 4096;
    QTest::newRow("incomplete") << r;
    r = DownloadResult();
    r.kind = Kind::UnsafeLink;
    QTest::newRow("unsafe link") << r;
    r.kind = Kind::LinkUnavailable;
    QTest::newRow("no link yet") << r;
    r.apiError.kind = ApiError::Kind::Service;
    r.apiError.code = QStringLiteral("Throttling.User");
    r.apiError.message = QStringLiteral("Request was denied due to user flow control.");
    r.apiError.requestId = QStringLiteral("REQ-9");
    r.apiError.httpStatus = 400;
    QTest::newRow("link unavailable") << r;
}

// What is kept gives back the same sentence the result had, in the language of the moment.
void TestTaskDownloads::storedFailureRoundTrips()
{
    QFETCH(DownloadResult, result);
    const TaskError stored = DownloadError::taskError(result);
    QVERIFY(DownloadError::isDownloadError(stored));
    QVERIFY(!stored.message.contains(result.message()));
    QCOMPARE(DownloadError::text(stored), result.message());
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString marked = DownloadError::text(stored);
    const QString expected = result.message();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(marked, expected);
    QVERIFY(marked.startsWith(QLatin1String("<<")));
}

QTEST_GUILESS_MAIN(TestTaskDownloads)
#include "tst_TaskDownloads.moc"
