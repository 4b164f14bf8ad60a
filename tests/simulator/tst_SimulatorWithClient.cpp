// The project's own client against the simulator, end to end: the simulator
// must speak the documented contract well enough that the real client works
// unchanged, and each fault must reach the client as the right kind of error.
#include "api/ApiEndpoint.h"
#include "api/SecurityCenterClient.h"
#include "i18n/LanguageSetting.h"
#include "simulator/ReportDocument.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(SignatureVersion)

class TestSimulatorWithClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsReports_data();
    void listsReports();
    void exportsAndDownloads_data();
    void exportsAndDownloads();
    void exportFails();
    void expiredLinkThenFreshOne();
    void serviceErrors_data();
    void serviceErrors();
    void authenticationFailures_data();
    void authenticationFailures();
    void stsCredentials();
    void clockSkewIsCorrected();
    void langInMessages_data();
    void langInMessages();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void brokenAnswers_data();
    void brokenAnswers();
    void slowAnswerTimesOut();
    void exportsSurviveARestartWithAStateFile();

private:
    ApiReply *wait(ApiReply *reply);
    ExportInfo exportUntilFinished(qint64 reportId, ExportType type);

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageSetting> m_language;
    std::unique_ptr<SecurityCenterClient> m_client;
    QList<ApiReply *> m_replies;
};

void TestSimulatorWithClient::init()
{
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
}

void TestSimulatorWithClient::exportsSurviveARestartWithAStateFile()
{
    QTemporaryDir dir;
    SimulatorConfig config;
    config.speedFactor = 200;
    config.stateFile = dir.filePath(QStringLiteral("state/simulator.json"));
    qint64 exportId = 0;
    {
        Simulator first(config);
        QVERIFY(first.start());
        m_client->setEndpoint(ApiEndpoint::custom(first.endpoint()));
        ApiReply *started = wait(m_client->exportCustomizeReport(SimulatorScenario::weeklyReportId, ExportType::Html));
        QVERIFY(!started->error().isError());
        exportId = started->exportInfo().exportId;
        QVERIFY(QFile::exists(config.stateFile));
    }
    // A new simulator on the same file knows the export, finished by now, with a working link.
    Simulator second(config);
    QVERIFY(second.start());
    m_client->setEndpoint(ApiEndpoint::custom(second.endpoint()));
    ExportInfo info;
    QTRY_VERIFY_WITH_TIMEOUT(
        (info = wait(m_client->describeReportExport(exportId))->exportInfo()).status == ExportStatus::Succeeded, 10000);
    QCOMPARE(info.exportId, exportId);
    QVERIFY(info.downloadUrl.isValid());
    // And a new export never reuses its ExportId.
    ApiReply *next = wait(m_client->exportCustomizeReport(SimulatorScenario::dailyReportId, ExportType::Html));
    QVERIFY(next->exportInfo().exportId > exportId);
    // Without a state file nothing is remembered: the real error for an unknown ExportId.
    Simulator forgetful(SimulatorConfig {});
    QVERIFY(forgetful.start());
    m_client->setEndpoint(ApiEndpoint::custom(forgetful.endpoint()));
    QCOMPARE(wait(m_client->describeReportExport(exportId))->error().code, QStringLiteral("IllegalParam"));
}

void TestSimulatorWithClient::cleanup()
{
    qDeleteAll(m_replies);
    m_replies.clear();
    m_client.reset();
    m_language.reset();
    m_network.reset();
    m_simulator.reset();
}

ApiReply *TestSimulatorWithClient::wait(ApiReply *reply)
{
    m_replies.append(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(30000);
    }
    return reply;
}

ExportInfo TestSimulatorWithClient::exportUntilFinished(qint64 reportId, ExportType type)
{
    ApiReply *started = wait(m_client->exportCustomizeReport(reportId, type));
    if (started->error().isError())
        return {};
    const qint64 exportId = started->exportInfo().exportId;
    ExportInfo info;
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] {
            info = wait(m_client->describeReportExport(exportId))->exportInfo();
            return isExportFinished(info.status);
        },
        10000);
    return info;
}

void TestSimulatorWithClient::listsReports_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v3") << SignatureVersion::V3;
    QTest::newRow("v1") << SignatureVersion::V1;
}

