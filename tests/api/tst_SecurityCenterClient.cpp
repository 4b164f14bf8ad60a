#include "ClientTestSupport.h"

#include "api/ApiErrorText.h"
#include "common/RequestLog.h"
#include "signing/PercentEncoding.h"
#include "signing/SignerV1.h"
#include "signing/SignerV3.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

using Params = QMap<QString, QString>;

Params decodedQuery(const ScriptedRequest &request)
{
    Params params;
    const QList<QByteArray> pairs = request.rawQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        params.insert(PercentEncoding::decode(pair.left(eq)),
                      PercentEncoding::decode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    return params;
}

// Recomputes the V3 signature from what arrived on the wire, with the signer's building blocks.
QByteArray expectedV3Signature(const ScriptedRequest &request, const QString &secret, QByteArray *signedHeaders)
{
    SignerV3::Request signing;
    signing.method = request.method;
    signing.path = request.path;
    signing.query = decodedQuery(request);
    signing.body = request.body;
    for (const auto &header : request.headers) {
        if (header.first == "host" || header.first == "content-type" || header.first.startsWith("x-acs-"))
            signing.headers.insert(header.first, header.second);
    }
    *signedHeaders = SignerV3::signedHeaders(signing);
    return SignerV3::signature(SignerV3::stringToSign(SignerV3::canonicalRequest(signing)), secret);
}

QByteArray expectedV1Signature(const ScriptedRequest &request, const QString &secret)
{
    Params params = decodedQuery(request);
    params.remove(QStringLiteral("Signature"));
    return SignerV1::signature(SignerV1::stringToSign(request.method, params), secret);
}

QString nonceOf(const ScriptedRequest &request)
{
    if (request.hasHeader("x-acs-signature-nonce"))
        return QString::fromLatin1(request.header("x-acs-signature-nonce"));
    return request.queryValue(QStringLiteral("SignatureNonce"));
}

ApiReply *call(SecurityCenterClient *client, ApiReply::Operation operation)
{
    switch (operation) {
    case ApiReply::Operation::DescribeCustomizeReportList: return client->describeCustomizeReportList();
    case ApiReply::Operation::ExportCustomizeReport: return client->exportCustomizeReport(42, ExportType::Pdf);
    case ApiReply::Operation::DescribeReportExport: break;
    }
    return client->describeReportExport(7);
}

QByteArray okBodyFor(ApiReply::Operation operation)
{
    switch (operation) {
    case ApiReply::Operation::DescribeCustomizeReportList: return ClientHarness::reportListBody();
    case ApiReply::Operation::ExportCustomizeReport: return ClientHarness::exportStartedBody();
    case ApiReply::Operation::DescribeReportExport: break;
    }
    return ClientHarness::exportStatusBody();
}

const QRegularExpression isoTime(QString::fromUtf8(R"j(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)j"));
const QRegularExpression uuid(QString::fromUtf8(R"j(^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)j"));

} // namespace

Q_DECLARE_METATYPE(ApiReply::Operation)
Q_DECLARE_METATYPE(SignatureVersion)
Q_DECLARE_METATYPE(ApiError::Kind)

class TestSecurityCenterClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requests_data();
    void v3Request();
    void v3Request_data() { requests_data(); }
    void v1Request();
    void v1Request_data() { requests_data(); }
    void stsToken_data();
    void stsToken();
    void langFollowsTheSettingAtCallTime();
    void results();
    void retriesWithFreshNonces_data();
    void retriesWithFreshNonces();
    void givesUpAfterMaxRetries();
    void noRetryOnOtherErrors_data();
    void noRetryOnOtherErrors();
    void backoffFollowsThePolicy();
    void honoursRetryAfter();
    void cancelDuringBackoff();
    void cancelInFlight();
    void cancelAfterFinishIsNoop();
    void transferTimeout();
    void oversizedAnswerAborted_data();
    void oversizedAnswerAborted();
    void drippingAnswerHitsTheTotalLimit();
    void clockSkewCorrected_data();
    void clockSkewCorrected();
    void clockSkewStillFailing();
    void clockSkewWithoutDateHeader();
    void refusesEndpoint_data();
    void refusesEndpoint();
    void loopbackHttpAllowed();
    void refusesMissingCredentialsAndIds();
    void malformedAnswers_data();
    void malformedAnswers();
    void redirectNotFollowed();
    void connectionRefused();
    void requestLogNeverLeaksSecrets_data();
    void requestLogNeverLeaksSecrets();
    void requestLogKeepsEarlierSecretsAndSeesThroughEscapes();
    void userAgent();
    void deletingAReplyStopsItsCall();
    void deletingTheClientStopsEverything();

private:
    void outlastBackoff(const RetryPolicy &policy);
    std::unique_ptr<ClientHarness> h;
};

void TestSecurityCenterClient::init()
{
    h = std::make_unique<ClientHarness>();
    QVERIFY(h->server.isListening());
}

void TestSecurityCenterClient::cleanup()
{
    h.reset();
}

