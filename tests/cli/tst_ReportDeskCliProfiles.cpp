#include "CliHarness.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

// reportdesk-cli's saved profiles, end to end: a real (private) gnome-keyring for the
// secrets, QSettings for the rest, the demo server to prove a profile's key is used.
class TestReportDeskCliProfiles final : public QObject
{
    Q_OBJECT

private:
    CliHarness::Result cli(const QStringList &arguments, const QByteArray &input = QByteArray()) const;
    CliHarness::Result addProfile(const QString &name, const QString &secret, const QStringList &options) const;
    QJsonArray listedProfiles() const;
    static QStringList filesContaining(const QString &folder, const QString &needle);

    CliHarness m_harness;
    QString m_home;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void addListUseRemove();
    void profileOptionPicksTheProfile();
    void environmentWinsOverProfiles();
    void addNeedsTheKeyOnStandardInput_data();
    void addNeedsTheKeyOnStandardInput();
    void duplicateNameIsRefused();
    void removeUnknownProfile();
    void addWithoutKeychainStoresNothing();
};

void TestReportDeskCliProfiles::initTestCase()
{
    m_home = QDir::homePath();
    QVERIFY(m_home.contains(QStringLiteral("home-test_ReportDeskCliProfiles"))); // never the developer's HOME
    QString error;
    QVERIFY2(m_harness.startServer({ QStringLiteral("--speed"), QStringLiteral("50") }, &error), qPrintable(error));
}

void TestReportDeskCliProfiles::init()
{
    // Each test starts without saved profiles (keychain entries left behind are harmless).
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/ReportDesk"))
        .removeRecursively();
}

void TestReportDeskCliProfiles::cleanupTestCase()
{
    m_harness.stopServer();
}

CliHarness::Result TestReportDeskCliProfiles::cli(const QStringList &arguments, const QByteArray &input) const
{
    return CliHarness::run(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments,
                           CliHarness::cleanEnvironment(), input);
}

CliHarness::Result TestReportDeskCliProfiles::addProfile(const QString &name, const QString &secret,
                                                         const QStringList &options) const
{
    const QByteArray input = m_harness.accessKeyId().toUtf8() + '\n' + secret.toUtf8() + '\n';
    return cli(QStringList { QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"),
                             m_harness.endpoint() }
                   + options,
               input);
}

