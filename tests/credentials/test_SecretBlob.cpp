#include "credentials/SecretBlob.h"

#include <QTest>

class TestSecretBlob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
};

void TestSecretBlob::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::newRow("AK") << QStringLiteral("abcDEF123/+=") << QString();
    QTest::newRow("STS") << QStringLiteral("s") << QStringLiteral("CAIS\"quoted\"\\n\u00e9");
}

void TestSecretBlob::roundTrip()
{
    QFETCH(QString, secret);
    QFETCH(QString, token);
    AccessKeyCredentials in;
    in.accessKeyId = QStringLiteral("LTAI-not-in-blob");
    in.accessKeySecret = secret;
    in.securityToken = token;
    const QByteArray blob = SecretBlob::encode(in);
    QVERIFY(!blob.contains("LTAI-not-in-blob"));
    QCOMPARE(blob.contains("\"token\""), !token.isEmpty());

    AccessKeyCredentials out;
    QVERIFY(SecretBlob::decode(blob, &out));
    QCOMPARE(out.accessKeySecret, secret);
    QCOMPARE(out.securityToken, token);
    QVERIFY(out.accessKeyId.isEmpty());
}

void TestSecretBlob::rejects_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain text") << QByteArray("just-a-password");
    QTest::newRow("no secret") << QByteArray(R"({"token":"t"})");
    QTest::newRow("array") << QByteArray(R"(["secret"])");
}

void TestSecretBlob::rejects()
{
    QFETCH(QByteArray, blob);
    AccessKeyCredentials out;
    QVERIFY(!SecretBlob::decode(blob, &out));
    QVERIFY(out.accessKeySecret.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretBlob)
#include "test_SecretBlob.moc"
