#include "SimulatorTestClient.h"

#include "simulator/RecordedRequest.h"
#include "simulator/SecurityCenterSimulator.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(SignatureVersion)

namespace {

ApiCall call(const QString &action, const QMap<QString, QString> &params = {},
             SignatureVersion version = SignatureVersion::V3)
{
    ApiCall c;
    c.action = action;
    c.params = params;
    c.version = version;
    c.credentials = Simulator::demoCredentials();
    return c;
}

void addVersionAndMethodRows()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("formBody");
    QTest::newRow("v3-get") << SignatureVersion::V3 << QByteArray("GET") << false;
    QTest::newRow("v3-post-query") << SignatureVersion::V3 << QByteArray("POST") << false;
    QTest::newRow("v3-post-form") << SignatureVersion::V3 << QByteArray("POST") << true;
    QTest::newRow("v1-get") << SignatureVersion::V1 << QByteArray("GET") << false;
    QTest::newRow("v1-post-form") << SignatureVersion::V1 << QByteArray("POST") << true;
}

const QString exportAction = QStringLiteral("ExportCustomizeReport");
const QString describeAction = QStringLiteral("DescribeReportExport");
const QString listAction = QStringLiteral("DescribeCustomizeReportList");

} // namespace

class TestSecurityCenterSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsReports_data();
    void listsReports();
    void listFilters_data();
    void listFilters();
    void exportPollsToSuccess_data();
    void exportPollsToSuccess();
    void exportStaysInitializingWhenSlow();
    void exportFails();
    void pdfOnlyFor2_0_0();
    void badExportParameters_data();
    void badExportParameters();
    void noPermission();
    void unknownActionAndVersion_data();
    void unknownActionAndVersion();
    void authenticationFailures_data();
    void authenticationFailures();
    void signatureMismatchQuotesStringToSign_data();
    void signatureMismatchQuotesStringToSign();
    void nonceReuse_data();
    void nonceReuse();
    void stsToken_data();
    void stsToken();
    void errorBodyShape();
    void langInMessages_data();
    void langInMessages();
    void throttlingAndServerErrors_data();
    void throttlingAndServerErrors();
    void malformedJson();
    void htmlPage();
    void cutApiBody();
    void slowResponses();
    void recordsWhatWasSent();

private:
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<SimulatorTestClient> m_client;
};

void TestSecurityCenterSimulator::init()
{
    SimulatorConfig config;
    config.speedFactor = 20;
    m_simulator = std::make_unique<Simulator>(config);
    QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
    m_client = std::make_unique<SimulatorTestClient>(m_simulator->endpoint());
}

void TestSecurityCenterSimulator::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

void TestSecurityCenterSimulator::listsReports_data()
{
    addVersionAndMethodRows();
}

void TestSecurityCenterSimulator::listsReports()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    QFETCH(bool, formBody);
    ApiCall c = call(listAction, { { QStringLiteral("Lang"), QStringLiteral("en") } }, version);
    c.method = method;
    c.formBody = formBody;
    const ApiResult result = m_client->send(c);
    QCOMPARE(result.status, 200);
    QVERIFY(result.jsonValid);
    QVERIFY(!result.json.value(QStringLiteral("RequestId")).toString().isEmpty());

    const QJsonArray list = result.json.value(QStringLiteral("ReportList")).toArray();
    const QList<SimulatorReport> expected = SimulatorScenario::demoReports();
    QCOMPARE(list.size(), expected.size());
    QStringList titles;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(QStringLiteral("ReportId")).isDouble());
        QVERIFY(item.value(QStringLiteral("ReportType")).isDouble());
        QVERIFY(item.value(QStringLiteral("ReportStatus")).isString());
        QVERIFY(item.value(QStringLiteral("IsDefault")).isString());
        QVERIFY(item.value(QStringLiteral("ReportStartDate")).toInteger() > 1000000000000);
        titles.append(item.value(QStringLiteral("Title")).toString());
    }
    for (const SimulatorReport &report : expected)
        QVERIFY2(titles.contains(report.title), qPrintable(report.title));
    QVERIFY(titles.contains(QStringLiteral("每日安全日报")));

    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(result.header("Date")),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QVERIFY2(date.isValid(), result.header("Date").constData());
    QCOMPARE(result.header("x-acs-request-id"), result.json.value(QStringLiteral("RequestId")).toString().toLatin1());

    const RecordedRequest recorded = m_simulator->recordedRequests().constLast();
    QCOMPARE(recorded.action, listAction);
    QCOMPARE(recorded.method, method);
    QCOMPARE(recorded.lang, QStringLiteral("en"));
    QCOMPARE(recorded.formBody, formBody);
    QCOMPARE(recorded.signatureVersion, signatureVersionName(version));
    QCOMPARE(recorded.httpStatus, 200);
}