void TestSecurityCenterClient::requests_data()
{
    QTest::addColumn<ApiReply::Operation>("operation");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Params>("business");
    QTest::newRow("list") << ApiReply::Operation::DescribeCustomizeReportList
                          << QStringLiteral("DescribeCustomizeReportList")
                          << Params { { QStringLiteral("Lang"), QStringLiteral("zh") } };
    QTest::newRow("export") << ApiReply::Operation::ExportCustomizeReport << QStringLiteral("ExportCustomizeReport")
                            << Params { { QStringLiteral("Lang"), QStringLiteral("zh") },
                                        { QStringLiteral("ReportId"), QStringLiteral("42") },
                                        { QStringLiteral("ExportType"), QStringLiteral("PDF") } };
    QTest::newRow("status") << ApiReply::Operation::DescribeReportExport << QStringLiteral("DescribeReportExport")
                            << Params { { QStringLiteral("Lang"), QStringLiteral("zh") },
                                        { QStringLiteral("ExportId"), QStringLiteral("7") } };
}

void TestSecurityCenterClient::v3Request()
{
    QFETCH(ApiReply::Operation, operation);
    QFETCH(QString, action);
    QFETCH(Params, business);
    h->server.enqueueJson(okBodyFor(operation));
    ApiReply *reply = call(h->client.get(), operation);
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
    QCOMPARE(h->server.requestCount(), 1);

    const ScriptedRequest r = h->server.lastRequest();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, QByteArrayLiteral("/"));
    QVERIFY(r.body.isEmpty());
    // An empty POST: Content-Length 0 and no unsigned Content-Type slipped in by Qt.
    QCOMPARE(r.header("content-length"), QByteArrayLiteral("0"));
    QVERIFY(!r.hasHeader("content-type"));
    QCOMPARE(decodedQuery(r), business);
    // The bytes on the wire are the canonical query the signature covers.
    QCOMPARE(r.rawQuery, PercentEncoding::canonicalQuery(business));
    QCOMPARE(r.header("host"), QStringLiteral("127.0.0.1:%1").arg(h->server.port()).toLatin1());
    QCOMPARE(r.header("x-acs-action"), action.toLatin1());
    QCOMPARE(r.header("x-acs-version"), QByteArrayLiteral("2018-12-03"));
    QVERIFY(isoTime.match(QString::fromLatin1(r.header("x-acs-date"))).hasMatch());
    QVERIFY(uuid.match(QString::fromLatin1(r.header("x-acs-signature-nonce"))).hasMatch());
    QCOMPARE(r.header("x-acs-content-sha256"), QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
    QVERIFY(!r.hasHeader("x-acs-security-token"));

    QString keyId;
    QByteArray signedHeaders;
    QByteArray signature;
    QVERIFY(SignerV3::parseAuthorization(r.header("authorization"), &keyId, &signedHeaders, &signature));
    QCOMPARE(keyId, ClientHarness::credentials().accessKeyId);
    QByteArray expectedSignedHeaders;
    QCOMPARE(signature, expectedV3Signature(r, ClientHarness::credentials().accessKeySecret, &expectedSignedHeaders));
    QCOMPARE(signedHeaders, expectedSignedHeaders);
    QVERIFY(signedHeaders.contains("host;"));
}

void TestSecurityCenterClient::v1Request()
{
    QFETCH(ApiReply::Operation, operation);
    QFETCH(QString, action);
    QFETCH(Params, business);
    h->client->setSignatureVersion(SignatureVersion::V1);
    h->server.enqueueJson(okBodyFor(operation));
    ApiReply *reply = call(h->client.get(), operation);
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));

    const ScriptedRequest r = h->server.lastRequest();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.hasHeader("authorization"));
    const Params params = decodedQuery(r);
    for (auto it = business.cbegin(); it != business.cend(); ++it)
        QCOMPARE(params.value(it.key()), it.value());
    QCOMPARE(params.value(QStringLiteral("Action")), action);
    QCOMPARE(params.value(QStringLiteral("Version")), QStringLiteral("2018-12-03"));
    QCOMPARE(params.value(QStringLiteral("Format")), QStringLiteral("JSON"));
    QCOMPARE(params.value(QStringLiteral("AccessKeyId")), ClientHarness::credentials().accessKeyId);
    QCOMPARE(params.value(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
    QCOMPARE(params.value(QStringLiteral("SignatureVersion")), QStringLiteral("1.0"));
    QVERIFY(uuid.match(params.value(QStringLiteral("SignatureNonce"))).hasMatch());
    QVERIFY(isoTime.match(params.value(QStringLiteral("Timestamp"))).hasMatch());
    QVERIFY(!params.contains(QStringLiteral("SecurityToken")));
    QCOMPARE(params.size(), business.size() + 9);
    QCOMPARE(params.value(QStringLiteral("Signature")).toLatin1(),
             expectedV1Signature(r, ClientHarness::credentials().accessKeySecret));
}

void TestSecurityCenterClient::stsToken_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v3") << SignatureVersion::V3;
    QTest::newRow("v1") << SignatureVersion::V1;
}

