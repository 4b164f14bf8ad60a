// Integration test against a real Secret Service. Registered three times:
//  - keyring:   inside tests/with-keyring.sh (a private, unlocked gnome-keyring);
//  - noservice: a private bus that cannot activate any service (no Secret Service at all);
//  - locked:    a private bus where gnome-keyring is activated but has no unlocked collection.
//  - nolibsecret: as noservice, with an empty libsecret-1.so.0 first on LD_LIBRARY_PATH
//                 (QtKeychain 0.13 then fails with "Unknown error");
//  - hung:      no Secret Service, but this process owns its bus name and never answers.
// REPORTDESK_KEYCHAIN_EXPECT selects which expectations apply.
#include "JobResult.h"
#include "api/NetworkSettings.h"
#include "credentials/CredentialSession.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/KeychainMigration.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int JobWaitMs = 20000;
// Shorter than JobWaitMs, so a keychain that stops answering fails the job, not the wait.
constexpr std::chrono::seconds StoreTimeout(10);

QString expectation()
{
    return qEnvironmentVariable("REPORTDESK_KEYCHAIN_EXPECT", QStringLiteral("keyring"));
}

// secret-tool prints the attributes on stderr and the secret on stdout.
QString secretToolSearch(const QString &service)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"),
                  { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service });
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("<secret-tool timed out>");
    }
    return QString::fromUtf8(process.readAll());
}

// Every regular file under the test's HOME and XDG folders that contains `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QStringList roots;
    for (const char *variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" }) {
        const QString root = qEnvironmentVariable(variable);
        if (!root.isEmpty() && QDir(root).exists())
            roots.append(root);
    }
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(file.fileName());
        }
    }
    hits.removeDuplicates(); // XDG folders lie inside HOME
    return hits;
}

int scannedFileCount()
{
    int count = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

Profile sampleProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = QStringLiteral("LTAIintegration");
    return profile;
}

// Owns org.freedesktop.secrets and swallows every call: a keychain that hangs.
class SilentSecretService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

bool unusableKeychainExpected()
{
    const QString mode = expectation();
    return mode == QLatin1String("noservice") || mode == QLatin1String("locked")
        || mode == QLatin1String("nolibsecret");
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void readMissing();
    void removeMissing();
    void profileLifecycle();
    void profileNamedProxyPasswordKeepsTheProxyPassword();
    void unavailable();
    void sessionFallsBackToMemory();
    void hungKeychainTimesOut();

private:
    static QString service() { return KeychainCredentialStore::defaultServiceName(); }
};

void TestKeychainCredentialStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_KeychainCredentialStore"));
    QSettings().clear(); // the test HOME survives between runs
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside dbus-run-session, never against the user's own keychain");
    QCOMPARE(service(), QStringLiteral("io.github.reportdesk.ReportDesk"));
}

void TestKeychainCredentialStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("json blob") << QStringLiteral("production") << QByteArray(R"({"secret":"first-Secret-1"})")
                               << QByteArray(R"({"secret":"second-Secret-2","token":"tok/+=="})");
    QTest::newRow("unicode key, binary") << QStringLiteral("测试-profile 2") << QByteArray("\x00\x01\xff zero", 9)
                                         << QByteArray("x");
}

void TestKeychainCredentialStore::roundTrip()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    QFETCH(QString, key);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    KeychainCredentialStore store;
    store.setTimeout(StoreTimeout);

    JobResult write = JobResult::waitFor(store.write(key, first));
    QVERIFY(write.finished);
    QVERIFY2(!write.error.isError(), qPrintable(write.error.backendText));

    JobResult read = JobResult::waitFor(store.read(key));
    QVERIFY(read.finished);
    QVERIFY2(!read.error.isError(), qPrintable(read.error.backendText));
    QCOMPARE(read.blob, first);

    const QString listing = secretToolSearch(service());
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = ") + key), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("attribute.server = ") + service()), qPrintable(listing));

    write = JobResult::waitFor(store.write(key, second));
    QVERIFY2(!write.error.isError(), qPrintable(write.error.backendText));
    read = JobResult::waitFor(store.read(key));
    QCOMPARE(read.blob, second);
    QCOMPARE(secretToolSearch(service()).count(QStringLiteral("attribute.user = ") + key), 1);

    const JobResult removed = JobResult::waitFor(store.remove(key));
    QVERIFY(removed.finished);
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.backendText));
    QVERIFY(!secretToolSearch(service()).contains(QStringLiteral("attribute.user = ") + key));
    read = JobResult::waitFor(store.read(key));
    QCOMPARE(read.error.code, CredentialError::Code::NotFound);
}

void TestKeychainCredentialStore::readMissing()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    KeychainCredentialStore store;
    store.setTimeout(StoreTimeout);
    const JobResult read = JobResult::waitFor(store.read(QStringLiteral("never-written")));
    QVERIFY(read.finished);
    QCOMPARE(read.error.code, CredentialError::Code::NotFound);
    QVERIFY(read.blob.isEmpty());
}