void TestSecurityCenterSimulator::listFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("version 2.0.0") << QStringLiteral("ReportVersion") << QStringLiteral("2.0.0");
    QTest::newRow("version 1.0.0") << QStringLiteral("ReportVersion") << QStringLiteral("1.0.0");
    QTest::newRow("weekly") << QStringLiteral("ReportType") << QStringLiteral("1");
    QTest::newRow("disabled") << QStringLiteral("ReportStatus") << QStringLiteral("0");
}

void TestSecurityCenterSimulator::listFilters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const ApiResult result = m_client->send(call(listAction, { { name, value } }));
    QCOMPARE(result.status, 200);
    const QJsonArray list = result.json.value(QStringLiteral("ReportList")).toArray();
    QVERIFY(!list.isEmpty());
    QVERIFY(list.size() < SimulatorScenario::demoReports().size());
    for (const QJsonValue &item : list) {
        const QJsonValue field = item.toObject().value(name);
        QCOMPARE(field.isString() ? field.toString() : QString::number(field.toInt()), value);
    }
}

void TestSecurityCenterSimulator::exportPollsToSuccess_data()
{
    QTest::addColumn<qint64>("reportId");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("extension");
    QTest::newRow("zh 2.0.0 html") << SimulatorScenario::dailyReportId << QStringLiteral("HTML")
                                   << QStringLiteral(".html");
    QTest::newRow("zh 2.0.0 pdf") << SimulatorScenario::dailyReportId << QStringLiteral("PDF")
                                  << QStringLiteral(".pdf");
    QTest::newRow("en 2.0.0 pdf") << SimulatorScenario::weeklyReportId << QStringLiteral("PDF")
                                  << QStringLiteral(".pdf");
    QTest::newRow("zh 1.0.0 html") << SimulatorScenario::monthlyReportId << QStringLiteral("HTML")
                                   << QStringLiteral(".html");
}

