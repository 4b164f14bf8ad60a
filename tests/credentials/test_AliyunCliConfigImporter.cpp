#include "credentials/AliyunCliConfigImporter.h"

#include <QTest>

namespace {

QString sample(const char *name)
{
    return QStringLiteral(REPORTDESK_TEST_DATA_DIR "/aliyun/") + QLatin1String(name);
}

} // namespace

class TestAliyunCliConfigImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidates_data();
    void candidates();
    void unsupported_data();
    void unsupported();
    void invalidFiles_data();
    void invalidFiles();
    void siteForRegion_data();
    void siteForRegion();
    void defaultPathIsInHome();
};

void TestAliyunCliConfigImporter::candidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<ApiEndpoint::Site>("site");
    QTest::newRow("AK") << QStringLiteral("prod") << QStringLiteral("AK") << QStringLiteral("LTAIsampleProd")
                        << QStringLiteral("sampleProdSecret") << QString() << ApiEndpoint::Site::China;
    QTest::newRow("StsToken") << QStringLiteral("temp") << QStringLiteral("StsToken")
                              << QStringLiteral("STS.sampleTemp") << QStringLiteral("sampleTempSecret")
                              << QStringLiteral("sampleTempToken") << ApiEndpoint::Site::International;
    QTest::newRow("Hong Kong") << QStringLiteral("hk") << QStringLiteral("AK") << QStringLiteral("LTAIsampleHk")
                               << QStringLiteral("sampleHkSecret") << QString() << ApiEndpoint::Site::China;
}

void TestAliyunCliConfigImporter::candidates()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(ApiEndpoint::Site, site);
    AliyunCliConfigImporter importer(sample("config.json"));
    QString error;
    QVERIFY2(importer.load(&error), qPrintable(error));
    QCOMPARE(importer.currentProfileName(), QStringLiteral("prod"));
    QCOMPARE(importer.candidates().size(), 3);

    const QList<AliyunCliConfigImporter::Candidate> candidates = importer.candidates();
    const auto it
        = std::find_if(candidates.cbegin(), candidates.cend(),
                       [&name](const AliyunCliConfigImporter::Candidate &c) { return c.profile.name == name; });
    QVERIFY(it != candidates.cend());
    QCOMPARE(it->mode, mode);
    QCOMPARE(it->credentials.accessKeyId, id);
    QCOMPARE(it->profile.accessKeyId, id);
    QCOMPARE(it->credentials.accessKeySecret, secret);
    QCOMPARE(it->credentials.securityToken, token);
    QCOMPARE(it->profile.site(), site);
    QVERIFY(it->profile.id.isEmpty());
    QVERIFY(!it->profile.isEnvironment);
}

void TestAliyunCliConfigImporter::unsupported_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("RamRoleArn") << QStringLiteral("role") << QStringLiteral("RamRoleArn") << QStringLiteral("RAM role");
    QTest::newRow("EcsRamRole") << QStringLiteral("ecs") << QStringLiteral("EcsRamRole") << QStringLiteral("ECS");
    QTest::newRow("AK without secret") << QStringLiteral("broken") << QStringLiteral("AK") << QStringLiteral("missing");
}

void TestAliyunCliConfigImporter::unsupported()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, reasonPart);
    AliyunCliConfigImporter importer(sample("config.json"));
    QVERIFY(importer.load());
    const QList<AliyunCliConfigImporter::Unsupported> unsupported = importer.unsupported();
    QCOMPARE(unsupported.size(), 3);
    const auto it = std::find_if(unsupported.cbegin(), unsupported.cend(),
                                 [&name](const AliyunCliConfigImporter::Unsupported &u) { return u.name == name; });
    QVERIFY(it != unsupported.cend());
    QCOMPARE(it->mode, mode);
    QVERIFY2(it->reason().contains(reasonPart), qPrintable(it->reason()));
    QVERIFY(!it->reason().contains(QLatin1String("sampleRoleSecret")));
}

void TestAliyunCliConfigImporter::invalidFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("loads");
    QTest::newRow("missing") << sample("does-not-exist.json") << false;
    QTest::newRow("truncated") << sample("truncated.json") << false;
    QTest::newRow("not a CLI config") << sample("not-cli.json") << false;
    QTest::newRow("no profiles") << sample("empty.json") << true;
}

void TestAliyunCliConfigImporter::invalidFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, loads);
    AliyunCliConfigImporter importer(path);
    QString error = QStringLiteral("unchanged");
    QCOMPARE(importer.load(&error), loads);
    QCOMPARE(error.isEmpty(), loads);
    QVERIFY(importer.candidates().isEmpty());
    QVERIFY(importer.unsupported().isEmpty());
}

void TestAliyunCliConfigImporter::siteForRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<ApiEndpoint::Site>("site");
    QTest::newRow("empty") << QString() << ApiEndpoint::Site::China;
    QTest::newRow("cn-shanghai") << QStringLiteral("cn-shanghai") << ApiEndpoint::Site::China;
    QTest::newRow("cn-hongkong") << QStringLiteral("cn-hongkong") << ApiEndpoint::Site::China;
    QTest::newRow("ap-southeast-1") << QStringLiteral("ap-southeast-1") << ApiEndpoint::Site::International;
    QTest::newRow("eu-central-1") << QStringLiteral("eu-central-1") << ApiEndpoint::Site::International;
}

void TestAliyunCliConfigImporter::siteForRegion()
{
    QFETCH(QString, region);
    QFETCH(ApiEndpoint::Site, site);
    QCOMPARE(AliyunCliConfigImporter::siteForRegion(region), site);
}

void TestAliyunCliConfigImporter::defaultPathIsInHome()
{
    QCOMPARE(AliyunCliConfigImporter::defaultPath(), QDir::homePath() + QStringLiteral("/.aliyun/config.json"));
    QCOMPARE(AliyunCliConfigImporter().path(), AliyunCliConfigImporter::defaultPath());
}

QTEST_GUILESS_MAIN(TestAliyunCliConfigImporter)
#include "test_AliyunCliConfigImporter.moc"
