#include "SigningVectors.h"
#include "signing/SignerV3.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using Params = QMap<QString, QString>;
using Headers = QMap<QByteArray, QByteArray>;

namespace {

const QByteArray emptySha256 = QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

AccessKeyCredentials credentials(const QString &id, const QString &secret, const QString &token = QString())
{
    AccessKeyCredentials c;
    c.accessKeyId = id;
    c.accessKeySecret = secret;
    c.securityToken = token;
    return c;
}

// What a caller sets before sign(): the Sas DescribeReportExport call.
SignerV3::Request sasRequest()
{
    SignerV3::Request request;
    request.method = "POST";
    request.query.insert(QStringLiteral("ExportId"), QStringLiteral("123"));
    request.query.insert(QStringLiteral("Lang"), QStringLiteral("en"));
    request.headers.insert("host", "tds.cn-shanghai.aliyuncs.com");
    request.headers.insert("x-acs-action", "DescribeReportExport");
    request.headers.insert("x-acs-version", "2018-12-03");
    return request;
}

} // namespace

class TestSignerV3 final : public QObject
{
    Q_OBJECT

private:
    static void addVectorRows();
    static SignerV3::Request signedVectorRequest();

private Q_SLOTS:
    void canonicalRequest_data() { addVectorRows(); }
    void canonicalRequest();
    void hashedCanonicalRequest_data() { addVectorRows(); }
    void hashedCanonicalRequest();
    void authorization_data() { addVectorRows(); }
    void authorization();
    void signedHeaders_data();
    void signedHeaders();
    void canonicalHeadersTrimValues();
    void canonicalQueryEmptyValue();
    void payloadHash_data();
    void payloadHash();
    void securityToken();
    void resignReplacesAuthorization();
    void dateIsUtc();
    void parseAuthorization_data();
    void parseAuthorization();
};

void TestSignerV3::addVectorRows()
{
    QTest::addColumn<SignerV3::Request>("request");
    QTest::addColumn<AccessKeyCredentials>("key");
    QTest::addColumn<QByteArray>("expectedCanonical");
    QTest::addColumn<QByteArray>("expectedHashed");
    QTest::addColumn<QByteArray>("expectedAuthorization");

    const QJsonArray vectors = SigningVectors::section(QStringLiteral("v3_acs3_hmac_sha256"));
    for (const QJsonValue &value : vectors) {
        const QJsonObject v = value.toObject();
        SignerV3::Request request;
        request.method = v.value(QLatin1String("method")).toString().toLatin1();
        request.path = v.value(QLatin1String("path")).toString().toLatin1();
        request.query = SigningVectors::stringMap(v.value(QLatin1String("query")).toObject());
        const Params headers = SigningVectors::stringMap(v.value(QLatin1String("headers")).toObject());
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            request.headers.insert(it.key().toLatin1(), it.value().toUtf8());
        request.body = v.value(QLatin1String("body")).toString().toUtf8();

        QTest::newRow(qPrintable(v.value(QLatin1String("source")).toString()))
            << request
            << credentials(v.value(QLatin1String("access_key_id")).toString(),
                           v.value(QLatin1String("access_key_secret")).toString())
            << v.value(QLatin1String("expected_canonical_request")).toString().toUtf8()
            << v.value(QLatin1String("expected_hashed_canonical_request")).toString().toLatin1()
            << v.value(QLatin1String("expected_authorization")).toString().toLatin1();
    }
}

// Signs the current vector row the way the client would: date and nonce come from
// the vector, sign() adds x-acs-content-sha256 and the authorization.
SignerV3::Request TestSignerV3::signedVectorRequest()
{
    QFETCH(SignerV3::Request, request);
    QFETCH(AccessKeyCredentials, key);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(request.headers.value("x-acs-date")), Qt::ISODate);
    const QString nonce = QString::fromLatin1(request.headers.value("x-acs-signature-nonce"));
    SignerV3::sign(request, key, date, nonce);
    return request;
}

void TestSignerV3::canonicalRequest()
{
    QFETCH(QByteArray, expectedCanonical);
    const SignerV3::Request request = signedVectorRequest();
    QCOMPARE(SignerV3::canonicalRequest(request), expectedCanonical);
}