void TestSecurityCenterClient::stsToken()
{
    QFETCH(SignatureVersion, version);
    const AccessKeyCredentials sts = ClientHarness::credentials(true);
    h->client->setCredentials(sts);
    h->client->setSignatureVersion(version);
    h->server.enqueueJson(ClientHarness::exportStatusBody());
    ApiReply *reply = h->client->describeReportExport(5);
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY(!reply->error().isError());
    const ScriptedRequest r = h->server.lastRequest();
    if (version == SignatureVersion::V3) {
        QCOMPARE(r.header("x-acs-security-token"), sts.securityToken.toLatin1());
        QByteArray signedHeaders;
        QByteArray signature;
        QVERIFY(SignerV3::parseAuthorization(r.header("authorization"), nullptr, &signedHeaders, &signature));
        QVERIFY(signedHeaders.contains("x-acs-security-token"));
        QByteArray expectedNames;
        QCOMPARE(signature, expectedV3Signature(r, sts.accessKeySecret, &expectedNames));
    } else {
        QCOMPARE(r.queryValue(QStringLiteral("SecurityToken")), sts.securityToken);
        QCOMPARE(r.queryValue(QStringLiteral("Signature")).toLatin1(), expectedV1Signature(r, sts.accessKeySecret));
    }
}

void TestSecurityCenterClient::langFollowsTheSettingAtCallTime()
{
    h->server.enqueueJson(ClientHarness::reportListBody());
    h->server.enqueueJson(ClientHarness::reportListBody());
    h->language.setLanguage(QStringLiteral("en"));
    ApiReply *first = h->client->describeCustomizeReportList();
    h->language.setLanguage(QStringLiteral("zh"));
    ApiReply *second = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(first));
    QVERIFY(ClientHarness::finishes(second));
    QCOMPARE(h->server.requestCount(), 2);
    QSet<QString> langs;
    for (const ScriptedRequest &r : h->server.requests())
        langs.insert(r.queryValue(QStringLiteral("Lang")));
    QCOMPARE(langs, (QSet<QString> { QStringLiteral("en"), QStringLiteral("zh") }));
}

void TestSecurityCenterClient::results()
{
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *list = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(list));
    QCOMPARE(list->reports().size(), 2);
    QCOMPARE(list->reports().at(0).reportId, 377665);
    QCOMPARE(list->reports().at(1).reportId, 12);
    QVERIFY(list->reports().at(0).supportsPdf());
    QCOMPARE(list->requestId(), QStringLiteral("REQ-LIST"));

    h->server.enqueueJson(ClientHarness::exportStartedBody(9001));
    ApiReply *started = h->client->exportCustomizeReport(377665, ExportType::Html);
    QVERIFY(ClientHarness::finishes(started));
    QCOMPARE(started->exportInfo().exportId, 9001);
    QCOMPARE(started->exportInfo().status, ExportStatus::Exporting);
    QCOMPARE(started->exportInfo().fileName, QStringLiteral("weekly_2026.html"));
    QCOMPARE(h->server.lastRequest().queryValue(QStringLiteral("ExportType")), QStringLiteral("HTML"));

    h->server.enqueueJson(ClientHarness::exportStatusBody("2"));
    ApiReply *status = h->client->describeReportExport(2);
    QVERIFY(ClientHarness::finishes(status));
    QCOMPARE(status->exportInfo().status, ExportStatus::Succeeded);
    QCOMPARE(status->exportInfo().urlExpiresAt.toMSecsSinceEpoch(), 1660113647000);
    // The signed URL arrives exactly as sent: re-encoding would break its signature.
    QCOMPARE(status->exportInfo().downloadUrl.toString(QUrl::FullyEncoded),
             QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/r/x.html?Expires=1671448125&"
                            "OSSAccessKeyId=LTAIossKey&Signature=abc%2Bdef%3D"));
    QCOMPARE(status->attempts(), 1);
}

void TestSecurityCenterClient::retriesWithFreshNonces_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<ScriptedResponse>("failure");
    const QList<int> statuses { 408, 429, 500, 502, 503, 504 };
    for (int status : statuses) {
        QTest::addRow("v3 http %d", status)
            << SignatureVersion::V3 << ScriptedResponse::json(ClientHarness::errorBody("ServerError"), status);
    }
    QTest::newRow("v3 html 502") << SignatureVersion::V3
                                 << ScriptedResponse::withBody("<html>Bad gateway</html>", "text/html", 502);
    QTest::newRow("v3 Throttling.User 400")
        << SignatureVersion::V3 << ScriptedResponse::json(ClientHarness::errorBody("Throttling.User"), 400);
    QTest::newRow("v1 Throttling 400") << SignatureVersion::V1
                                       << ScriptedResponse::json(ClientHarness::errorBody("Throttling"), 400);
    QTest::newRow("v1 http 503") << SignatureVersion::V1
                                 << ScriptedResponse::json(ClientHarness::errorBody("ServiceUnavailable"), 503);
    ScriptedResponse cut = ScriptedResponse::json(ClientHarness::reportListBody());
    cut.cutAfterBodyBytes = 10;
    QTest::newRow("v3 connection cut") << SignatureVersion::V3 << cut;
}

