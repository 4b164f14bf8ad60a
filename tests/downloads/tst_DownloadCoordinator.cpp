#include "DownloadTestUtils.h"
#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "downloads/DownloadCoordinator.h"
#include "downloads/DownloadQueue.h"
#include "i18n/LanguageSetting.h"
#include "simulator/ReportDocument.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DownloadTestUtils;
using Kind = DownloadResult::Kind;

namespace {

const QDateTime FixedNow = QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC);
const QUrl SignedLink = QUrl::fromEncoded("https://b.oss-cn-hangzhou.aliyuncs.com/r.pdf?Expires=1&Signature=a%2Bb");

QByteArray expectedHash(const Simulator &simulator, const ExportInfo &info)
{
    for (const SimulatorReport &report : simulator.reports()) {
        if (report.reportId != info.reportId)
            continue;
        const auto source
            = ReportDocument::create(report, false, info.exportId, QDate::fromString(info.exportDate, Qt::ISODate), 0);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 offset = 0; offset < source->size(); offset += 65536)
            hash.addData(source->read(offset, 65536));
        return hash.result().toHex();
    }
    return {};
}

} // namespace

class TestDownloadCoordinator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsFreshLink_data();
    void needsFreshLink();
    void downloadUrlKeepsServiceBytes();

    void init();
    void cleanup();
    void freshLinkThenDownload();
    void validCachedLinkUsedDirectly();
    void plainHttpLinkRefusedForARemoteEndpoint();
    void staleCachedLinkRefreshed_data();
    void staleCachedLinkRefreshed();
    void linkExpiredOnServerIsRefreshedOnce();
    void linkAlwaysExpiredGivesUp();
    void apiErrorSurfaces();
    void exportNotReady();
    void cutDownloadLeavesNothing();
    void cancelWhileAskingForLink();
    void duplicateRefused();

private:
    qint64 startExport(qint64 reportId);
    ExportInfo describe(qint64 exportId);
    qint64 finishedExport();
    DownloadResult waitResult(QSignalSpy &finished);
    QString target() const { return m_dir->filePath(QStringLiteral("report.html")); }

    Simulator *m_simulator = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    LanguageSetting *m_language = nullptr;
    SecurityCenterClient *m_client = nullptr;
    DownloadQueue *m_queue = nullptr;
    DownloadCoordinator *m_coordinator = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestDownloadCoordinator::needsFreshLink_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QDateTime>("answeredAt");
    QTest::addColumn<bool>("fresh");

    const QDateTime none;
    const QUrl futureExpires = QUrl::fromEncoded("https://b.example.com/r.pdf?Expires="
                                                 + QByteArray::number(FixedNow.addSecs(3600).toSecsSinceEpoch()));
    const QUrl pastExpires = QUrl::fromEncoded("https://b.example.com/r.pdf?Expires="
                                               + QByteArray::number(FixedNow.addSecs(-1).toSecsSinceEpoch()));
    QTest::newRow("no link") << QUrl() << FixedNow.addSecs(3600) << FixedNow << true;
    QTest::newRow("valid, answered now") << SignedLink << FixedNow.addSecs(3600) << FixedNow << false;
    QTest::newRow("expired") << SignedLink << FixedNow.addSecs(-10) << FixedNow << true;
    QTest::newRow("expires in 30 s") << SignedLink << FixedNow.addSecs(30) << FixedNow << true;
    QTest::newRow("expires in exactly 60 s") << SignedLink << FixedNow.addSecs(60) << FixedNow << true;
    QTest::newRow("expires in 61 s") << SignedLink << FixedNow.addSecs(61) << FixedNow << false;
    QTest::newRow("answered 170 s ago") << SignedLink << FixedNow.addSecs(3600) << FixedNow.addSecs(-170) << false;
    QTest::newRow("answered 181 s ago") << SignedLink << FixedNow.addSecs(3600) << FixedNow.addSecs(-181) << true;
    QTest::newRow("answer time unknown") << SignedLink << FixedNow.addSecs(3600) << none << true;
    QTest::newRow("expiry from the link's Expires, future") << futureExpires << none << FixedNow << false;
    QTest::newRow("expiry from the link's Expires, past") << pastExpires << none << FixedNow << true;
    QTest::newRow("no expiry known, answered now")
        << QUrl::fromEncoded("https://b.example.com/r.pdf") << none << FixedNow << false;
}