void TestSecurityCenterSimulator::exportPollsToSuccess()
{
    QFETCH(qint64, reportId);
    QFETCH(QString, type);
    QFETCH(QString, extension);
    const ApiResult started = m_client->send(
        call(exportAction,
             { { QStringLiteral("ReportId"), QString::number(reportId) }, { QStringLiteral("ExportType"), type } }));
    QCOMPARE(started.status, 200);
    QCOMPARE(started.json.value(QStringLiteral("ExportStatus")).toString(), QStringLiteral("exporting"));
    QCOMPARE(started.json.value(QStringLiteral("ReportId")).toInteger(), reportId);
    QVERIFY(started.json.value(QStringLiteral("FileName")).toString().endsWith(extension));
    QVERIFY(QDate::fromString(started.json.value(QStringLiteral("ExportDate")).toString(), Qt::ISODate).isValid());
    const qint64 exportId = started.json.value(QStringLiteral("ExportId")).toInteger();
    QVERIFY(exportId > 0);

    QStringList statuses;
    ApiResult last;
    ApiCall poll = call(describeAction, { { QStringLiteral("ExportId"), QString::number(exportId) } });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            last = m_client->send(poll);
            statuses.append(last.json.value(QStringLiteral("ExportStatus")).toString());
            return statuses.constLast() == QLatin1String("2");
        }(),
        10000);
    // Never backwards, never anything but the documented codes, always a string.
    QStringList sorted = statuses;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(statuses, sorted);
    for (const QString &status : std::as_const(statuses))
        QVERIFY(QStringList({ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }).contains(status));
    QVERIFY(last.json.value(QStringLiteral("ExportStatus")).isString());
    QCOMPARE(last.json.value(QStringLiteral("ExportId")).toInteger(), exportId);
    QCOMPARE(last.json.value(QStringLiteral("ReportId")).toInteger(), reportId);

    const QUrl url = QUrl::fromEncoded(last.json.value(QStringLiteral("DownloadUrl")).toString().toUtf8());
    QVERIFY(url.isValid());
    QCOMPARE(url.port(), int(m_simulator->ossPort()));
    const QString query = url.query(QUrl::FullyEncoded);
    QVERIFY(query.contains(QStringLiteral("Expires=")));
    QVERIFY(query.contains(QStringLiteral("OSSAccessKeyId=")));
    QVERIFY(query.contains(QStringLiteral("Signature=")));
    const qint64 expiresMs = last.json.value(QStringLiteral("UrlExpiredTime")).toInteger();
    const qint64 ttlMs = qint64(SimulatorConfig().urlTtlSeconds) * 1000;
    QVERIFY(qAbs(expiresMs - (QDateTime::currentMSecsSinceEpoch() + ttlMs)) < 60000);
}

void TestSecurityCenterSimulator::exportStaysInitializingWhenSlow()
{
    m_simulator->setSpeedFactor(1e-6);
    const ApiResult started = m_client->send(
        call(exportAction, { { QStringLiteral("ReportId"), QString::number(SimulatorScenario::dailyReportId) } }));
    QCOMPARE(started.status, 200);
    ApiCall poll = call(describeAction,
                        { { QStringLiteral("ExportId"),
                            QString::number(started.json.value(QStringLiteral("ExportId")).toInteger()) } });
    const ApiResult waiting = m_client->send(poll);
    QCOMPARE(waiting.json.value(QStringLiteral("ExportStatus")).toString(), QStringLiteral("0"));
    QVERIFY(!waiting.json.contains(QStringLiteral("DownloadUrl")));

    m_simulator->setSpeedFactor(1e9);
    const ApiResult done = m_client->send(poll);
    QCOMPARE(done.json.value(QStringLiteral("ExportStatus")).toString(), QStringLiteral("2"));
    QVERIFY(done.json.contains(QStringLiteral("DownloadUrl")));
}

void TestSecurityCenterSimulator::exportFails()
{
    QStringList statuses;
    const ApiResult last = m_client->exportAndWait(SimulatorScenario::failingReportId, QStringLiteral("HTML"),
                                                   Simulator::demoCredentials(), &statuses);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value(QStringLiteral("ExportStatus")).toString(), QStringLiteral("-1"));
    QVERIFY(!last.json.contains(QStringLiteral("DownloadUrl")));
    QVERIFY(!statuses.contains(QStringLiteral("2")));
}

void TestSecurityCenterSimulator::pdfOnlyFor2_0_0()
{
    const ApiResult result
        = m_client->send(call(exportAction,
                              { { QStringLiteral("ReportId"), QString::number(SimulatorScenario::monthlyReportId) },
                                { QStringLiteral("ExportType"), QStringLiteral("PDF") } }));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("IllegalParam"));
    QVERIFY(result.message().contains(QStringLiteral("2.0.0")));
}

void TestSecurityCenterSimulator::badExportParameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown ExportId") << describeAction << QStringLiteral("ExportId") << QStringLiteral("999999")
                                      << QStringLiteral("IllegalParam");
    QTest::newRow("non-numeric ExportId")
        << describeAction << QStringLiteral("ExportId") << QStringLiteral("abc") << QStringLiteral("IllegalParam");
    QTest::newRow("no ExportId") << describeAction << QStringLiteral("Lang") << QStringLiteral("en")
                                 << QStringLiteral("MissingParameter");
    QTest::newRow("unknown ReportId") << exportAction << QStringLiteral("ReportId") << QStringLiteral("1")
                                      << QStringLiteral("IllegalParam");
    QTest::newRow("no ReportId") << exportAction << QStringLiteral("ExportType") << QStringLiteral("HTML")
                                 << QStringLiteral("MissingParameter");
}