void TestSecurityCenterClient::retriesWithFreshNonces()
{
    QFETCH(SignatureVersion, version);
    QFETCH(ScriptedResponse, failure);
    h->client->setSignatureVersion(version);
    for (int i = 0; i < 3; ++i)
        h->server.enqueue(failure);
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
    QCOMPARE(reply->attempts(), 4);
    QCOMPARE(h->server.requestCount(), 4);
    QSet<QString> nonces;
    for (const ScriptedRequest &r : h->server.requests()) {
        nonces.insert(nonceOf(r));
        // Every attempt is signed afresh, and correctly.
        if (version == SignatureVersion::V1) {
            QCOMPARE(r.queryValue(QStringLiteral("Signature")).toLatin1(),
                     expectedV1Signature(r, ClientHarness::credentials().accessKeySecret));
        } else {
            QByteArray names;
            QByteArray signature;
            QVERIFY(SignerV3::parseAuthorization(r.header("authorization"), nullptr, nullptr, &signature));
            QCOMPARE(signature, expectedV3Signature(r, ClientHarness::credentials().accessKeySecret, &names));
        }
    }
    QCOMPARE(nonces.size(), 4);
}

void TestSecurityCenterClient::givesUpAfterMaxRetries()
{
    for (int i = 0; i < 4; ++i)
        h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("ServiceUnavailable"), 503));
    h->server.enqueueJson(ClientHarness::reportListBody()); // must never be reached
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Service);
    QCOMPARE(reply->error().code, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(reply->error().httpStatus, 503);
    QCOMPARE(reply->error().requestId, QStringLiteral("REQ-ERR"));
    QCOMPARE(reply->attempts(), 4);
    QCOMPARE(h->server.requestCount(), 4);
}

void TestSecurityCenterClient::noRetryOnOtherErrors_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    const auto service
        = [](const char *code, int status) { return ScriptedResponse::json(ClientHarness::errorBody(code), status); };
    QTest::newRow("NoPermission") << service("NoPermission", 403) << ApiError::Kind::Service
                                  << QStringLiteral("NoPermission");
    QTest::newRow("SignatureDoesNotMatch")
        << service("SignatureDoesNotMatch", 400) << ApiError::Kind::Service << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << service("InvalidAccessKeyId.NotFound", 404) << ApiError::Kind::Service
        << QStringLiteral("InvalidAccessKeyId.NotFound");
    QTest::newRow("InvalidParameter") << service("InvalidParameter", 400) << ApiError::Kind::Service
                                      << QStringLiteral("InvalidParameter");
    QTest::newRow("SignatureNonceUsed") << service("SignatureNonceUsed", 400) << ApiError::Kind::Service
                                        << QStringLiteral("SignatureNonceUsed");
    QTest::newRow("html 200") << ScriptedResponse::withBody("<html>login</html>", "text/html")
                              << ApiError::Kind::MalformedResponse << QString();
    QTest::newRow("http 404 page") << ScriptedResponse::withBody("not found", "text/plain", 404)
                                   << ApiError::Kind::MalformedResponse << QString();
}

void TestSecurityCenterClient::noRetryOnOtherErrors()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    h->server.enqueue(response);
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().kind, kind);
    QCOMPARE(reply->error().code, code);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(h->server.requestCount(), 1);
}

void TestSecurityCenterClient::backoffFollowsThePolicy()
{
    RetryPolicy policy(3, 10, 25);
    policy.setRandomSource([] { return 0.9999; }); // the top of each full-jitter range
    h->client->setRetryPolicy(policy);
    RequestLog log;
    QSignalSpy lines(&log, &RequestLog::lineWritten);
    h->client->setRequestLog(&log);
    for (int i = 0; i < 3; ++i)
        h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("ServerError"), 500));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY(!reply->error().isError());
    QCOMPARE(lines.count(), 4);
    // 10 ms, 20 ms, then capped at 25 ms.
    QVERIFY(lines.at(0).at(0).toString().contains(QLatin1String("retry in 10 ms")));
    QVERIFY(lines.at(1).at(0).toString().contains(QLatin1String("retry in 20 ms")));
    QVERIFY(lines.at(2).at(0).toString().contains(QLatin1String("retry in 25 ms")));
    QVERIFY(lines.at(3).at(0).toString().contains(QLatin1String("status=200")));
}

void TestSecurityCenterClient::honoursRetryAfter()
{
    RequestLog log;
    QSignalSpy lines(&log, &RequestLog::lineWritten);
    h->client->setRequestLog(&log);
    h->server.enqueue(
        ScriptedResponse::json(ClientHarness::errorBody("Throttling.Api"), 400).header("x-acs-retry-after", "300"));
    h->server.enqueueJson(ClientHarness::reportListBody());
    QElapsedTimer timer;
    timer.start();
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY(!reply->error().isError());
    QCOMPARE(h->server.requestCount(), 2);
    QVERIFY(lines.at(0).at(0).toString().contains(QLatin1String("retry in 300 ms")));
    // The policy alone would have waited at most 1 ms; coarse timers may fire up to 5% early.
    QVERIFY(timer.elapsed() >= 280);
}