void TestDownloadCoordinator::needsFreshLink()
{
    QFETCH(QUrl, url);
    QFETCH(QDateTime, expiresAt);
    QFETCH(QDateTime, answeredAt);
    QFETCH(bool, fresh);
    QCOMPARE(DownloadCoordinator::needsFreshLink(CachedLink { url, expiresAt, answeredAt }, FixedNow), fresh);
}

void TestDownloadCoordinator::downloadUrlKeepsServiceBytes()
{
    const QByteArray sent = "https://b.oss-cn-hangzhou.aliyuncs.com/a/%E6%8A%A5.pdf?Expires=1671448125&"
                            "OSSAccessKeyId=LTAI%2Bx&Signature=ab%2Bc%2Fd%3D";
    ExportInfo info;
    info.rawBody.insert(QStringLiteral("DownloadUrl"), QString::fromUtf8(sent));
    QCOMPARE(DownloadCoordinator::downloadUrlOf(info).toEncoded(), sent);
    ExportInfo parsedOnly;
    parsedOnly.downloadUrl = SignedLink;
    QCOMPARE(DownloadCoordinator::downloadUrlOf(parsedOnly), SignedLink);
}

void TestDownloadCoordinator::init()
{
    SimulatorConfig config;
    config.speedFactor = 1000; // exports succeed within milliseconds
    m_simulator = new Simulator(config, this);
    QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
    m_network = new QNetworkAccessManager(this);
    m_language = new LanguageSetting(this);
    m_client = new SecurityCenterClient(m_network, m_language, this);
    m_client->setEndpoint(ApiEndpoint::custom(m_simulator->endpoint()));
    m_client->setCredentials(Simulator::demoCredentials());
    m_client->setRetryPolicy(0, 10, 10);
    m_queue = new DownloadQueue(m_network, this);
    m_coordinator = new DownloadCoordinator(m_client, m_queue, this);
    m_dir = new QTemporaryDir();
    QVERIFY(m_dir->isValid());
}

void TestDownloadCoordinator::cleanup()
{
    delete m_coordinator;
    delete m_queue;
    delete m_client;
    delete m_language;
    delete m_network;
    delete m_simulator;
    delete m_dir;
    m_coordinator = nullptr;
    m_queue = nullptr;
    m_client = nullptr;
    m_language = nullptr;
    m_network = nullptr;
    m_simulator = nullptr;
    m_dir = nullptr;
}

qint64 TestDownloadCoordinator::startExport(qint64 reportId)
{
    ApiReply *reply = m_client->exportCustomizeReport(reportId, ExportType::Html);
    QSignalSpy done(reply, &ApiReply::finished);
    if (!done.wait(10000) || reply->error().isError())
        return 0;
    const qint64 exportId = reply->exportInfo().exportId;
    reply->deleteLater();
    return exportId;
}

ExportInfo TestDownloadCoordinator::describe(qint64 exportId)
{
    ApiReply *reply = m_client->describeReportExport(exportId);
    QSignalSpy done(reply, &ApiReply::finished);
    if (!done.wait(10000))
        return {};
    const ExportInfo info = reply->exportInfo();
    reply->deleteLater();
    return info;
}

qint64 TestDownloadCoordinator::finishedExport()
{
    const qint64 exportId = startExport(SimulatorScenario::dailyReportId);
    // The simulator's clock runs 1000x: a few round trips finish the export.
    for (int attempt = 0; exportId > 0 && attempt < 500; ++attempt) {
        if (describe(exportId).status == ExportStatus::Succeeded) {
            m_simulator->clearRecords();
            return exportId;
        }
    }
    return 0;
}

DownloadResult TestDownloadCoordinator::waitResult(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(20000)) {
        DownloadResult timedOut; // field by field: a brace list breaks when a field is added
        timedOut.kind = Kind::Network;
        timedOut.detail = QStringLiteral("test timeout");
        return timedOut;
    }
    return finished.constFirst().at(1).value<DownloadResult>();
}