void TestSecurityCenterSimulator::badExportParameters()
{
    QFETCH(QString, action);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const ApiResult result = m_client->send(call(action, { { name, value } }));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), code);
}

void TestSecurityCenterSimulator::noPermission()
{
    const ApiResult result
        = m_client->send(call(exportAction,
                              { { QStringLiteral("ReportId"), QString::number(SimulatorScenario::deniedReportId) },
                                { QStringLiteral("Lang"), QStringLiteral("en") } }));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.code(), QStringLiteral("NoPermission"));
    QVERIFY2(result.message().contains(QStringLiteral("yundun-sas:ExportCustomizeReport")),
             qPrintable(result.message()));
}

void TestSecurityCenterSimulator::unknownActionAndVersion_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const SignatureVersion v : { SignatureVersion::V1, SignatureVersion::V3 }) {
        const QByteArray prefix = signatureVersionName(v).toLatin1();
        QTest::newRow(QByteArray(prefix + " unknown action").constData())
            << v << QStringLiteral("DescribeEverything") << QStringLiteral("2018-12-03") << 404
            << QStringLiteral("InvalidAction.NotFound");
        QTest::newRow(QByteArray(prefix + " wrong version").constData())
            << v << listAction << QStringLiteral("2017-01-01") << 400 << QStringLiteral("InvalidVersion");
    }
}

void TestSecurityCenterSimulator::unknownActionAndVersion()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, action);
    QFETCH(QString, apiVersion);
    QFETCH(int, status);
    QFETCH(QString, code);
    ApiCall c = call(action, {}, version);
    c.apiVersion = apiVersion;
    const ApiResult result = m_client->send(c);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
}

enum class Breakage
{
    OldTimestamp,
    FutureTimestamp,
    UnknownKey,
    InactiveKey,
    MissingSignature,
    MissingNonce,
    MissingTimestamp,
    MalformedAuthorization,
    UnsignedActionHeader,
    BodyChangedAfterSigning,
};
Q_DECLARE_METATYPE(Breakage)

void TestSecurityCenterSimulator::authenticationFailures_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<Breakage>("breakage");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const SignatureVersion v1 = SignatureVersion::V1;
    const SignatureVersion v3 = SignatureVersion::V3;
    for (const SignatureVersion v : { v1, v3 }) {
        const QByteArray p = signatureVersionName(v).toLatin1() + ' ';
        QTest::newRow(QByteArray(p + "16 min old").constData())
            << v << Breakage::OldTimestamp << 400 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::newRow(QByteArray(p + "16 min ahead").constData())
            << v << Breakage::FutureTimestamp << 400 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::newRow(QByteArray(p + "unknown key").constData())
            << v << Breakage::UnknownKey << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
        QTest::newRow(QByteArray(p + "inactive key").constData())
            << v << Breakage::InactiveKey << 400 << QStringLiteral("InvalidAccessKeyId.Inactive");
        QTest::newRow(QByteArray(p + "body changed").constData())
            << v << Breakage::BodyChangedAfterSigning << 400 << QStringLiteral("SignatureDoesNotMatch");
    }
    QTest::newRow("v1 no Signature") << v1 << Breakage::MissingSignature << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("v1 no SignatureNonce") << v1 << Breakage::MissingNonce << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("v1 no Timestamp") << v1 << Breakage::MissingTimestamp << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("v3 no x-acs-signature-nonce")
        << v3 << Breakage::MissingNonce << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("v3 no x-acs-date") << v3 << Breakage::MissingTimestamp << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("v3 malformed Authorization")
        << v3 << Breakage::MalformedAuthorization << 400 << QStringLiteral("IncompleteSignature");
    QTest::newRow("v3 action header not signed")
        << v3 << Breakage::UnsignedActionHeader << 400 << QStringLiteral("IncompleteSignature");
}