void TestSecurityCenterClient::cancelDuringBackoff()
{
    RetryPolicy slow(3, 150, 150);
    slow.setRandomSource([] { return 0.9999; });
    h->client->setRetryPolicy(slow);
    RequestLog log;
    QSignalSpy lines(&log, &RequestLog::lineWritten);
    h->client->setRequestLog(&log);
    h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("ServerError"), 500));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(lines.wait()); // the first attempt failed; the retry waits 150 ms
    QVERIFY(lines.at(0).at(0).toString().contains(QLatin1String("retry in 150 ms")));
    reply->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    // Past the backoff nothing more may be sent: another client with the same
    // policy, started after the cancel, backs off once; when it is done the
    // cancelled call's retry (due earlier) would have gone out.
    outlastBackoff(slow);
    QCOMPARE(h->server.requestCount(), 1);
    QCOMPARE(finished.count(), 1);
}

void TestSecurityCenterClient::outlastBackoff(const RetryPolicy &policy)
{
    ClientHarness probe;
    probe.client->setRetryPolicy(policy);
    probe.server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("ServerError"), 500));
    probe.server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = probe.client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(probe.server.requestCount(), 2);
    reply->deleteLater();
}

void TestSecurityCenterClient::cancelInFlight()
{
    ScriptedResponse slow = ScriptedResponse::json(ClientHarness::reportListBody());
    slow.delayMs = 5000;
    h->server.enqueue(slow);
    QSignalSpy received(&h->server, &ScriptedHttpServer::requestReceived);
    QSignalSpy disconnected(&h->server, &ScriptedHttpServer::clientDisconnected);
    ApiReply *reply = h->client->describeCustomizeReportList();
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(received.wait());
    reply->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(reply->isFinished());
    QVERIFY(disconnected.wait()); // the connection was really aborted
    QCOMPARE(finished.count(), 1);
}

void TestSecurityCenterClient::cancelAfterFinishIsNoop()
{
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QSignalSpy finished(reply, &ApiReply::finished);
    reply->cancel();
    QCOMPARE(finished.count(), 0);
    QVERIFY(!reply->error().isError());
}

void TestSecurityCenterClient::transferTimeout()
{
    h->client->setTransferTimeout(200);
    QCOMPARE(h->client->transferTimeout(), 200);
    ScriptedResponse silent = ScriptedResponse::json(ClientHarness::reportListBody());
    silent.delayMs = 3000;
    h->server.enqueue(silent);
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(h->server.requestCount(), 1); // a timeout is not retried
    QCOMPARE(ApiErrorText::category(reply->error()), ApiErrorText::Category::Timeout);
}

void TestSecurityCenterClient::oversizedAnswerAborted_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length over the cap") << true;
    QTest::newRow("body over the cap") << false;
}

void TestSecurityCenterClient::oversizedAnswerAborted()
{
    QFETCH(bool, announced);
    h->client->setResponseLimits(64 * 1024, 60000);
    // A JSON answer that would parse if read whole.
    const QByteArray body = "{\"RequestId\":\"R\",\"Pad\":\"" + QByteArray(200 * 1024, 'x') + "\"}";
    ScriptedResponse big = ScriptedResponse::json(body);
    if (announced) {
        big.declaredContentLength = 1LL << 40;
        big.cutAfterBodyBytes = 1024;
        big.stallInsteadOfCut = true;
    } else {
        big.chunkBytes = 16 * 1024;
        big.chunkIntervalMs = 5;
    }
    h->server.enqueue(big);
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().code, QStringLiteral("ReportDesk.ResponseTooLarge"));
    QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(reply->error().message.contains(QLatin1String("larger than")), qPrintable(reply->error().message));
    const QString shown = ApiErrorText::fullText(reply->error(), reply->operation());
    QVERIFY2(shown.contains(QLatin1String("larger than ReportDesk accepts")), qPrintable(shown));
    QCOMPARE(h->server.requestCount(), 1);
}

// Each chunk arrives well within the transfer timeout; the whole never ends in time.
void TestSecurityCenterClient::drippingAnswerHitsTheTotalLimit()
{
    h->client->setTransferTimeout(5000);
    h->client->setResponseLimits(1 << 20, 600);
    ScriptedResponse drip = ScriptedResponse::json(ClientHarness::reportListBody());
    drip.chunkBytes = 1;
    drip.chunkIntervalMs = 100;
    h->server.enqueue(drip);
    QElapsedTimer clock;
    clock.start();
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().code, QStringLiteral("ReportDesk.ResponseTooSlow"));
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QVERIFY2(reply->error().message.contains(QLatin1String("did not finish")), qPrintable(reply->error().message));
    const QString shown = ApiErrorText::fullText(reply->error(), reply->operation());
    QVERIFY2(shown.contains(QLatin1String("kept arriving for too long")), qPrintable(shown));
    QVERIFY(clock.elapsed() < 4000);
    QCOMPARE(h->server.requestCount(), 1);
}