void TestSimulatorWithClient::listsReports()
{
    QFETCH(SignatureVersion, version);
    m_client->setSignatureVersion(version);
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().code + QLatin1Char(' ') + reply->error().message));
    const QList<SimulatorReport> expected = SimulatorScenario::demoReports();
    QCOMPARE(reply->reports().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ReportInfo &got = reply->reports().at(i);
        QCOMPARE(got.reportId, expected.at(i).reportId);
        QCOMPARE(got.title, expected.at(i).title);
        QCOMPARE(got.reportVersion, expected.at(i).reportVersion);
        QCOMPARE(got.supportsPdf(), expected.at(i).supportsPdf());
        QCOMPARE(got.reportStatus, expected.at(i).reportStatus);
        QCOMPARE(got.isDefault, expected.at(i).isDefault);
        QVERIFY(got.reportStartDate.isValid());
    }
    QCOMPARE(m_simulator->recordedRequests().constLast().signatureVersion, signatureVersionName(version));
    QCOMPARE(m_simulator->recordedRequests().constLast().lang, QStringLiteral("en"));
}

void TestSimulatorWithClient::exportsAndDownloads_data()
{
    QTest::addColumn<qint64>("reportId");
    QTest::addColumn<ExportType>("type");
    QTest::newRow("html") << SimulatorScenario::dailyReportId << ExportType::Html;
    QTest::newRow("pdf") << SimulatorScenario::weeklyReportId << ExportType::Pdf;
}

void TestSimulatorWithClient::exportsAndDownloads()
{
    QFETCH(qint64, reportId);
    QFETCH(ExportType, type);
    ApiReply *started = wait(m_client->exportCustomizeReport(reportId, type));
    QVERIFY(!started->error().isError());
    QVERIFY(isExportInProgress(started->exportInfo().status));
    QVERIFY(started->exportInfo().fileName.endsWith(QLatin1Char('.') + exportTypeExtension(type)));

    const ExportInfo info = exportUntilFinished(reportId, type);
    QCOMPARE(info.status, ExportStatus::Succeeded);
    QCOMPARE(info.reportId, reportId);
    QVERIFY(info.downloadUrl.isValid());
    const qint64 ttlMs = qint64(SimulatorConfig().urlTtlSeconds) * 1000;
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().msecsTo(info.urlExpiresAt) - ttlMs) < 60000);

    const QUrl url = QUrl::fromEncoded(info.rawBody.value(QStringLiteral("DownloadUrl")).toString().toUtf8());
    QNetworkReply *download = m_network->get(QNetworkRequest(url));
    QSignalSpy finished(download, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(download->error(), QNetworkReply::NoError);
    SimulatorReport report;
    for (const SimulatorReport &candidate : SimulatorScenario::demoReports()) {
        if (candidate.reportId == reportId)
            report = candidate;
    }
    const QDate date = QDate::fromString(info.exportDate, Qt::ISODate);
    QCOMPARE(download->readAll(),
             type == ExportType::Pdf ? ReportDocument::pdf(report, info.exportId, date)
                                     : ReportDocument::html(report, info.exportId, date));
    download->deleteLater();
}

void TestSimulatorWithClient::exportFails()
{
    const ExportInfo info = exportUntilFinished(SimulatorScenario::failingReportId, ExportType::Html);
    QCOMPARE(info.status, ExportStatus::Failed);
    QVERIFY(!info.downloadUrl.isValid() || info.downloadUrl.isEmpty());
}

void TestSimulatorWithClient::expiredLinkThenFreshOne()
{
    m_simulator->setUrlTtlSeconds(-1);
    const ExportInfo stale = exportUntilFinished(SimulatorScenario::dailyReportId, ExportType::Html);
    QNetworkReply *expired = m_network->get(QNetworkRequest(stale.downloadUrl));
    QSignalSpy expiredDone(expired, &QNetworkReply::finished);
    QVERIFY(expiredDone.wait(10000));
    QCOMPARE(expired->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QVERIFY(expired->readAll().contains("Request has expired."));
    expired->deleteLater();

    m_simulator->setUrlTtlSeconds(600);
    const ExportInfo fresh = wait(m_client->describeReportExport(stale.exportId))->exportInfo();
    QVERIFY(fresh.downloadUrl != stale.downloadUrl);
    QNetworkReply *ok = m_network->get(QNetworkRequest(fresh.downloadUrl));
    QSignalSpy okDone(ok, &QNetworkReply::finished);
    QVERIFY(okDone.wait(10000));
    QCOMPARE(ok->error(), QNetworkReply::NoError);
    ok->deleteLater();
}

void TestSimulatorWithClient::serviceErrors_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no permission") << 0 << 403 << QStringLiteral("NoPermission");
    QTest::newRow("PDF of 1.0.0") << 1 << 400 << QStringLiteral("IllegalParam");
    QTest::newRow("unknown export") << 2 << 400 << QStringLiteral("IllegalParam");
}

