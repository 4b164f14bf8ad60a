#include "api/ApiRequestBuilder.h"

#include "signing/PercentEncoding.h"
#include "signing/SignerV1.h"
#include "signing/SignerV3.h"

#include <QTest>
#include <QUrlQuery>

namespace {

using Params = QMap<QString, QString>;

const QDateTime fixedTime(QDate(2026, 11, 28), QTime(8, 15, 30), Qt::UTC);
const QString fixedNonce = QStringLiteral("3f2a0d4e-9a1b-4c7e-8d55-0123456789ab");

AccessKeyCredentials credentials(bool sts)
{
    AccessKeyCredentials c;
    c.accessKeyId = QStringLiteral("AKID");
    c.accessKeySecret = QStringLiteral("secret+/=");
    if (sts)
        c.securityToken = QStringLiteral("token value/+");
    return c;
}

Params queryOf(const QUrl &url)
{
    Params params;
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        params.insert(item.first, item.second);
    return params;
}

} // namespace

class TestApiRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostHeader_data();
    void hostHeader();
    void actionNames();
    void v3_data();
    void v3();
    void v1_data() { v3_data(); }
    void v1();
    void endpointPathIsKept();
};

void TestApiRequestBuilder::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("https default") << QStringLiteral("https://tds.cn-shanghai.aliyuncs.com/")
                                   << QByteArrayLiteral("tds.cn-shanghai.aliyuncs.com");
    QTest::newRow("https explicit 443") << QStringLiteral("https://h.example:443/") << QByteArrayLiteral("h.example");
    QTest::newRow("https other port") << QStringLiteral("https://h.example:8443/")
                                      << QByteArrayLiteral("h.example:8443");
    QTest::newRow("http 80") << QStringLiteral("http://127.0.0.1:80/") << QByteArrayLiteral("127.0.0.1");
    QTest::newRow("http port") << QStringLiteral("http://127.0.0.1:18080/") << QByteArrayLiteral("127.0.0.1:18080");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9000/") << QByteArrayLiteral("[::1]:9000");
    QTest::newRow("upper case") << QStringLiteral("https://TDS.Example.COM/") << QByteArrayLiteral("tds.example.com");
}

void TestApiRequestBuilder::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QCOMPARE(ApiRequestBuilder::hostHeader(QUrl(url)), host);
}

void TestApiRequestBuilder::actionNames()
{
    QCOMPARE(ApiRequestBuilder::actionName(ApiReply::Operation::DescribeCustomizeReportList),
             QStringLiteral("DescribeCustomizeReportList"));
    QCOMPARE(ApiRequestBuilder::actionName(ApiReply::Operation::ExportCustomizeReport),
             QStringLiteral("ExportCustomizeReport"));
    QCOMPARE(ApiRequestBuilder::actionName(ApiReply::Operation::DescribeReportExport),
             QStringLiteral("DescribeReportExport"));
}

void TestApiRequestBuilder::v3_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<bool>("sts");
    QTest::newRow("plain") << Params { { QStringLiteral("ExportId"), QStringLiteral("7") },
                                       { QStringLiteral("Lang"), QStringLiteral("en") } }
                           << false;
    // Characters where form-encoding, QUrl and RFC 3986 disagree.
    QTest::newRow("awkward values") << Params { { QStringLiteral("Title"), QStringLiteral("a b+c/d*e~f'g(h)中文") },
                                                { QStringLiteral("Lang"), QStringLiteral("zh") },
                                                { QStringLiteral("Empty"), QString() } }
                                    << false;
    QTest::newRow("sts") << Params { { QStringLiteral("Lang"), QStringLiteral("zh") } } << true;
}