// libsecret reports success for a missing entry; either way nothing is left behind.
void TestKeychainCredentialStore::removeMissing()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    KeychainCredentialStore store;
    store.setTimeout(StoreTimeout);
    const JobResult removed = JobResult::waitFor(store.remove(QStringLiteral("never-written")));
    QVERIFY(removed.finished);
    QVERIFY2(!removed.error.isBackendFailure(), qPrintable(removed.error.backendText));
    QVERIFY(!secretToolSearch(service()).contains(QStringLiteral("never-written")));
}

// Profiles over the real keychain: add, read back in a new session, delete.
void TestKeychainCredentialStore::profileLifecycle()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    QSettings settings;
    KeychainCredentialStore keychain;
    keychain.setTimeout(StoreTimeout);
    ProfileRepository repository(&settings, &keychain);
    CredentialSession session(&repository);
    const AccessKeyCredentials credentials { QStringLiteral("LTAIintegration"), QStringLiteral("LifecycleSecret9"),
                                             QStringLiteral("LifecycleToken9") };
    const JobResult added = JobResult::waitFor(session.addProfile(sampleProfile(QStringLiteral("Life")), credentials));
    QVERIFY2(!added.error.isError(), qPrintable(added.error.description()));
    QVERIFY(!session.isKeychainUnavailable());
    const Profile profile = session.profile();
    QVERIFY(secretToolSearch(service()).contains(QStringLiteral("attribute.user = ") + profile.keychainKey()));

    CredentialSession reopened(&repository);
    QSignalSpy ready(&reopened, &CredentialSession::credentialsReady);
    reopened.start(*repository.profile(profile.id));
    QVERIFY(ready.wait(JobWaitMs));
    QCOMPARE(reopened.credentials().accessKeySecret, credentials.accessKeySecret);
    QCOMPARE(reopened.credentials().securityToken, credentials.securityToken);

    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains("LTAIintegration"));
    QVERIFY(!settingsText.contains("LifecycleSecret9"));
    QVERIFY(!settingsText.contains("LifecycleToken9"));

    const JobResult removed = JobResult::waitFor(repository.remove(profile.id));
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.description()));
    QVERIFY(!secretToolSearch(service()).contains(QStringLiteral("attribute.user = ") + profile.keychainKey()));
}

// The collision of the flat key layout, over the real keychain: a profile whose
// id was "proxy-password" overwrote the proxy password and deleted it on removal.
// An old entry is moved to its namespaced key the first time it is read.
void TestKeychainCredentialStore::profileNamedProxyPasswordKeepsTheProxyPassword()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    QSettings settings;
    KeychainCredentialStore keychain;
    keychain.setTimeout(StoreTimeout);
    QVERIFY(!JobResult::waitFor(keychain.write(QStringLiteral("proxy-password"), "LegacyProxyPw7")).error.isError());
    JobResult proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(&keychain));
    QVERIFY2(!proxy.error.isError(), qPrintable(proxy.error.description()));
    QCOMPARE(proxy.blob, QByteArray("LegacyProxyPw7"));
    QString listing = secretToolSearch(service());
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = network/proxy")), qPrintable(listing));
    QVERIFY2(!listing.contains(QStringLiteral("attribute.user = proxy-password")), qPrintable(listing));

    ProfileRepository repository(&settings, &keychain);
    const JobResult added = JobResult::waitFor(
        repository.add(sampleProfile(QStringLiteral("Proxy Password")),
                       { QStringLiteral("LTAIintegration"), QStringLiteral("CollidingSecret3"), {} }));
    QVERIFY2(!added.error.isError(), qPrintable(added.error.description()));
    QCOMPARE(added.key, QStringLiteral("proxy-password"));
    proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(&keychain));
    QCOMPARE(proxy.blob, QByteArray("LegacyProxyPw7"));

    QVERIFY(!JobResult::waitFor(repository.remove(added.key)).error.isError());
    proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(&keychain));
    QCOMPARE(proxy.blob, QByteArray("LegacyProxyPw7"));
    listing = secretToolSearch(service());
    QVERIFY2(!listing.contains(QStringLiteral("profile/proxy-password")), qPrintable(listing));
    QVERIFY(!JobResult::waitFor(keychain.remove(NetworkSettings::proxyPasswordKey())).error.isError());
}