void TestSignerV3::hashedCanonicalRequest()
{
    QFETCH(QByteArray, expectedCanonical);
    QFETCH(QByteArray, expectedHashed);
    QCOMPARE(SignerV3::stringToSign(expectedCanonical), QByteArray("ACS3-HMAC-SHA256\n") + expectedHashed);
}

void TestSignerV3::authorization()
{
    QFETCH(QByteArray, expectedAuthorization);
    const SignerV3::Request request = signedVectorRequest();
    QCOMPARE(request.headers.value("authorization"), expectedAuthorization);
}

void TestSignerV3::signedHeaders_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("names");

    QTest::newRow("none") << Headers() << QByteArray();
    QTest::newRow("unsigned headers left out")
        << Headers { { "host", "h" }, { "user-agent", "ReportDesk" }, { "accept", "*/*" }, { "x-acs-action", "A" } }
        << QByteArray("host;x-acs-action");
    QTest::newRow("content-type signed") << Headers { { "content-type", "application/json" }, { "host", "h" } }
                                         << QByteArray("content-type;host");
    QTest::newRow("sorted") << Headers {
        { "x-acs-version", "v" }, { "x-acs-action", "a" }, { "host", "h" }, { "x-acs-date", "d" }
    } << QByteArray("host;x-acs-action;x-acs-date;x-acs-version");
    QTest::newRow("x-acs prefix only") << Headers { { "x-acsfoo", "1" }, { "x-other", "2" }, { "x-acs-bar", "3" } }
                                       << QByteArray("x-acs-bar");
}

void TestSignerV3::signedHeaders()
{
    QFETCH(Headers, headers);
    QFETCH(QByteArray, names);
    SignerV3::Request request;
    request.method = "GET";
    request.headers = headers;
    QCOMPARE(SignerV3::signedHeaders(request), names);
    QVERIFY(SignerV3::canonicalRequest(request).contains(QByteArray('\n' + names + '\n')));
}

void TestSignerV3::canonicalHeadersTrimValues()
{
    SignerV3::Request request;
    request.method = "GET";
    request.headers.insert("host", "  example.com \t");
    request.headers.insert("user-agent", "not signed");
    QCOMPARE(SignerV3::canonicalRequest(request), QByteArray("GET\n/\n\nhost:example.com\n\nhost\n") + emptySha256);
}

void TestSignerV3::canonicalQueryEmptyValue()
{
    SignerV3::Request request;
    request.method = "GET";
    request.query.insert(QStringLiteral("b"), QString());
    request.query.insert(QStringLiteral("a"), QStringLiteral("x y"));
    QVERIFY(SignerV3::canonicalRequest(request).startsWith("GET\n/\na=x%20y&b=\n"));
}

void TestSignerV3::payloadHash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("hash");

    QTest::newRow("empty") << QByteArray() << emptySha256;
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

void TestSignerV3::payloadHash()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, hash);
    SignerV3::Request request = sasRequest();
    request.body = body;
    SignerV3::sign(request, credentials(QStringLiteral("id"), QStringLiteral("s")), QDateTime::currentDateTimeUtc(),
                   QStringLiteral("n"));
    QCOMPARE(request.headers.value("x-acs-content-sha256"), hash);
    QVERIFY(SignerV3::canonicalRequest(request).endsWith(QByteArray('\n' + hash)));
}

void TestSignerV3::securityToken()
{
    const QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    SignerV3::Request plain = sasRequest();
    SignerV3::sign(plain, credentials(QStringLiteral("id"), QStringLiteral("s")), now, QStringLiteral("n"));
    SignerV3::Request sts = sasRequest();
    sts.headers.insert("x-acs-security-token", "stale");
    SignerV3::sign(sts, credentials(QStringLiteral("id"), QStringLiteral("s"), QStringLiteral("tok")), now,
                   QStringLiteral("n"));

    QVERIFY(!plain.headers.contains("x-acs-security-token"));
    QVERIFY(!SignerV3::signedHeaders(plain).contains("x-acs-security-token"));
    QCOMPARE(sts.headers.value("x-acs-security-token"), QByteArray("tok"));
    QCOMPARE(SignerV3::signedHeaders(sts),
             QByteArray("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
                        "x-acs-signature-nonce;x-acs-version"));

    SignerV3::Request withoutToken = plain;
    withoutToken.headers.insert("x-acs-security-token", "stale");
    SignerV3::sign(withoutToken, credentials(QStringLiteral("id"), QStringLiteral("s")), now, QStringLiteral("n"));
    QVERIFY(!withoutToken.headers.contains("x-acs-security-token"));
}

