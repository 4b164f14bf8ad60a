#include "JobResult.h"
#include "api/NetworkSettings.h"
#include "credentials/KeychainMigration.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "credentials/SecretBlob.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A keychain that reads and deletes but refuses every write, as a full or
// read-only collection would.
class WriteRefusingStore final : public CredentialStore
{
public:
    explicit WriteRefusingStore(MemoryCredentialStore *inner)
        : m_inner(inner)
    {
    }
    CredentialJob *read(const QString &key) override { return m_inner->read(key); }
    CredentialJob *remove(const QString &key) override { return m_inner->remove(key); }
    CredentialJob *write(const QString &key, const QByteArray &) override
    {
        auto *job = new CredentialJob(CredentialJob::Operation::Write, key);
        job->finish({ CredentialError::Code::Other, QStringLiteral("collection is read-only") });
        return job;
    }

private:
    MemoryCredentialStore *m_inner;
};

// Plays a move by someone else finishing between a reader's two first steps: the
// moment the old key is read, its entry has just been moved to the new key.
class MovedMeanwhileStore final : public CredentialStore
{
public:
    MovedMeanwhileStore(MemoryCredentialStore *inner, const QString &legacyKey, const QString &key)
        : m_inner(inner)
        , m_legacyKey(legacyKey)
        , m_key(key)
    {
    }
    CredentialJob *read(const QString &key) override
    {
        if (key == m_legacyKey && m_inner->contains(m_legacyKey)) {
            JobResult::waitFor(m_inner->write(m_key, JobResult::waitFor(m_inner->read(m_legacyKey)).blob));
            JobResult::waitFor(m_inner->remove(m_legacyKey));
        }
        return m_inner->read(key);
    }
    CredentialJob *remove(const QString &key) override { return m_inner->remove(key); }
    CredentialJob *write(const QString &key, const QByteArray &blob) override { return m_inner->write(key, blob); }

private:
    MemoryCredentialStore *m_inner;
    QString m_legacyKey;
    QString m_key;
};

QByteArray profileBlob(const QString &secret)
{
    return SecretBlob::encode({ QStringLiteral("LTAItestKeyId"), secret, {} });
}

} // namespace

class TestKeychainMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keysHaveTheirOwnNamespaces();
    void profileNamedProxyPasswordLeavesTheProxyPasswordAlone();
    void legacyProfileEntryMovesOnFirstRead();
    void legacyProxyPasswordMovesOnFirstRead();
    void collidedLegacyEntryGoesOnlyToItsOwner();
    void refusedCopyKeepsTheLegacyEntry();
    void removeLeavesAProxyPasswordUnderTheOldSharedKey();
    void everythingMovesAtStartOnce();
    void nothingToMoveAsksTheKeychainNothing();
    void concurrentReadDuringTheMoveFindsTheEntry();

private:
    Profile savedProfile(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ProfileRepository> m_repository;
};

void TestKeychainMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("reportdesk.ini")), QSettings::IniFormat);
    m_store = std::make_unique<MemoryCredentialStore>();
    m_repository = std::make_unique<ProfileRepository>(m_settings.get(), m_store.get());
}

void TestKeychainMigration::cleanup()
{
    m_repository.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

// A profile saved without a keychain entry, as an older version left it.
Profile TestKeychainMigration::savedProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = QStringLiteral("LTAItestKeyId");
    const std::optional<Profile> saved = m_repository->addWithoutCredentials(profile);
    return saved ? *saved : Profile();
}

void TestKeychainMigration::keysHaveTheirOwnNamespaces()
{
    QCOMPARE(KeychainMigration::profileKey(QStringLiteral("proxy-password")), QStringLiteral("profile/proxy-password"));
    QCOMPARE(NetworkSettings::proxyPasswordKey(), QStringLiteral("network/proxy"));
    QCOMPARE(KeychainMigration::proxyPasswordKey(), NetworkSettings::proxyPasswordKey());
    Profile profile;
    profile.id = QStringLiteral("network");
    QCOMPARE(profile.keychainKey(), QStringLiteral("profile/network"));
}

