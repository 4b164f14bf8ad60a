#include "api/ApiErrorText.h"
#include "api/SecurityCenterClient.h"
#include "i18n/LanguageSetting.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(SignatureVersion)

// End to end: the real client against the embedded simulator, which checks V1/V3
// signatures the way the gateway does.
class TestClientAgainstSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void versions_data();
    void listReports_data() { versions_data(); }
    void listReports();
    void exportAndPollToSuccess_data() { versions_data(); }
    void exportAndPollToSuccess();
    void failingExportEndsFailed();
    void deniedReportNamesTheRamAction();
    void wrongSecretIsExplained();
    void stsKeyIsAccepted();
    void retriesThroughThrottlingAndOutages_data();
    void retriesThroughThrottlingAndOutages();
    void garbageIsNeverASuccess();
    void langFollowsTheSetting();

private:
    ApiReply *finished(ApiReply *reply);
    ExportInfo pollUntilFinished(qint64 exportId);

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageSetting> m_language;
    std::unique_ptr<SecurityCenterClient> m_client;
};

void TestClientAgainstSimulator::init()
{
    SimulatorConfig config;
    config.speedFactor = 200;
    m_simulator = std::make_unique<Simulator>(config);
    QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_language = std::make_unique<LanguageSetting>();
    m_language->setLanguage(QStringLiteral("en"));
    m_client = std::make_unique<SecurityCenterClient>(m_network.get(), m_language.get());
    m_client->setEndpoint(ApiEndpoint::custom(m_simulator->endpoint()));
    m_client->setCredentials(Simulator::demoCredentials());
    m_client->setRetryPolicy(3, 5, 20);
}

void TestClientAgainstSimulator::cleanup()
{
    m_client.reset();
    m_language.reset();
    m_network.reset();
    m_simulator.reset();
}

ApiReply *TestClientAgainstSimulator::finished(ApiReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        if (!spy.wait(15000))
            return nullptr;
    }
    return reply;
}

ExportInfo TestClientAgainstSimulator::pollUntilFinished(qint64 exportId)
{
    ExportInfo last;
    bool failed = false;
    // Asks again whenever the event loop comes back, for at most 30 s.
    const bool done = QTest::qWaitFor(
        [&] {
            ApiReply *reply = finished(m_client->describeReportExport(exportId));
            if (!reply || reply->error().isError()) {
                failed = true;
                return true;
            }
            last = reply->exportInfo();
            reply->deleteLater();
            return isExportFinished(last.status);
        },
        30000);
    return done && !failed ? last : ExportInfo {};
}

void TestClientAgainstSimulator::versions_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v3") << SignatureVersion::V3;
    QTest::newRow("v1") << SignatureVersion::V1;
}

void TestClientAgainstSimulator::listReports()
{
    QFETCH(SignatureVersion, version);
    m_client->setSignatureVersion(version);
    ApiReply *reply = finished(m_client->describeCustomizeReportList());
    QVERIFY(reply);
    QVERIFY2(!reply->error().isError(), qPrintable(ApiErrorText::fullText(reply->error(), reply->operation())));
    QCOMPARE(reply->reports().size(), m_simulator->reports().size());
    QVERIFY(!reply->requestId().isEmpty());
    bool foundDaily = false;
    for (const ReportInfo &report : reply->reports()) {
        if (report.reportId == SimulatorScenario::dailyReportId) {
            foundDaily = true;
            QVERIFY(report.supportsPdf());
        }
    }
    QVERIFY(foundDaily);
    QCOMPARE(m_simulator->recordedRequests().constLast().signatureVersion, signatureVersionName(version));
}

void TestClientAgainstSimulator::exportAndPollToSuccess()
{
    QFETCH(SignatureVersion, version);
    m_client->setSignatureVersion(version);
    ApiReply *started = finished(m_client->exportCustomizeReport(SimulatorScenario::dailyReportId, ExportType::Pdf));
    QVERIFY(started);
    QVERIFY2(!started->error().isError(), qPrintable(ApiErrorText::fullText(started->error(), started->operation())));
    const qint64 exportId = started->exportInfo().exportId;
    QVERIFY(exportId > 0);

    const ExportInfo done = pollUntilFinished(exportId);
    QCOMPARE(done.status, ExportStatus::Succeeded);
    QCOMPARE(done.exportId, exportId);
    QCOMPARE(done.reportId, SimulatorScenario::dailyReportId);
    QVERIFY(done.downloadUrl.isValid());
    QCOMPARE(done.downloadUrl.port(), int(m_simulator->ossPort()));
    QVERIFY(done.urlExpiresAt > QDateTime::currentDateTimeUtc());
}