// A retry signs the same request again: the old authorization is neither signed nor kept.
void TestSignerV3::resignReplacesAuthorization()
{
    const AccessKeyCredentials key = credentials(QStringLiteral("AK"), QStringLiteral("secret"));
    const QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    SignerV3::Request request = sasRequest();
    SignerV3::sign(request, key, now, QStringLiteral("first"));
    const QByteArray first = request.headers.value("authorization");
    SignerV3::sign(request, key, now.addSecs(2), QStringLiteral("second"));

    QCOMPARE(request.headers.value("x-acs-signature-nonce"), QByteArray("second"));
    QCOMPARE(request.headers.value("x-acs-date"), QByteArray("2026-01-02T03:04:07Z"));
    QVERIFY(!SignerV3::signedHeaders(request).contains("authorization"));
    const QByteArray expected = "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=" + SignerV3::signedHeaders(request)
        + ",Signature="
        + SignerV3::signature(SignerV3::stringToSign(SignerV3::canonicalRequest(request)), QStringLiteral("secret"));
    QCOMPARE(request.headers.value("authorization"), expected);
    QVERIFY(first != expected);
}

void TestSignerV3::dateIsUtc()
{
    SignerV3::Request request = sasRequest();
    SignerV3::sign(request, credentials(QStringLiteral("id"), QStringLiteral("s")),
                   QDateTime(QDate(2026, 3, 4), QTime(1, 2, 3, 500), QTimeZone(8 * 3600)), QStringLiteral("n"));
    QCOMPARE(request.headers.value("x-acs-date"), QByteArray("2026-03-03T17:02:03Z"));
}

void TestSignerV3::parseAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("names");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("well formed") << QByteArray(
        "ACS3-HMAC-SHA256 Credential=AK1,SignedHeaders=host;x-acs-date,Signature=ab12")
                                 << true << QStringLiteral("AK1") << QByteArray("host;x-acs-date")
                                 << QByteArray("ab12");
    QTest::newRow("spaces after commas tolerated")
        << QByteArray("ACS3-HMAC-SHA256 Credential=AK1, SignedHeaders=host, Signature=ab12") << true
        << QStringLiteral("AK1") << QByteArray("host") << QByteArray("ab12");
    QTest::newRow("empty") << QByteArray() << false << QString() << QByteArray() << QByteArray();
    QTest::newRow("other algorithm") << QByteArray("HMAC-SHA1 Credential=AK1,SignedHeaders=host,Signature=ab") << false
                                     << QString() << QByteArray() << QByteArray();
    QTest::newRow("missing signature") << QByteArray("ACS3-HMAC-SHA256 Credential=AK1,SignedHeaders=host") << false
                                       << QString() << QByteArray() << QByteArray();
    QTest::newRow("empty credential") << QByteArray("ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=ab")
                                      << false << QString() << QByteArray() << QByteArray();
    QTest::newRow("fields out of order") << QByteArray(
        "ACS3-HMAC-SHA256 SignedHeaders=host,Credential=AK1,Signature=ab")
                                         << false << QString() << QByteArray() << QByteArray();
    QTest::newRow("extra field") << QByteArray("ACS3-HMAC-SHA256 Credential=A,SignedHeaders=host,Signature=ab,X=1")
                                 << false << QString() << QByteArray() << QByteArray();
}

void TestSignerV3::parseAuthorization()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);
    QFETCH(QString, id);
    QFETCH(QByteArray, names);
    QFETCH(QByteArray, signature);

    QString parsedId;
    QByteArray parsedNames;
    QByteArray parsedSignature;
    QCOMPARE(SignerV3::parseAuthorization(header, &parsedId, &parsedNames, &parsedSignature), ok);
    if (ok) {
        QCOMPARE(parsedId, id);
        QCOMPARE(parsedNames, names);
        QCOMPARE(parsedSignature, signature);
    }
}

QTEST_APPLESS_MAIN(TestSignerV3)
#include "tst_SignerV3.moc"
