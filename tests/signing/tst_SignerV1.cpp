#include "SigningVectors.h"
#include "signing/SignerV1.h"

#include <QTest>
#include <QTimeZone>

using Params = QMap<QString, QString>;

namespace {

// The parameters sign() adds itself; a vector minus these is what a caller passes.
const QStringList signingParams
    = { QStringLiteral("AccessKeyId"), QStringLiteral("SignatureMethod"), QStringLiteral("SignatureVersion"),
        QStringLiteral("SignatureNonce"), QStringLiteral("Timestamp") };

QDateTime parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

AccessKeyCredentials credentials(const QString &id, const QString &secret, const QString &token = QString())
{
    AccessKeyCredentials c;
    c.accessKeyId = id;
    c.accessKeySecret = secret;
    c.securityToken = token;
    return c;
}

Params businessParams()
{
    return { { QStringLiteral("Action"), QStringLiteral("DescribeReportExport") },
             { QStringLiteral("Version"), QStringLiteral("2018-12-03") },
             { QStringLiteral("Format"), QStringLiteral("JSON") },
             { QStringLiteral("ExportId"), QStringLiteral("123") },
             { QStringLiteral("Lang"), QStringLiteral("zh") } };
}

} // namespace

class TestSignerV1 final : public QObject
{
    Q_OBJECT

private:
    static void addVectorRows();

private Q_SLOTS:
    void stringToSign_data() { addVectorRows(); }
    void stringToSign();
    void signature_data() { addVectorRows(); }
    void signature();
    void signAddsFields_data();
    void signAddsFields();
    void signWithSecurityToken();
    void signWithoutTokenDropsStaleToken();
    void resignReplacesSignature();
    void timestampIsUtc_data();
    void timestampIsUtc();
};

void TestSignerV1::addVectorRows()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expectedStringToSign");
    QTest::addColumn<QByteArray>("expectedSignature");

    const QJsonArray vectors = SigningVectors::section(QStringLiteral("v1_hmac_sha1"));
    for (const QJsonValue &value : vectors) {
        const QJsonObject v = value.toObject();
        QTest::newRow(qPrintable(v.value(QLatin1String("source")).toString()))
            << v.value(QLatin1String("method")).toString().toLatin1()
            << SigningVectors::stringMap(v.value(QLatin1String("params")).toObject())
            << v.value(QLatin1String("access_key_secret")).toString()
            << v.value(QLatin1String("expected_string_to_sign")).toString().toLatin1()
            << v.value(QLatin1String("expected_signature")).toString().toLatin1();
    }
}

void TestSignerV1::stringToSign()
{
    QFETCH(QByteArray, method);
    QFETCH(Params, params);
    QFETCH(QByteArray, expectedStringToSign);
    QCOMPARE(SignerV1::stringToSign(method, params), expectedStringToSign);
}

void TestSignerV1::signature()
{
    QFETCH(QString, secret);
    QFETCH(QByteArray, expectedStringToSign);
    QFETCH(QByteArray, expectedSignature);
    QCOMPARE(SignerV1::signature(expectedStringToSign, secret), expectedSignature);
}

void TestSignerV1::signAddsFields_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Params>("fullParams");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expectedSignature");

    // Only the vectors that are complete RPC requests (they carry the signing fields).
    const QJsonArray vectors = SigningVectors::section(QStringLiteral("v1_hmac_sha1"));
    for (const QJsonValue &value : vectors) {
        const QJsonObject v = value.toObject();
        const Params params = SigningVectors::stringMap(v.value(QLatin1String("params")).toObject());
        if (!params.contains(QStringLiteral("AccessKeyId")))
            continue;
        QTest::newRow(qPrintable(v.value(QLatin1String("source")).toString()))
            << v.value(QLatin1String("method")).toString().toLatin1() << params
            << v.value(QLatin1String("access_key_secret")).toString()
            << v.value(QLatin1String("expected_signature")).toString();
    }
}

// sign() on the caller's part of a published request rebuilds that request exactly.
void TestSignerV1::signAddsFields()
{
    QFETCH(QByteArray, method);
    QFETCH(Params, fullParams);
    QFETCH(QString, secret);
    QFETCH(QString, expectedSignature);

    Params params = fullParams;
    for (const QString &name : signingParams)
        params.remove(name);

    SignerV1::sign(params, method, credentials(fullParams.value(QStringLiteral("AccessKeyId")), secret),
                   parseTimestamp(fullParams.value(QStringLiteral("Timestamp"))),
                   fullParams.value(QStringLiteral("SignatureNonce")));

    Params expected = fullParams;
    expected.insert(QStringLiteral("Signature"), expectedSignature);
    QCOMPARE(params, expected);
}