void TestSecurityCenterClient::clockSkewCorrected_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<int>("skewMinutes"); // computer minus service
    QTest::newRow("v3 behind") << SignatureVersion::V3 << -30;
    QTest::newRow("v3 ahead") << SignatureVersion::V3 << 20;
    QTest::newRow("v1 behind") << SignatureVersion::V1 << -45;
}

void TestSecurityCenterClient::clockSkewCorrected()
{
    QFETCH(SignatureVersion, version);
    QFETCH(int, skewMinutes);
    const QDateTime server(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
    const QDateTime local = server.addSecs(skewMinutes * 60);
    h->client->setClock([local] { return local; });
    h->client->setSignatureVersion(version);
    h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("InvalidTimeStamp.Expired"), 400)
                          .header("Date", "Sat, 28 Nov 2026 10:00:00 GMT"));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
    QCOMPARE(h->server.requestCount(), 2);
    QCOMPARE(h->client->clockOffsetMs(), qint64(-skewMinutes) * 60 * 1000);

    const auto signedTime = [version](const ScriptedRequest &r) {
        return version == SignatureVersion::V3 ? QString::fromLatin1(r.header("x-acs-date"))
                                               : r.queryValue(QStringLiteral("Timestamp"));
    };
    QCOMPARE(signedTime(h->server.requests().at(0)), local.toString(Qt::ISODate));
    QCOMPARE(signedTime(h->server.requests().at(1)), QStringLiteral("2026-11-28T10:00:00Z"));
    QVERIFY(nonceOf(h->server.requests().at(0)) != nonceOf(h->server.requests().at(1)));

    // Later calls start with the corrected time.
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *next = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(next));
    QCOMPARE(signedTime(h->server.lastRequest()), QStringLiteral("2026-11-28T10:00:00Z"));
}

void TestSecurityCenterClient::clockSkewStillFailing()
{
    const QDateTime local(QDate(2026, 11, 28), QTime(9, 30, 0), Qt::UTC);
    h->client->setClock([local] { return local; });
    for (int i = 0; i < 3; ++i) {
        h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("InvalidTimeStamp.Expired"), 400)
                              .header("Date", "Sat, 28 Nov 2026 10:00:00 GMT"));
    }
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(h->server.requestCount(), 2); // one corrected retry, no more
    QCOMPARE(reply->error().code, QStringLiteral("InvalidTimeStamp.Expired"));
    QCOMPARE(reply->error().clockSkewMinutes, -30);
    QCOMPARE(reply->error().detail, QStringLiteral("clock offset -30 min; service time 2026-11-28T10:00:00Z"));
    QVERIFY(ApiErrorText::isAccountOrConnectionProblem(reply->error()));
    const QString text = ApiErrorText::explanation(reply->error(), reply->operation());
    QVERIFY2(text.contains(QLatin1String("30")), qPrintable(text));
}

void TestSecurityCenterClient::clockSkewWithoutDateHeader()
{
    h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("InvalidTimeStamp.Expired"), 400));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(h->server.requestCount(), 1);
    QCOMPARE(reply->error().code, QStringLiteral("InvalidTimeStamp.Expired"));
    QCOMPARE(reply->error().clockSkewMinutes, 0);
}

void TestSecurityCenterClient::refusesEndpoint_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain http to a public host") << QStringLiteral("http://tds.cn-shanghai.aliyuncs.com/");
    QTest::newRow("plain http to a LAN address") << QStringLiteral("http://192.168.1.10:8080/");
    QTest::newRow("ftp on loopback") << QStringLiteral("ftp://127.0.0.1:%1/");
    QTest::newRow("no host") << QStringLiteral("https:///path");
}

void TestSecurityCenterClient::refusesEndpoint()
{
    QFETCH(QString, url);
    h->client->setEndpoint(
        ApiEndpoint::custom(QUrl(url.contains(QLatin1String("%1")) ? url.arg(h->server.port()) : url)));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(!reply->isFinished()); // finished() comes later, so the caller can connect first
    QVERIFY(finished.wait());
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(reply->error().code, ApiError::invalidEndpointCode());
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(h->server.requestCount(), 0);
}

void TestSecurityCenterClient::loopbackHttpAllowed()
{
    QUrl url = h->server.baseUrl();
    url.setHost(QStringLiteral("localhost"));
    h->client->setEndpoint(ApiEndpoint::custom(url));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
    QCOMPARE(h->server.lastRequest().header("host"), QStringLiteral("localhost:%1").arg(h->server.port()).toLatin1());
}