void TestSecurityCenterSimulator::authenticationFailures()
{
    QFETCH(SignatureVersion, version);
    QFETCH(Breakage, breakage);
    QFETCH(int, status);
    QFETCH(QString, code);
    ApiCall c = call(listAction, { { QStringLiteral("Lang"), QStringLiteral("en") } }, version);
    switch (breakage) {
    case Breakage::OldTimestamp: c.now = QDateTime::currentDateTimeUtc().addSecs(-16 * 60); break;
    case Breakage::FutureTimestamp: c.now = QDateTime::currentDateTimeUtc().addSecs(16 * 60); break;
    case Breakage::UnknownKey: c.credentials.accessKeyId = QStringLiteral("LTAI5tNoSuchKey000000000"); break;
    case Breakage::InactiveKey: {
        const AccessKeyCredentials key { QStringLiteral("LTAI5tDisabledKey0000001"), QStringLiteral("s3cret"), {} };
        m_simulator->addAccessKey(SimulatorAccessKey { key, QDateTime(), false });
        c.credentials = key;
        break;
    }
    case Breakage::MissingSignature: c.dropParams = { QStringLiteral("Signature") }; break;
    case Breakage::MissingNonce:
        c.dropParams = { QStringLiteral("SignatureNonce") };
        c.dropHeaders = { "x-acs-signature-nonce" };
        break;
    case Breakage::MissingTimestamp:
        c.dropParams = { QStringLiteral("Timestamp") };
        c.dropHeaders = { "x-acs-date" };
        break;
    case Breakage::MalformedAuthorization: c.authorizationOverride = "ACS3-HMAC-SHA256 Signature=abc"; break;
    case Breakage::UnsignedActionHeader:
        c.authorizationOverride = "ACS3-HMAC-SHA256 Credential=" + c.credentials.accessKeyId.toLatin1()
            + ",SignedHeaders=host;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00";
        break;
    case Breakage::BodyChangedAfterSigning:
        c.method = "POST";
        c.formBody = true;
        c.bodyReplace = { "Lang=en", "Lang=zh" };
        break;
    }
    const ApiResult result = m_client->send(c);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    QVERIFY(!result.message().isEmpty());
    const RecordedRequest recorded = m_simulator->recordedRequests().constLast();
    QCOMPARE(recorded.errorCode, code);
}

void TestSecurityCenterSimulator::signatureMismatchQuotesStringToSign_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("formBody");
    QTest::newRow("v1 get") << SignatureVersion::V1 << QByteArray("GET") << false;
    QTest::newRow("v1 post") << SignatureVersion::V1 << QByteArray("POST") << true;
    QTest::newRow("v3 get") << SignatureVersion::V3 << QByteArray("GET") << false;
    QTest::newRow("v3 post") << SignatureVersion::V3 << QByteArray("POST") << true;
}

void TestSecurityCenterSimulator::signatureMismatchQuotesStringToSign()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    QFETCH(bool, formBody);
    ApiCall c = call(listAction,
                     { { QStringLiteral("Lang"), QStringLiteral("en") },
                       { QStringLiteral("Title"), QStringLiteral("周报 & more") } },
                     version);
    c.method = method;
    c.formBody = formBody;
    c.signingSecret = QStringLiteral("not-the-secret");
    const ApiResult result = m_client->send(c);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("SignatureDoesNotMatch"));
    // The server's string to sign equals the client's: only the key differed.
    QVERIFY2(result.message().endsWith(QString::fromUtf8(result.stringToSign)), qPrintable(result.message()));
}

void TestSecurityCenterSimulator::nonceReuse_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v1") << SignatureVersion::V1;
    QTest::newRow("v3") << SignatureVersion::V3;
}