void TestSignerV1::signWithSecurityToken()
{
    const QDateTime now = parseTimestamp(QStringLiteral("2026-01-02T03:04:05Z"));
    Params plain = businessParams();
    SignerV1::sign(plain, "GET", credentials(QStringLiteral("STS.id"), QStringLiteral("s")), now, QStringLiteral("n1"));
    Params sts = businessParams();
    SignerV1::sign(sts, "GET", credentials(QStringLiteral("STS.id"), QStringLiteral("s"), QStringLiteral("tok+/=")),
                   now, QStringLiteral("n1"));

    QVERIFY(!plain.contains(QStringLiteral("SecurityToken")));
    QCOMPARE(sts.value(QStringLiteral("SecurityToken")), QStringLiteral("tok+/="));
    // The token is covered by the signature.
    Params unsigned_ = sts;
    const QString signature = unsigned_.take(QStringLiteral("Signature"));
    QCOMPARE(signature.toLatin1(), SignerV1::signature(SignerV1::stringToSign("GET", unsigned_), QStringLiteral("s")));
    QVERIFY(SignerV1::stringToSign("GET", unsigned_).contains("SecurityToken%3Dtok%252B%252F%253D"));
    QVERIFY(signature != plain.value(QStringLiteral("Signature")));
}

void TestSignerV1::signWithoutTokenDropsStaleToken()
{
    Params params = businessParams();
    params.insert(QStringLiteral("SecurityToken"), QStringLiteral("left over"));
    SignerV1::sign(params, "POST", credentials(QStringLiteral("id"), QStringLiteral("s")),
                   QDateTime::currentDateTimeUtc(), QStringLiteral("n"));
    QVERIFY(!params.contains(QStringLiteral("SecurityToken")));
}

// A retry signs the same map again with a fresh nonce: the old Signature must not be signed over.
void TestSignerV1::resignReplacesSignature()
{
    const AccessKeyCredentials key = credentials(QStringLiteral("id"), QStringLiteral("secret"));
    const QDateTime now = parseTimestamp(QStringLiteral("2026-01-02T03:04:05Z"));
    Params params = businessParams();
    SignerV1::sign(params, "GET", key, now, QStringLiteral("first"));
    const QString first = params.value(QStringLiteral("Signature"));
    SignerV1::sign(params, "GET", key, now.addSecs(1), QStringLiteral("second"));

    QCOMPARE(params.value(QStringLiteral("SignatureNonce")), QStringLiteral("second"));
    QCOMPARE(params.value(QStringLiteral("Timestamp")), QStringLiteral("2026-01-02T03:04:06Z"));
    Params expected = params;
    const QString second = expected.take(QStringLiteral("Signature"));
    QCOMPARE(second.toLatin1(), SignerV1::signature(SignerV1::stringToSign("GET", expected), QStringLiteral("secret")));
    QVERIFY(first != second);
}

void TestSignerV1::timestampIsUtc_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("timestamp");

    const QDate date(2026, 3, 4);
    QTest::newRow("UTC") << QDateTime(date, QTime(5, 6, 7), Qt::UTC) << QStringLiteral("2026-03-04T05:06:07Z");
    QTest::newRow("UTC+8") << QDateTime(date, QTime(5, 6, 7), QTimeZone(8 * 3600))
                           << QStringLiteral("2026-03-03T21:06:07Z");
    QTest::newRow("UTC-5") << QDateTime(date, QTime(22, 0, 0), QTimeZone(-5 * 3600))
                           << QStringLiteral("2026-03-05T03:00:00Z");
    QTest::newRow("milliseconds dropped")
        << QDateTime(date, QTime(5, 6, 7, 999), Qt::UTC) << QStringLiteral("2026-03-04T05:06:07Z");
}

void TestSignerV1::timestampIsUtc()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, timestamp);
    Params params = businessParams();
    SignerV1::sign(params, "GET", credentials(QStringLiteral("id"), QStringLiteral("s")), now, QStringLiteral("n"));
    QCOMPARE(params.value(QStringLiteral("Timestamp")), timestamp);
}

QTEST_APPLESS_MAIN(TestSignerV1)
#include "tst_SignerV1.moc"