void TestDownloadCoordinator::freshLinkThenDownload()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    QSignalSpy requested(m_coordinator, &DownloadCoordinator::linkRequested);
    QSignalSpy received(m_coordinator, &DownloadCoordinator::linkReceived);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QVERIFY(m_coordinator->download(exportId, target()));
    QVERIFY(m_coordinator->isActive(exportId));
    const DownloadResult result = waitResult(finished);
    QCOMPARE(DownloadResult::kindKey(result.kind), DownloadResult::kindKey(Kind::Success));
    QCOMPARE(result.filePath, target());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(received.size(), 1);
    QVERIFY(!m_coordinator->isActive(exportId));

    const ExportInfo info = received.constFirst().at(1).value<ExportInfo>();
    const QByteArray hash = expectedHash(*m_simulator, info);
    QVERIFY(!hash.isEmpty());
    QCOMPARE(fileSha256(target()), hash);

    // The API calls were signed; the download carried nothing of that.
    const QList<RecordedRequest> apiCalls = m_simulator->recordedRequests();
    QVERIFY(!apiCalls.isEmpty());
    QVERIFY(!apiCalls.constLast().header("authorization").isEmpty());
    const QList<RecordedDownload> downloads = m_simulator->recordedDownloads();
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.constFirst().httpStatus, 200);
    QVERIFY(!downloads.constFirst().hasAuthorization);
    QVERIFY(!downloads.constFirst().hasAcsHeaders);
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("report.html") });
}

void TestDownloadCoordinator::validCachedLinkUsedDirectly()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    const ExportInfo info = describe(exportId);
    m_simulator->clearRecords();
    QSignalSpy requested(m_coordinator, &DownloadCoordinator::linkRequested);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    const CachedLink cached { info.downloadUrl, info.urlExpiresAt, QDateTime::currentDateTimeUtc() };
    QVERIFY(m_coordinator->download(exportId, target(), cached));
    QVERIFY(waitResult(finished).isSuccess());
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_simulator->recordedRequests().size(), 0);
    QCOMPARE(fileSha256(target()), expectedHash(*m_simulator, info));
}

// The simulator's plain HTTP links are trusted only while the API is the simulator:
// a service on a real (HTTPS) endpoint cannot send ReportDesk to a local HTTP port.
void TestDownloadCoordinator::plainHttpLinkRefusedForARemoteEndpoint()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    const ExportInfo info = describe(exportId);
    QCOMPARE(info.downloadUrl.scheme(), QStringLiteral("http"));
    m_client->setEndpoint(ApiEndpoint::forSite(ApiEndpoint::Site::China));
    m_simulator->clearRecords();
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    const CachedLink cached { info.downloadUrl, info.urlExpiresAt, QDateTime::currentDateTimeUtc() };
    QVERIFY(m_coordinator->download(exportId, target(), cached));
    QCOMPARE(DownloadResult::kindKey(waitResult(finished).kind),
             DownloadResult::kindKey(DownloadResult::Kind::UnsafeLink));
    QCOMPARE(m_simulator->recordedRequests().size(), 0);
    QVERIFY(!QFile::exists(target()));
}

void TestDownloadCoordinator::staleCachedLinkRefreshed_data()
{
    QTest::addColumn<int>("expiresInSecs");
    QTest::addColumn<int>("answeredSecsAgo");
    QTest::newRow("expired") << -30 << 0;
    QTest::newRow("expires within a minute") << 30 << 0;
    QTest::newRow("answer five minutes old") << 3600 << 300;
}

void TestDownloadCoordinator::staleCachedLinkRefreshed()
{
    QFETCH(int, expiresInSecs);
    QFETCH(int, answeredSecsAgo);
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    const ExportInfo info = describe(exportId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSignalSpy requested(m_coordinator, &DownloadCoordinator::linkRequested);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    const CachedLink cached { info.downloadUrl, now.addSecs(expiresInSecs), now.addSecs(-answeredSecsAgo) };
    QVERIFY(m_coordinator->download(exportId, target(), cached));
    QVERIFY(waitResult(finished).isSuccess());
    QCOMPARE(requested.size(), 1);
}

// The link looks valid locally (a skewed clock, a revoked link) but the storage says it expired.
void TestDownloadCoordinator::linkExpiredOnServerIsRefreshedOnce()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    m_simulator->setUrlTtlSeconds(-60);
    const ExportInfo stale = describe(exportId);
    m_simulator->setUrlTtlSeconds(3600);
    m_simulator->clearRecords();

    QSignalSpy requested(m_coordinator, &DownloadCoordinator::linkRequested);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_coordinator->download(exportId, target(), CachedLink { stale.downloadUrl, now.addSecs(3600), now }));
    const DownloadResult result = waitResult(finished);
    QCOMPARE(DownloadResult::kindKey(result.kind), DownloadResult::kindKey(Kind::Success));
    QCOMPARE(requested.size(), 1);
    const QList<RecordedDownload> downloads = m_simulator->recordedDownloads();
    QCOMPARE(downloads.size(), 2);
    QCOMPARE(downloads.at(0).httpStatus, 403);
    QCOMPARE(downloads.at(0).errorCode, QStringLiteral("AccessDenied"));
    QCOMPARE(downloads.at(1).httpStatus, 200);
    QCOMPARE(fileSha256(target()), expectedHash(*m_simulator, stale));
}