void TestApiRequestBuilder::v3()
{
    QFETCH(Params, params);
    QFETCH(bool, sts);
    const AccessKeyCredentials creds = credentials(sts);
    const QUrl endpoint(QStringLiteral("https://tds.ap-southeast-1.aliyuncs.com/"));
    const ApiRequestBuilder::Built built = ApiRequestBuilder::build(
        endpoint, SignatureVersion::V3, creds, QStringLiteral("DescribeReportExport"), params, fixedTime, fixedNonce);
    const QNetworkRequest &request = built.request;
    QCOMPARE(built.method, QByteArrayLiteral("POST"));
    QVERIFY(built.body.isEmpty());
    QCOMPARE(request.url().query(QUrl::FullyEncoded).toLatin1(), PercentEncoding::canonicalQuery(params));
    QCOMPARE(queryOf(request.url()), params);
    QCOMPARE(request.rawHeader("host"), QByteArrayLiteral("tds.ap-southeast-1.aliyuncs.com"));
    QCOMPARE(request.rawHeader("x-acs-action"), QByteArrayLiteral("DescribeReportExport"));
    QCOMPARE(request.rawHeader("x-acs-version"), QByteArrayLiteral("2018-12-03"));
    QCOMPARE(request.rawHeader("x-acs-date"), QByteArrayLiteral("2026-11-28T08:15:30Z"));
    QCOMPARE(request.rawHeader("x-acs-signature-nonce"), fixedNonce.toLatin1());
    QCOMPARE(request.hasRawHeader("x-acs-security-token"), sts);

    // Re-sign independently from what the request carries.
    SignerV3::Request check;
    check.method = built.method;
    check.query = params;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        if (name == "host" || name.startsWith("x-acs-"))
            check.headers.insert(name, request.rawHeader(name));
    }
    const QByteArray expected
        = SignerV3::signature(SignerV3::stringToSign(SignerV3::canonicalRequest(check)), creds.accessKeySecret);
    QByteArray signature;
    QVERIFY(SignerV3::parseAuthorization(request.rawHeader("authorization"), nullptr, nullptr, &signature));
    QCOMPARE(signature, expected);
}

void TestApiRequestBuilder::v1()
{
    QFETCH(Params, params);
    QFETCH(bool, sts);
    const AccessKeyCredentials creds = credentials(sts);
    const ApiRequestBuilder::Built built
        = ApiRequestBuilder::build(QUrl(QStringLiteral("https://tds.cn-shanghai.aliyuncs.com/")), SignatureVersion::V1,
                                   creds, QStringLiteral("ExportCustomizeReport"), params, fixedTime, fixedNonce);
    QCOMPARE(built.method, QByteArrayLiteral("POST"));
    QVERIFY(built.body.isEmpty());
    QVERIFY(!built.request.hasRawHeader("authorization"));
    Params sent = queryOf(built.request.url());
    QCOMPARE(built.request.url().query(QUrl::FullyEncoded).toLatin1(), PercentEncoding::canonicalQuery(sent));
    const QString signature = sent.take(QStringLiteral("Signature"));
    QCOMPARE(sent.value(QStringLiteral("Timestamp")), QStringLiteral("2026-11-28T08:15:30Z"));
    QCOMPARE(sent.value(QStringLiteral("SignatureNonce")), fixedNonce);
    QCOMPARE(sent.value(QStringLiteral("Action")), QStringLiteral("ExportCustomizeReport"));
    QCOMPARE(sent.value(QStringLiteral("Format")), QStringLiteral("JSON"));
    QCOMPARE(sent.contains(QStringLiteral("SecurityToken")), sts);
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        QCOMPARE(sent.value(it.key()), it.value());
    QCOMPARE(signature.toLatin1(),
             SignerV1::signature(SignerV1::stringToSign(built.method, sent), creds.accessKeySecret));
}

void TestApiRequestBuilder::endpointPathIsKept()
{
    const ApiRequestBuilder::Built built
        = ApiRequestBuilder::build(QUrl(QStringLiteral("https://user:pw@gateway.example/sas/#frag")),
                                   SignatureVersion::V3, credentials(false), QStringLiteral("DescribeReportExport"),
                                   { { QStringLiteral("Lang"), QStringLiteral("en") } }, fixedTime, fixedNonce);
    QCOMPARE(built.request.url().toString(QUrl::FullyEncoded), QStringLiteral("https://gateway.example/sas/?Lang=en"));
}

QTEST_GUILESS_MAIN(TestApiRequestBuilder)
#include "tst_ApiRequestBuilder.moc"
