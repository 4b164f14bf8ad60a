#include "credentials/EnvironmentCredentials.h"

#include <QTest>

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEnvironment_data();
    void fromEnvironment();
};

void TestEnvironmentCredentials::fromEnvironment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("expected");
    QTest::newRow("AK") << QStringLiteral("LTAIenv") << QStringLiteral("envSecret") << QString() << true;
    QTest::newRow("STS") << QStringLiteral("STS.id") << QStringLiteral("s") << QStringLiteral("tok") << true;
    QTest::newRow("no secret") << QStringLiteral("LTAIenv") << QString() << QString() << false;
    QTest::newRow("no id") << QString() << QStringLiteral("s") << QString() << false;
    QTest::newRow("blank id") << QStringLiteral("  ") << QStringLiteral("s") << QString() << false;
}

void TestEnvironmentCredentials::fromEnvironment()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(bool, expected);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("UNRELATED"), QStringLiteral("x"));
    if (!id.isNull())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), id);
    if (!secret.isNull())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    if (!token.isNull())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);

    const std::optional<EnvironmentCredentials::Result> result = EnvironmentCredentials::fromEnvironment(environment);
    QCOMPARE(result.has_value(), expected);
    if (!expected)
        return;
    QCOMPARE(result->credentials.accessKeyId, id);
    QCOMPARE(result->credentials.accessKeySecret, secret);
    QCOMPARE(result->credentials.securityToken, token);
    QVERIFY(result->profile.isEnvironment);
    QCOMPARE(result->profile.id, Profile::environmentId());
    QCOMPARE(result->profile.accessKeyId, id);
    QCOMPARE(result->profile.displayName(), QStringLiteral("Environment"));
}

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "test_EnvironmentCredentials.moc"