void TestDownloadCoordinator::linkAlwaysExpiredGivesUp()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    m_simulator->setUrlTtlSeconds(-60);
    QVERIFY(writeFile(target(), QByteArrayLiteral("previous download")));
    QSignalSpy requested(m_coordinator, &DownloadCoordinator::linkRequested);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QVERIFY(m_coordinator->download(exportId, target()));
    const DownloadResult result = waitResult(finished);
    QCOMPARE(DownloadResult::kindKey(result.kind), DownloadResult::kindKey(Kind::LinkExpired));
    QCOMPARE(result.httpStatus, 403);
    QCOMPARE(result.ossCode, QStringLiteral("AccessDenied"));
    QCOMPARE(result.ossMessage, QStringLiteral("Request has expired."));
    QVERIFY(!result.ossRequestId.isEmpty());
    QVERIFY(result.message().contains(result.ossRequestId));
    QCOMPARE(requested.size(), 2); // the first link and exactly one refresh
    QCOMPARE(m_simulator->recordedDownloads().size(), 2);
    QCOMPARE(readFile(target()), QByteArrayLiteral("previous download")); // the XML never replaced it
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("report.html") });
}

void TestDownloadCoordinator::apiErrorSurfaces()
{
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QVERIFY(m_coordinator->download(424242, target()));
    const DownloadResult result = waitResult(finished);
    QCOMPARE(DownloadResult::kindKey(result.kind), DownloadResult::kindKey(Kind::LinkUnavailable));
    QVERIFY(result.apiError.isError());
    QVERIFY(!result.apiError.code.isEmpty());
    QVERIFY(!result.apiError.requestId.isEmpty());
    QVERIFY(result.message().contains(result.apiError.requestId));
    QCOMPARE(m_simulator->recordedDownloads().size(), 0);
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestDownloadCoordinator::exportNotReady()
{
    m_simulator->setSpeedFactor(0.001); // stays "initializing"
    const qint64 exportId = startExport(SimulatorScenario::dailyReportId);
    QVERIFY(exportId > 0);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QVERIFY(m_coordinator->download(exportId, target()));
    const DownloadResult result = waitResult(finished);
    QCOMPARE(DownloadResult::kindKey(result.kind), DownloadResult::kindKey(Kind::LinkUnavailable));
    QVERIFY(!result.apiError.isError());
    QCOMPARE(result.detail, QStringLiteral("0"));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestDownloadCoordinator::cutDownloadLeavesNothing()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    m_simulator->cutDownloadNext(1);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QVERIFY(m_coordinator->download(exportId, target()));
    const DownloadResult result = waitResult(finished);
    QVERIFY2(result.kind == Kind::Incomplete || result.kind == Kind::Network,
             qPrintable(DownloadResult::kindKey(result.kind)));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestDownloadCoordinator::cancelWhileAskingForLink()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QSignalSpy recorded(m_simulator, &Simulator::requestRecorded);
    QVERIFY(m_coordinator->download(exportId, target()));
    QVERIFY(m_coordinator->cancel(exportId));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(1).value<DownloadResult>().kind, Kind::Cancelled);
    QVERIFY(!m_coordinator->isActive(exportId));
    QVERIFY(!m_coordinator->cancel(exportId));
    // A new download of the same export works normally afterwards.
    QVERIFY(m_coordinator->download(exportId, target()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(finished.at(1).at(1).value<DownloadResult>().isSuccess());
    QCOMPARE(m_simulator->recordedDownloads().size(), 1);
}

void TestDownloadCoordinator::duplicateRefused()
{
    const qint64 exportId = finishedExport();
    QVERIFY(exportId > 0);
    QSignalSpy finished(m_coordinator, &DownloadCoordinator::finished);
    QVERIFY(m_coordinator->download(exportId, target()));
    QVERIFY(!m_coordinator->download(exportId, target()));
    QVERIFY(waitResult(finished).isSuccess());
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestDownloadCoordinator)
#include "tst_DownloadCoordinator.moc"