QJsonArray TestReportDeskCliProfiles::listedProfiles() const
{
    const CliHarness::Result result
        = cli({ QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json") });
    return result.json().value(QLatin1String("Profiles")).toArray();
}

QStringList TestReportDeskCliProfiles::filesContaining(const QString &folder, const QString &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits.append(file.fileName());
    }
    return hits;
}

void TestReportDeskCliProfiles::addListUseRemove()
{
    const QString secret = m_harness.accessKeySecret();
    const CliHarness::Result added = addProfile(QStringLiteral("demo"), secret, { QStringLiteral("--default") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(!added.outText().contains(secret));

    const QJsonArray profiles = listedProfiles();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject profile = profiles.first().toObject();
    QCOMPARE(profile.value(QLatin1String("Name")).toString(), QStringLiteral("demo"));
    QCOMPARE(profile.value(QLatin1String("AccessKeyId")).toString(), m_harness.accessKeyId());
    QCOMPARE(profile.value(QLatin1String("Site")).toString(), QStringLiteral("custom"));
    QCOMPARE(profile.value(QLatin1String("SignatureVersion")).toString(), QStringLiteral("v3"));
    QVERIFY(profile.value(QLatin1String("Default")).toBool());
    const CliHarness::Result text = cli({ QStringLiteral("profile"), QStringLiteral("list") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("demo")));
    QVERIFY(!text.outText().contains(secret));

    // No environment, no --profile: the default profile's key and endpoint are used.
    const CliHarness::Result reports = cli({ QStringLiteral("reports"), QStringLiteral("--json") });
    QVERIFY2(reports.exitCode == 0, reports.out.constData());
    QVERIFY(!reports.json().value(QLatin1String("ReportList")).toArray().isEmpty());

    // The secret is in the keychain only: not in the config, data or cache folders.
    QCOMPARE(filesContaining(m_home, secret), QStringList());

    const CliHarness::Result removed
        = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("demo") });
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(listedProfiles().size(), 0);
    const CliHarness::Result without = cli({ QStringLiteral("reports"), QStringLiteral("--json") });
    QCOMPARE(without.exitCode, 2);
    QCOMPARE(without.json().value(QLatin1String("Code")).toString(), QStringLiteral("MissingCredentials"));
}

void TestReportDeskCliProfiles::profileOptionPicksTheProfile()
{
    QCOMPARE(addProfile(QStringLiteral("good"), m_harness.accessKeySecret(), {}).exitCode, 0);
    QCOMPARE(
        addProfile(QStringLiteral("bad"), QStringLiteral("wrong-secret"), { QStringLiteral("--default") }).exitCode, 0);

    const CliHarness::Result byDefault = cli({ QStringLiteral("reports"), QStringLiteral("--json") });
    QCOMPARE(byDefault.exitCode, 3);
    QCOMPARE(byDefault.json().value(QLatin1String("Code")).toString(), QStringLiteral("SignatureDoesNotMatch"));

    const CliHarness::Result chosen = cli(
        { QStringLiteral("--profile"), QStringLiteral("good"), QStringLiteral("reports"), QStringLiteral("--json") });
    QCOMPARE(chosen.exitCode, 0);

    const CliHarness::Result unknown
        = cli({ QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("reports") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.errText().contains(QStringLiteral("nope")));
}

void TestReportDeskCliProfiles::environmentWinsOverProfiles()
{
    QCOMPARE(
        addProfile(QStringLiteral("bad"), QStringLiteral("wrong-secret"), { QStringLiteral("--default") }).exitCode, 0);
    const CliHarness::Result result
        = CliHarness::run({ QStringLiteral("--endpoint"), m_harness.endpoint(), QStringLiteral("--profile"),
                            QStringLiteral("bad"), QStringLiteral("reports"), QStringLiteral("--json") },
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
}

void TestReportDeskCliProfiles::addNeedsTheKeyOnStandardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("id only") << QByteArray("LTAIid\n");
    QTest::newRow("empty secret line") << QByteArray("LTAIid\n\n");
}

void TestReportDeskCliProfiles::addNeedsTheKeyOnStandardInput()
{
    QFETCH(QByteArray, input);
    const CliHarness::Result result
        = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x") }, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QStringLiteral("standard input")));
    QCOMPARE(listedProfiles().size(), 0);
}

void TestReportDeskCliProfiles::duplicateNameIsRefused()
{
    QCOMPARE(addProfile(QStringLiteral("twice"), m_harness.accessKeySecret(), {}).exitCode, 0);
    const CliHarness::Result again = addProfile(QStringLiteral("twice"), m_harness.accessKeySecret(), {});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(listedProfiles().size(), 1);
}

void TestReportDeskCliProfiles::removeUnknownProfile()
{
    const CliHarness::Result result
        = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("ghost") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QStringLiteral("ghost")));
}

void TestReportDeskCliProfiles::addWithoutKeychainStoresNothing()
{
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.insert(QStringLiteral("DISPLAY"), QString());
    const QString secret = QStringLiteral("SecretThatMustNotBeWritten");
    const CliHarness::Result result = CliHarness::run(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("profile"), QStringLiteral("add"),
          QStringLiteral("nokeychain"), QStringLiteral("--endpoint"), m_harness.endpoint() },
        environment, QByteArray("LTAIid\n") + secret.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(result.errText().contains(QStringLiteral("keychain")), result.err.constData());
    QVERIFY(result.errText().contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    QVERIFY(!result.errText().contains(secret));
    QCOMPARE(listedProfiles().size(), 0);
    QCOMPARE(filesContaining(m_home, secret), QStringList());
}

QTEST_GUILESS_MAIN(TestReportDeskCliProfiles)
#include "tst_ReportDeskCliProfiles.moc"