void TestSecurityCenterSimulator::nonceReuse()
{
    QFETCH(SignatureVersion, version);
    ApiCall c = call(listAction, {}, version);
    c.nonce = QStringLiteral("fixed-nonce-") + signatureVersionName(version);
    QCOMPARE(m_client->send(c).status, 200);
    const ApiResult again = m_client->send(c);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), QStringLiteral("SignatureNonceUsed"));
}

void TestSecurityCenterSimulator::stsToken_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("sentToken");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const SignatureVersion v : { SignatureVersion::V1, SignatureVersion::V3 }) {
        const QByteArray p = signatureVersionName(v).toLatin1() + ' ';
        QTest::newRow(QByteArray(p + "right token").constData())
            << v << QStringLiteral("token-1") << false << 200 << QString();
        QTest::newRow(QByteArray(p + "no token").constData())
            << v << QString() << false << 400 << QStringLiteral("MissingSecurityToken");
        QTest::newRow(QByteArray(p + "wrong token").constData())
            << v << QStringLiteral("token-2") << false << 400
            << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey");
        QTest::newRow(QByteArray(p + "expired").constData())
            << v << QStringLiteral("token-1") << true << 400 << QStringLiteral("InvalidSecurityToken.Expired");
    }
}

void TestSecurityCenterSimulator::stsToken()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, sentToken);
    QFETCH(bool, expired);
    QFETCH(int, status);
    QFETCH(QString, code);
    const AccessKeyCredentials sts { QStringLiteral("STS.NUxDemoStsKey0001"), QStringLiteral("sts-secret"),
                                     QStringLiteral("token-1") };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_simulator->addAccessKey(sts, expired ? now.addSecs(-60) : now.addSecs(3600));
    ApiCall c = call(listAction, {}, version);
    c.credentials = sts;
    c.credentials.securityToken = sentToken;
    const ApiResult result = m_client->send(c);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    const RecordedRequest recorded = m_simulator->recordedRequests().constLast();
    QCOMPARE(recorded.hasSecurityToken, !sentToken.isEmpty());
    // The token never lands in the record.
    for (const QString &value : recorded.params)
        QVERIFY(!value.contains(QStringLiteral("token-")));
    for (const auto &header : recorded.headers)
        QVERIFY(!header.second.contains("token-"));
}

void TestSecurityCenterSimulator::errorBodyShape()
{
    const ApiResult result = m_client->send(call(QStringLiteral("NoSuchAction")));
    QCOMPARE(result.status, 404);
    const QStringList fields = result.json.keys();
    for (const char *name : { "RequestId", "HostId", "Code", "Message", "Recommend" })
        QVERIFY2(fields.contains(QLatin1String(name)), name);
    const QString requestId = result.json.value(QStringLiteral("RequestId")).toString();
    QCOMPARE(QUuid::fromString(requestId).isNull(), false);
    const QString recommend = result.json.value(QStringLiteral("Recommend")).toString();
    QVERIFY(recommend.startsWith(QStringLiteral("https://api.aliyun.com/troubleshoot?q=InvalidAction.NotFound")));
    QVERIFY(recommend.contains(QStringLiteral("product=Sas")));
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QVERIFY(!result.header("Date").isEmpty());
}

void TestSecurityCenterSimulator::langInMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("english");
    QTest::newRow("en") << QStringLiteral("en") << true;
    QTest::newRow("zh") << QStringLiteral("zh") << false;
    QTest::newRow("absent: zh") << QString() << false;
}

void TestSecurityCenterSimulator::langInMessages()
{
    QFETCH(QString, lang);
    QFETCH(bool, english);
    QMap<QString, QString> params = { { QStringLiteral("ExportId"), QStringLiteral("424242") } };
    if (!lang.isEmpty())
        params.insert(QStringLiteral("Lang"), lang);
    for (const SignatureVersion v : { SignatureVersion::V1, SignatureVersion::V3 }) {
        const ApiResult result = m_client->send(call(describeAction, params, v));
        QCOMPARE(result.code(), QStringLiteral("IllegalParam"));
        const QString message = result.message();
        const bool hasChinese = std::any_of(message.cbegin(), message.cend(),
                                            [](QChar ch) { return ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF; });
        QCOMPARE(hasChinese, !english);
        QVERIFY(message.contains(QStringLiteral("424242")));
    }
}