void TestSecurityCenterClient::refusesMissingCredentialsAndIds()
{
    ApiReply *badReport = h->client->exportCustomizeReport(0, ExportType::Html);
    ApiReply *badExport = h->client->describeReportExport(-5);
    h->client->setCredentials({});
    QVERIFY(!h->client->hasCredentials());
    ApiReply *noKey = h->client->describeCustomizeReportList();
    for (ApiReply *reply : { badReport, badExport, noKey }) {
        QVERIFY(ClientHarness::finishes(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(reply->attempts(), 0);
    }
    QCOMPARE(badReport->error().code, ApiError::invalidIdCode());
    QCOMPARE(badExport->error().code, ApiError::invalidIdCode());
    QCOMPARE(noKey->error().code, ApiError::missingCredentialsCode());
    QCOMPARE(h->server.requestCount(), 0);
}

void TestSecurityCenterClient::malformedAnswers_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("detailStart");
    QTest::newRow("empty 200") << ScriptedResponse::json({}) << 200 << QString();
    QTest::newRow("truncated json") << ScriptedResponse::json(R"j({"ExportId":12,"ExportSta)j") << 200
                                    << QString::fromUtf8(R"j({"ExportId":12)j");
    QTest::newRow("html login page") << ScriptedResponse::withBody("<html><title>Portal</title></html>", "text/html")
                                     << 200 << QStringLiteral("<html><title>Portal");
    QTest::newRow("json array") << ScriptedResponse::json("[1,2,3]") << 200 << QStringLiteral("[1,2,3]");
    QTest::newRow("object without ExportStatus")
        << ScriptedResponse::json(R"j({"RequestId":"R","Foo":1})j") << 200 << QString();
}

void TestSecurityCenterClient::malformedAnswers()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(int, httpStatus);
    QFETCH(QString, detailStart);
    h->server.enqueue(response);
    ApiReply *reply = h->client->describeReportExport(12);
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(reply->error().httpStatus, httpStatus);
    QVERIFY(!reply->error().message.isEmpty());
    QVERIFY2(reply->error().detail.startsWith(detailStart), qPrintable(reply->error().detail));
    QVERIFY(reply->error().detail.size() <= 200);
}

void TestSecurityCenterClient::redirectNotFollowed()
{
    h->server.enqueue(ScriptedResponse::withBody("moved", "text/plain", 302)
                          .header("Location", h->server.url(QStringLiteral("/elsewhere?Signature=x")).toEncoded()));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(h->server.requestCount(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(reply->error().httpStatus, 302);
    QVERIFY(reply->error().message.contains(QLatin1String("/elsewhere")));
    QVERIFY(!reply->error().message.contains(QLatin1String("Signature=x")));
}

void TestSecurityCenterClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    h->client->setEndpoint(ApiEndpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Network);
    QCOMPARE(reply->error().networkError, int(QNetworkReply::ConnectionRefusedError));
    QCOMPARE(reply->attempts(), 4); // retried like any transient network error
    QVERIFY(ApiErrorText::isAccountOrConnectionProblem(reply->error()));
}

void TestSecurityCenterClient::requestLogNeverLeaksSecrets_data()
{
    stsToken_data();
}

void TestSecurityCenterClient::requestLogNeverLeaksSecrets()
{
    QFETCH(SignatureVersion, version);
    const AccessKeyCredentials sts = ClientHarness::credentials(true);
    h->client->setCredentials(sts);
    h->client->setSignatureVersion(version);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestLog log;
    log.setDevice(&buffer);
    h->client->setRequestLog(&log);

    // A SignatureDoesNotMatch message echoes the string to sign, token included.
    const QByteArray echoed = "The request signature does not conform. server string to sign is:POST&%2F&"
        + PercentEncoding::encode(QStringLiteral("SecurityToken=") + sts.securityToken);
    h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("ServerError"), 500));
    h->server.enqueueJson(ClientHarness::exportStatusBody());
    h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("SignatureDoesNotMatch", echoed), 400));
    h->server.enqueue(ScriptedResponse::withBody(
        "<html>https://x/y?Signature=abc&SecurityToken=" + sts.securityToken.toLatin1() + "</html>", "text/html"));
    ApiReply *status = h->client->describeReportExport(2);
    QVERIFY(ClientHarness::finishes(status));
    QVERIFY(!status->error().isError());
    ApiReply *refused = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(refused));
    ApiReply *html = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(html));

    const QString text = QString::fromUtf8(buffer.data());
    QCOMPARE(text.count(QLatin1Char('\n')), 4); // one line per attempt
    QStringList forbidden { sts.accessKeySecret, sts.securityToken, QStringLiteral("OSSAccessKeyId"),
                            QStringLiteral("Expires="),
                            QString::fromLatin1(PercentEncoding::encode(sts.securityToken)) };
    for (const ScriptedRequest &r : h->server.requests()) {
        if (version == SignatureVersion::V1) {
            forbidden.append(r.queryValue(QStringLiteral("Signature")));
        } else {
            QByteArray signature;
            QVERIFY(SignerV3::parseAuthorization(r.header("authorization"), nullptr, nullptr, &signature));
            forbidden.append(QString::fromLatin1(signature));
        }
    }
    for (const QString &value : std::as_const(forbidden))
        QVERIFY2(!text.contains(value), qPrintable(value));
    // Error texts handed to the UI are clean too.
    for (ApiReply *reply : { refused, html }) {
        const QString shown = ApiErrorText::fullText(reply->error(), reply->operation());
        QVERIFY2(!shown.contains(sts.securityToken), qPrintable(shown));
        QVERIFY2(!shown.contains(QString::fromLatin1(PercentEncoding::encode(sts.securityToken))), qPrintable(shown));
    }
    QVERIFY(text.contains(QLatin1String("DescribeReportExport POST 127.0.0.1:")));
    QVERIFY(text.contains(QLatin1String("request-id=REQ-STATUS")));
}