// The reported bug: saving the profile overwrote the proxy password with the
// AccessKey secret, and removing it deleted the proxy password.
void TestKeychainMigration::profileNamedProxyPasswordLeavesTheProxyPasswordAlone()
{
    QVERIFY(!JobResult::waitFor(m_store->write(NetworkSettings::proxyPasswordKey(), "proxyPw1")).error.isError());
    Profile profile;
    profile.name = QStringLiteral("Proxy Password");
    const JobResult added = JobResult::waitFor(
        m_repository->add(profile, { QStringLiteral("LTAItestKeyId"), QStringLiteral("AkSecretValue9"), {} }));
    QVERIFY2(!added.error.isError(), qPrintable(added.error.description()));
    QCOMPARE(added.key, QStringLiteral("proxy-password"));

    JobResult proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get()));
    QVERIFY(!proxy.error.isError());
    QCOMPARE(proxy.blob, QByteArray("proxyPw1"));
    const JobResult loaded = JobResult::waitFor(m_repository->loadCredentials(*m_repository->profile(added.key)));
    QCOMPARE(loaded.credentials.accessKeySecret, QStringLiteral("AkSecretValue9"));

    QVERIFY(!JobResult::waitFor(m_repository->remove(added.key)).error.isError());
    proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get()));
    QCOMPARE(proxy.blob, QByteArray("proxyPw1"));
    QCOMPARE(m_store->keys(), QStringList { NetworkSettings::proxyPasswordKey() });
}

void TestKeychainMigration::legacyProfileEntryMovesOnFirstRead()
{
    const Profile profile = savedProfile(QStringLiteral("Production"));
    QCOMPARE(profile.id, QStringLiteral("production"));
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("production"), profileBlob(QStringLiteral("old-S"))))
                 .error.isError());

    const JobResult loaded = JobResult::waitFor(m_repository->loadCredentials(profile));
    QVERIFY2(!loaded.error.isError(), qPrintable(loaded.error.description()));
    QCOMPARE(loaded.credentials.accessKeySecret, QStringLiteral("old-S"));
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("profile/production") });

    // The next read finds the new entry directly.
    const int before = m_store->requestCount();
    QCOMPARE(JobResult::waitFor(m_repository->loadCredentials(profile)).credentials.accessKeySecret,
             QStringLiteral("old-S"));
    QCOMPARE(m_store->requestCount(), before + 1);
}

void TestKeychainMigration::legacyProxyPasswordMovesOnFirstRead()
{
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), "pw-legacy")).error.isError());
    const JobResult proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get()));
    QVERIFY(!proxy.error.isError());
    QCOMPARE(proxy.blob, QByteArray("pw-legacy"));
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("network/proxy") });

    const JobResult missing = JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get()));
    QCOMPARE(missing.blob, QByteArray("pw-legacy"));
}

// Under the old layout the shared entry holds whichever was saved last; it is
// moved only to the owner whose kind it is, and never handed to the other.
void TestKeychainMigration::collidedLegacyEntryGoesOnlyToItsOwner()
{
    const Profile profile = savedProfile(QStringLiteral("Proxy Password"));
    QCOMPARE(profile.id, QStringLiteral("proxy-password"));
    const QByteArray blob = profileBlob(QStringLiteral("AkSecretValue9"));
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), blob)).error.isError());

    const JobResult proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get()));
    QCOMPARE(proxy.error.code, CredentialError::Code::NotFound);
    QVERIFY(proxy.blob.isEmpty());
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("proxy-password") });

    const JobResult loaded = JobResult::waitFor(m_repository->loadCredentials(profile));
    QCOMPARE(loaded.credentials.accessKeySecret, QStringLiteral("AkSecretValue9"));
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("profile/proxy-password") });

    // The other way round: a proxy password under the shared key is no profile secret.
    QVERIFY(!JobResult::waitFor(m_store->remove(QStringLiteral("profile/proxy-password"))).error.isError());
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), "pw")).error.isError());
    QCOMPARE(JobResult::waitFor(m_repository->loadCredentials(profile)).error.code, CredentialError::Code::NotFound);
    QCOMPARE(JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get())).blob, QByteArray("pw"));
}

void TestKeychainMigration::refusedCopyKeepsTheLegacyEntry()
{
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), "pw-legacy")).error.isError());
    WriteRefusingStore refusing(m_store.get());
    const JobResult proxy = JobResult::waitFor(KeychainMigration::readProxyPassword(&refusing));
    QVERIFY(!proxy.error.isError());
    QCOMPARE(proxy.blob, QByteArray("pw-legacy")); // usable for this session
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("proxy-password") });
}