void TestSecurityCenterSimulator::throttlingAndServerErrors_data()
{
    QTest::addColumn<bool>("throttle");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("throttling") << true << 0 << 400 << QStringLiteral("Throttling.User");
    QTest::newRow("throttling, retry after") << true << 1500 << 400 << QStringLiteral("Throttling.User");
    QTest::newRow("503") << false << 0 << 503 << QStringLiteral("ServiceUnavailable");
    QTest::newRow("503, retry after") << false << 250 << 503 << QStringLiteral("ServiceUnavailable");
}

void TestSecurityCenterSimulator::throttlingAndServerErrors()
{
    QFETCH(bool, throttle);
    QFETCH(int, retryAfterMs);
    QFETCH(int, status);
    QFETCH(QString, code);
    if (throttle)
        m_simulator->throttleNext(2);
    else
        m_simulator->failNext(2);
    m_simulator->setRetryAfterMs(retryAfterMs);
    for (int i = 0; i < 2; ++i) {
        const ApiResult result = m_client->send(call(listAction));
        QCOMPARE(result.status, status);
        QCOMPARE(result.code(), code);
        QCOMPARE(result.header("x-acs-retry-after"),
                 retryAfterMs > 0 ? QByteArray::number(retryAfterMs) : QByteArray());
    }
    QCOMPARE(m_client->send(call(listAction)).status, 200);
}

void TestSecurityCenterSimulator::malformedJson()
{
    m_simulator->malformedJsonNext(1);
    const ApiResult broken = m_client->send(call(listAction));
    QCOMPARE(broken.status, 200);
    QVERIFY(!broken.body.isEmpty());
    QVERIFY(!broken.jsonValid);
    QVERIFY(m_client->send(call(listAction)).jsonValid);
}

void TestSecurityCenterSimulator::htmlPage()
{
    m_simulator->htmlPageNext(1);
    const ApiResult page = m_client->send(call(listAction));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("<html>"));
    QVERIFY(!page.jsonValid);
    QVERIFY(m_client->send(call(listAction)).jsonValid);
}

void TestSecurityCenterSimulator::cutApiBody()
{
    m_simulator->cutApiNext(1);
    const ApiResult cut = m_client->send(call(listAction));
    QVERIFY(cut.error != QNetworkReply::NoError);
    const ApiResult whole = m_client->send(call(listAction));
    QCOMPARE(whole.error, QNetworkReply::NoError);
    QVERIFY(whole.jsonValid);
}

void TestSecurityCenterSimulator::slowResponses()
{
    m_simulator->setDelayMs(5000);
    const ApiResult late = m_client->send(call(listAction), 300);
    QCOMPARE(late.error, QNetworkReply::OperationCanceledError);
    m_simulator->setDelayMs(0);
    QCOMPARE(m_client->send(call(listAction), 5000).status, 200);
}

void TestSecurityCenterSimulator::recordsWhatWasSent()
{
    QSignalSpy recorded(m_simulator.get(), &Simulator::requestRecorded);
    ApiCall c = call(listAction, { { QStringLiteral("Lang"), QStringLiteral("zh") } }, SignatureVersion::V1);
    QCOMPARE(m_client->send(c).status, 200);
    QCOMPARE(recorded.count(), 1);
    const RecordedRequest r = m_simulator->recordedRequests().constLast();
    QCOMPARE(r.signatureVersion, QStringLiteral("v1"));
    QCOMPARE(r.accessKeyId, Simulator::demoCredentials().accessKeyId);
    QCOMPARE(r.apiVersion, QStringLiteral("2018-12-03"));
    QCOMPARE(r.params.value(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
    QVERIFY(!r.header("user-agent").isEmpty());
    m_simulator->clearRecords();
    QVERIFY(m_simulator->recordedRequests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecurityCenterSimulator)
#include "tst_SecurityCenterSimulator.moc"