void TestSimulatorWithClient::serviceErrors()
{
    QFETCH(int, which);
    QFETCH(int, status);
    QFETCH(QString, code);
    ApiReply *reply = nullptr;
    if (which == 0)
        reply = wait(m_client->exportCustomizeReport(SimulatorScenario::deniedReportId, ExportType::Html));
    else if (which == 1)
        reply = wait(m_client->exportCustomizeReport(SimulatorScenario::monthlyReportId, ExportType::Pdf));
    else
        reply = wait(m_client->describeReportExport(123456789));
    QCOMPARE(reply->error().kind, ApiError::Kind::Service);
    QCOMPARE(reply->error().httpStatus, status);
    QCOMPARE(reply->error().code, code);
    QVERIFY(!reply->error().requestId.isEmpty());
    QVERIFY(reply->error().recommend.contains(code));
}

void TestSimulatorWithClient::authenticationFailures_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    for (const SignatureVersion v : { SignatureVersion::V3, SignatureVersion::V1 }) {
        const QByteArray p = signatureVersionName(v).toLatin1();
        QTest::newRow(QByteArray(p + " wrong secret").constData())
            << v << Simulator::demoCredentials().accessKeyId << QStringLiteral("wrong")
            << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow(QByteArray(p + " unknown key").constData())
            << v << QStringLiteral("LTAI5tUnknown") << QStringLiteral("x")
            << QStringLiteral("InvalidAccessKeyId.NotFound");
    }
}

void TestSimulatorWithClient::authenticationFailures()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    m_client->setSignatureVersion(version);
    m_client->setCredentials({ keyId, secret, QString() });
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QCOMPARE(reply->error().kind, ApiError::Kind::Service);
    QCOMPARE(reply->error().code, code);
}

void TestSimulatorWithClient::stsCredentials()
{
    const AccessKeyCredentials sts { QStringLiteral("STS.NUxClientTest01"), QStringLiteral("sts-secret"),
                                     QStringLiteral("CAIS-token-value") };
    m_simulator->addAccessKey(sts, QDateTime::currentDateTimeUtc().addSecs(3600));
    m_client->setCredentials(sts);
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QVERIFY(!reply->error().isError());
    QVERIFY(m_simulator->recordedRequests().constLast().hasSecurityToken);
}

void TestSimulatorWithClient::clockSkewIsCorrected()
{
    m_client->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().code));
    const QList<RecordedRequest> seen = m_simulator->recordedRequests();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.first().errorCode, QStringLiteral("InvalidTimeStamp.Expired"));
    QCOMPARE(seen.last().httpStatus, 200);
}

void TestSimulatorWithClient::langInMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh");
}

void TestSimulatorWithClient::langInMessages()
{
    QFETCH(QString, lang);
    m_language->setLanguage(lang);
    ApiReply *reply = wait(m_client->exportCustomizeReport(SimulatorScenario::deniedReportId, ExportType::Html));
    const QString message = reply->error().message;
    const bool chinese = std::any_of(message.cbegin(), message.cend(), [](QChar c) { return c.unicode() >= 0x4E00; });
    QCOMPARE(chinese, lang == QLatin1String("zh"));
    QCOMPARE(m_simulator->recordedRequests().constLast().lang, lang);
}

void TestSimulatorWithClient::transientFaultsAreRetried_data()
{
    QTest::addColumn<bool>("throttle");
    QTest::newRow("Throttling.User") << true;
    QTest::newRow("503") << false;
}

void TestSimulatorWithClient::transientFaultsAreRetried()
{
    QFETCH(bool, throttle);
    if (throttle)
        m_simulator->throttleNext(2);
    else
        m_simulator->failNext(2);
    m_simulator->setRetryAfterMs(20);
    m_client->setRetryPolicy(3, 10, 50);
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QVERIFY(!reply->error().isError());
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(m_simulator->recordedRequests().size(), 3);
}

void TestSimulatorWithClient::brokenAnswers_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("malformed JSON") << 0 << ApiError::Kind::MalformedResponse;
    QTest::newRow("HTML page") << 1 << ApiError::Kind::MalformedResponse;
    QTest::newRow("cut mid-body") << 2 << ApiError::Kind::Network;
}

void TestSimulatorWithClient::brokenAnswers()
{
    QFETCH(int, fault);
    QFETCH(ApiError::Kind, kind);
    if (fault == 0)
        m_simulator->malformedJsonNext(-1);
    else if (fault == 1)
        m_simulator->htmlPageNext(-1);
    else
        m_simulator->cutApiNext(-1);
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QCOMPARE(reply->error().kind, kind);
}

void TestSimulatorWithClient::slowAnswerTimesOut()
{
    m_simulator->setDelayMs(5000);
    m_client->setTransferTimeout(300);
    ApiReply *reply = wait(m_client->describeCustomizeReportList());
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
}

QTEST_GUILESS_MAIN(TestSimulatorWithClient)
#include "tst_SimulatorWithClient.moc"