void TestKeychainMigration::removeLeavesAProxyPasswordUnderTheOldSharedKey()
{
    const Profile profile = savedProfile(QStringLiteral("Proxy Password"));
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), "pw")).error.isError());
    QVERIFY(!JobResult::waitFor(m_repository->remove(profile.id)).error.isError());
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("proxy-password") });

    // A legacy profile entry is removed with its profile.
    const Profile other = savedProfile(QStringLiteral("Other"));
    QVERIFY(
        !JobResult::waitFor(m_store->write(QStringLiteral("other"), profileBlob(QStringLiteral("o")))).error.isError());
    QVERIFY(!JobResult::waitFor(m_repository->remove(other.id)).error.isError());
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("proxy-password") });
}

void TestKeychainMigration::everythingMovesAtStartOnce()
{
    const Profile a = savedProfile(QStringLiteral("A"));
    const Profile b = savedProfile(QStringLiteral("B"));
    QVERIFY(
        !JobResult::waitFor(m_store->write(QStringLiteral("a"), profileBlob(QStringLiteral("sa")))).error.isError());
    QVERIFY(
        !JobResult::waitFor(m_store->write(QStringLiteral("b"), profileBlob(QStringLiteral("sb")))).error.isError());
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), "pw")).error.isError());

    const JobResult migrated = JobResult::waitFor(m_repository->migrateLegacyKeychainEntries());
    QVERIFY(migrated.finished);
    QVERIFY(!migrated.error.isError());
    QStringList keys = m_store->keys();
    keys.sort();
    QCOMPARE(
        keys,
        (QStringList { QStringLiteral("network/proxy"), QStringLiteral("profile/a"), QStringLiteral("profile/b") }));
    QCOMPARE(JobResult::waitFor(m_repository->loadCredentials(a)).credentials.accessKeySecret, QStringLiteral("sa"));
    QCOMPARE(JobResult::waitFor(m_repository->loadCredentials(b)).credentials.accessKeySecret, QStringLiteral("sb"));

    // Done once: the next start reads nothing.
    const int before = m_store->requestCount();
    QVERIFY(JobResult::waitFor(m_repository->migrateLegacyKeychainEntries()).finished);
    QCOMPARE(m_store->requestCount(), before);
}

void TestKeychainMigration::nothingToMoveAsksTheKeychainNothing()
{
    // No saved profile, no proxy with a user: a start makes no keychain request.
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("proxy-password"), "pw")).error.isError());
    const int before = m_store->requestCount();
    QVERIFY(JobResult::waitFor(m_repository->migrateLegacyKeychainEntries()).finished);
    QCOMPARE(m_store->requestCount(), before);
    // A proxy password configured later still finds the old entry.
    NetworkSettings network;
    network.proxy.mode = ProxySettings::Mode::Http;
    network.proxy.host = QStringLiteral("proxy.example");
    network.proxy.port = 3128;
    network.proxy.user = QStringLiteral("ops");
    AppSettings settings(m_settings.get());
    network.save(settings);
    const JobResult read = JobResult::waitFor(KeychainMigration::readProxyPassword(m_store.get()));
    QCOMPARE(read.blob, QByteArray("pw"));
}

// The start's migration and the session's first read of the same entry run side
// by side: the session may find the new key still empty and the old one already
// gone. It then looks at the new key once more.
void TestKeychainMigration::concurrentReadDuringTheMoveFindsTheEntry()
{
    const QByteArray blob = profileBlob(QStringLiteral("s1"));
    QVERIFY(!JobResult::waitFor(m_store->write(QStringLiteral("production"), blob)).error.isError());
    MovedMeanwhileStore store(m_store.get(), QStringLiteral("production"), QStringLiteral("profile/production"));
    const JobResult loaded
        = JobResult::waitFor(KeychainMigration::readProfileSecret(&store, QStringLiteral("production")));
    QVERIFY2(!loaded.error.isError(), qPrintable(loaded.error.description()));
    QCOMPARE(loaded.blob, blob);
    QCOMPARE(m_store->keys(), QStringList { QStringLiteral("profile/production") });
}

QTEST_GUILESS_MAIN(TestKeychainMigration)
#include "test_KeychainMigration.moc"