void TestKeychainCredentialStore::unavailable()
{
    if (!unusableKeychainExpected())
        QSKIP("needs a bus without a usable keyring");
    KeychainCredentialStore store;
    store.setTimeout(StoreTimeout);
    const QByteArray blob(R"({"secret":"Unavailable-Secret-Zz9"})");
    const JobResult write = JobResult::waitFor(store.write(QStringLiteral("p"), blob));
    QVERIFY(write.finished);
    QVERIFY2(write.error.isBackendFailure(), qPrintable(write.error.backendText));
    QVERIFY(!write.error.backendText.contains(QLatin1String("Unavailable-Secret")));
    qInfo("keychain error: %s", qPrintable(write.error.description()));

    const JobResult read = JobResult::waitFor(store.read(QStringLiteral("p")));
    QVERIFY(read.finished);
    QVERIFY(read.blob.isEmpty());
    // A locked or missing collection reads as "no entry"; no service at all is a failure.
    if (expectation() == QLatin1String("locked"))
        QCOMPARE(read.error.code, CredentialError::Code::NotFound);
    else
        QVERIFY2(read.error.isBackendFailure(), qPrintable(read.error.backendText));
    QVERIFY(JobResult::waitFor(store.remove(QStringLiteral("p"))).finished);
    QVERIFY(filesContaining("Unavailable-Secret-Zz9").isEmpty());
}

// The whole no-keychain path: the session retries, falls back to memory, the
// banner explains, and the secret is found in no file of the test's HOME/XDG.
void TestKeychainCredentialStore::sessionFallsBackToMemory()
{
    if (!unusableKeychainExpected())
        QSKIP("needs a bus without a usable keyring");
    QSettings settings;
    KeychainCredentialStore keychain;
    keychain.setTimeout(StoreTimeout);
    ProfileRepository repository(&settings, &keychain);
    CredentialSession session(&repository);
    session.setRetryDelay(std::chrono::milliseconds(100));
    QSignalSpy banner(&session, &CredentialSession::keychainUnavailable);

    const QByteArray secret("FallbackSecretQq7");
    const QByteArray token("FallbackTokenQq7");
    const AccessKeyCredentials credentials { QStringLiteral("LTAIintegration"), QString::fromLatin1(secret),
                                             QString::fromLatin1(token) };
    const JobResult added
        = JobResult::waitFor(session.addProfile(sampleProfile(QStringLiteral("NoKeychain")), credentials), JobWaitMs);
    QVERIFY(added.finished);
    QVERIFY2(added.error.isBackendFailure(), qPrintable(added.error.description()));
    QCOMPARE(banner.count(), 1);
    QVERIFY(session.isKeychainUnavailable());
    QCOMPARE(session.state(), CredentialSession::State::Ready);
    QCOMPARE(session.credentials().accessKeySecret, credentials.accessKeySecret);
    QVERIFY(session.sessionStore()->contains(KeychainMigration::profileKey(session.profile().id)));
    QVERIFY(banner.at(0).at(0).toString().contains(QLatin1String("GNOME Keyring")));

    // A later start reads through the retry path and ends in the same state.
    CredentialSession fresh(&repository);
    fresh.setRetryDelay(std::chrono::milliseconds(100));
    QSignalSpy freshBanner(&fresh, &CredentialSession::keychainUnavailable);
    QSignalSpy freshMissing(&fresh, &CredentialSession::credentialsMissing);
    fresh.start(session.profile());
    QVERIFY(freshMissing.wait(JobWaitMs));
    QCOMPARE(freshBanner.count(), expectation() == QLatin1String("locked") ? 0 : 1);

    settings.sync();
    QVERIFY(scannedFileCount() > 0); // the scan does look at the settings file
    QCOMPARE(filesContaining("LTAIintegration").size(), 1);
    QCOMPARE(filesContaining(secret), QStringList());
    QCOMPARE(filesContaining(token), QStringList());
}

void TestKeychainCredentialStore::hungKeychainTimesOut()
{
    if (expectation() != QLatin1String("hung"))
        QSKIP("needs the silent Secret Service bus");
    SilentSecretService silent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &silent, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

    KeychainCredentialStore store;
    store.setTimeout(std::chrono::milliseconds(300));
    const JobResult write
        = JobResult::waitFor(store.write(QStringLiteral("p"), QByteArray(R"({"secret":"HungSecret"})")));
    QVERIFY(write.finished);
    QCOMPARE(write.error.code, CredentialError::Code::Other);
    QVERIFY(write.error.backendText.contains(QLatin1String("did not answer")));

    QSettings settings;
    ProfileRepository repository(&settings, &store);
    Profile profile = sampleProfile(QStringLiteral("Hung"));
    QVERIFY(repository.addWithoutCredentials(profile));
    CredentialSession session(&repository);
    session.setRetryDelay(std::chrono::milliseconds(100));
    QSignalSpy banner(&session, &CredentialSession::keychainUnavailable);
    session.start(*repository.profileByName(QStringLiteral("Hung")));
    QVERIFY(banner.wait(JobWaitMs));
    QVERIFY(session.isKeychainUnavailable());
    QCOMPARE(session.state(), CredentialSession::State::MissingSecret);
    bus.unregisterService(QStringLiteral("org.freedesktop.secrets"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"), QDBusConnection::UnregisterTree);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "test_KeychainCredentialStore.moc"