// The GUI registers the proxy password with the log before the client gets it;
// the client's own registration must not drop it. A body that is not what the
// client expects is logged as an excerpt: its JSON escapes must not hide a link.
void TestSecurityCenterClient::requestLogKeepsEarlierSecretsAndSeesThroughEscapes()
{
    RequestLog log;
    QSignalSpy lines(&log, &RequestLog::lineWritten);
    log.addSensitiveValues({ QStringLiteral("pw7") });
    h->client->setRequestLog(&log);
    h->client->setCredentials(ClientHarness::credentials(true));
    h->server.enqueue(ScriptedResponse::withBody(
        R"(<p>proxy pw7 {"DownloadUrl":"https:\/\/b.oss-cn-hangzhou.aliyuncs.com\/r\/x.pdf?Expires=1671448125)"
        R"(\u0026OSSAccessKeyId=LTAIossKey\u0026Signature=sigEscaped%2B"}</p>)",
        "text/html"));
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QVERIFY(reply->error().isError());
    QCOMPARE(lines.count(), 1);
    const QString line = lines.at(0).at(0).toString();
    for (const char *fragment : { "pw7", "Expires", "LTAIossKey", "sigEscaped" })
        QVERIFY2(!line.contains(QLatin1String(fragment)), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("x.pdf?[redacted]")), qPrintable(line));
}

void TestSecurityCenterClient::userAgent()
{
    const QString ua = SecurityCenterClient::userAgent();
    QVERIFY2(QRegularExpression(QString::fromUtf8(R"j(^ReportDesk/\d+\.\d+\.\d+ \(Qt \d+\.\d+\.\d+; .+\)$)j"))
                 .match(ua)
                 .hasMatch(),
             qPrintable(ua));
    h->server.enqueueJson(ClientHarness::reportListBody());
    ApiReply *reply = h->client->describeCustomizeReportList();
    QVERIFY(ClientHarness::finishes(reply));
    QCOMPARE(h->server.lastRequest().header("user-agent"), ua.toUtf8());
}

void TestSecurityCenterClient::deletingAReplyStopsItsCall()
{
    ScriptedResponse slow = ScriptedResponse::json(ClientHarness::reportListBody());
    slow.delayMs = 5000;
    h->server.enqueue(slow);
    QSignalSpy received(&h->server, &ScriptedHttpServer::requestReceived);
    QSignalSpy disconnected(&h->server, &ScriptedHttpServer::clientDisconnected);
    ApiReply *inFlight = h->client->describeCustomizeReportList();
    QVERIFY(received.wait());
    delete inFlight; // before finished(): the attempt is aborted, nothing dangles
    QVERIFY(disconnected.wait());

    RetryPolicy slowRetry(3, 100, 100);
    slowRetry.setRandomSource([] { return 0.9999; });
    h->client->setRetryPolicy(slowRetry);
    RequestLog log;
    QSignalSpy lines(&log, &RequestLog::lineWritten);
    h->client->setRequestLog(&log);
    h->server.enqueue(ScriptedResponse::json(ClientHarness::errorBody("ServerError"), 500));
    ApiReply *backingOff = h->client->describeCustomizeReportList();
    QVERIFY(lines.wait());
    QVERIFY(lines.constLast().at(0).toString().contains(QLatin1String("retry in 100 ms")));
    delete backingOff; // during the backoff
    outlastBackoff(slowRetry);
    QCOMPARE(h->server.requestCount(), 2);
}

void TestSecurityCenterClient::deletingTheClientStopsEverything()
{
    ScriptedResponse slow = ScriptedResponse::json(ClientHarness::reportListBody());
    slow.delayMs = 5000;
    h->server.enqueue(slow);
    QSignalSpy received(&h->server, &ScriptedHttpServer::requestReceived);
    QSignalSpy disconnected(&h->server, &ScriptedHttpServer::clientDisconnected);
    QPointer<ApiReply> reply = h->client->describeCustomizeReportList();
    QVERIFY(received.wait());
    h->client.reset();
    QVERIFY(reply.isNull()); // replies are the client's children until the caller takes them
    QVERIFY(disconnected.wait());
}

QTEST_GUILESS_MAIN(TestSecurityCenterClient)
#include "tst_SecurityCenterClient.moc"