void TestClientAgainstSimulator::failingExportEndsFailed()
{
    ApiReply *started = finished(m_client->exportCustomizeReport(SimulatorScenario::failingReportId, ExportType::Html));
    QVERIFY(started);
    QVERIFY(!started->error().isError());
    const ExportInfo done = pollUntilFinished(started->exportInfo().exportId);
    QCOMPARE(done.status, ExportStatus::Failed);
    QVERIFY(done.downloadUrl.isEmpty());
}

void TestClientAgainstSimulator::deniedReportNamesTheRamAction()
{
    ApiReply *reply = finished(m_client->exportCustomizeReport(SimulatorScenario::deniedReportId, ExportType::Html));
    QVERIFY(reply);
    QCOMPARE(reply->error().kind, ApiError::Kind::Service);
    QCOMPARE(reply->error().code, QStringLiteral("NoPermission"));
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(!reply->error().requestId.isEmpty());
    QVERIFY(ApiErrorText::fullText(reply->error(), reply->operation())
                .contains(QLatin1String("yundun-sas:ExportCustomizeReport")));
}

void TestClientAgainstSimulator::wrongSecretIsExplained()
{
    AccessKeyCredentials wrong = Simulator::demoCredentials();
    wrong.accessKeySecret += QLatin1Char('x');
    m_client->setCredentials(wrong);
    ApiReply *reply = finished(m_client->describeCustomizeReportList());
    QVERIFY(reply);
    QCOMPARE(ApiErrorText::category(reply->error()), ApiErrorText::Category::WrongSecret);
    QVERIFY(ApiErrorText::isAccountOrConnectionProblem(reply->error()));
    QCOMPARE(reply->attempts(), 1);
    // The service's echo of the string to sign never carries the secret out.
    QVERIFY(!ApiErrorText::fullText(reply->error(), reply->operation()).contains(wrong.accessKeySecret));
}

void TestClientAgainstSimulator::stsKeyIsAccepted()
{
    AccessKeyCredentials sts;
    sts.accessKeyId = QStringLiteral("STS.TestKey0001");
    sts.accessKeySecret = QStringLiteral("sts-secret-value-123");
    sts.securityToken = QStringLiteral("CAIS-token-abc/def+ghi==");
    m_simulator->addAccessKey(sts, QDateTime::currentDateTimeUtc().addSecs(3600));
    m_client->setCredentials(sts);
    for (SignatureVersion version : { SignatureVersion::V3, SignatureVersion::V1 }) {
        m_client->setSignatureVersion(version);
        ApiReply *reply = finished(m_client->describeReportExport(123456));
        QVERIFY(reply);
        // An unknown export is the service's answer, not an authentication failure.
        QVERIFY(ApiErrorText::category(reply->error()) != ApiErrorText::Category::WrongSecret);
        QVERIFY(ApiErrorText::category(reply->error()) != ApiErrorText::Category::BadAccessKeyId);
        QVERIFY(m_simulator->recordedRequests().constLast().hasSecurityToken);
    }
}

void TestClientAgainstSimulator::retriesThroughThrottlingAndOutages_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("throttled") << 0;
    QTest::newRow("503") << 1;
    QTest::newRow("connection cut") << 2;
}

void TestClientAgainstSimulator::retriesThroughThrottlingAndOutages()
{
    QFETCH(int, fault);
    m_simulator->setRetryAfterMs(10);
    switch (fault) {
    case 0: m_simulator->throttleNext(2); break;
    case 1: m_simulator->failNext(2); break;
    default: m_simulator->cutApiNext(2); break;
    }
    ApiReply *reply = finished(m_client->describeCustomizeReportList());
    QVERIFY(reply);
    QVERIFY2(!reply->error().isError(), qPrintable(ApiErrorText::fullText(reply->error(), reply->operation())));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(m_simulator->recordedRequests().size(), 3);
}

void TestClientAgainstSimulator::garbageIsNeverASuccess()
{
    m_simulator->malformedJsonNext(1);
    ApiReply *truncated = finished(m_client->describeCustomizeReportList());
    QVERIFY(truncated);
    QCOMPARE(truncated->error().kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(truncated->error().httpStatus, 200);

    m_simulator->htmlPageNext(1);
    ApiReply *html = finished(m_client->describeCustomizeReportList());
    QVERIFY(html);
    QCOMPARE(html->error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY(!html->error().detail.isEmpty());
}

void TestClientAgainstSimulator::langFollowsTheSetting()
{
    for (const QString &lang : { QStringLiteral("zh"), QStringLiteral("en") }) {
        m_language->setLanguage(lang);
        ApiReply *reply = finished(m_client->describeReportExport(999999));
        QVERIFY(reply);
        QCOMPARE(m_simulator->recordedRequests().constLast().lang, lang);
    }
}

QTEST_GUILESS_MAIN(TestClientAgainstSimulator)
#include "tst_ClientAgainstSimulator.moc"
