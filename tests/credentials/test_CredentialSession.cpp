#include "JobResult.h"
#include "credentials/CredentialSession.h"
#include "credentials/KeychainMigration.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "credentials/SecretBlob.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using State = CredentialSession::State;

namespace {

const QString Secret = QStringLiteral("SessionSecretValue");

} // namespace

class TestCredentialSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsStoredKey();
    void missingKeyAsksUser();
    void retriesOnceThenSucceeds_data();
    void retriesOnceThenSucceeds();
    void failsTwiceThenSessionOnly_data();
    void failsTwiceThenSessionOnly();
    void accessDeniedDoesNotRetry();
    void failedKeychainWriteKeepsKeyInMemory();
    void addProfileWithoutKeychain();
    void retryKeychainMovesKeyIntoKeychain();
    void environmentProfile();
    void staleAnswerIgnored();

private:
    Profile addProfile(const QString &name, const QString &secret);
    QString settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain; // stands in for the OS keychain
    std::unique_ptr<ProfileRepository> m_repository;
    std::unique_ptr<CredentialSession> m_session;
};

void TestCredentialSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("reportdesk.ini")), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_repository = std::make_unique<ProfileRepository>(m_settings.get(), m_keychain.get());
    m_session = std::make_unique<CredentialSession>(m_repository.get());
    m_session->setRetryDelay(50ms);
}

void TestCredentialSession::cleanup()
{
    m_session.reset();
    m_repository.reset();
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
}

Profile TestCredentialSession::addProfile(const QString &name, const QString &secret)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = QStringLiteral("LTAIsession");
    const JobResult result
        = JobResult::waitFor(m_repository->add(profile, { QStringLiteral("LTAIsession"), secret, {} }));
    return m_repository->profile(result.key).value_or(Profile());
}

QString TestCredentialSession::settingsText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCredentialSession::readsStoredKey()
{
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    QVERIFY(profile.isValid());
    QSignalSpy ready(m_session.get(), &CredentialSession::credentialsReady);
    m_session->start(profile);
    QCOMPARE(m_session->state(), State::Loading); // asynchronous: the window stays usable
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->credentials().accessKeySecret, Secret);
    QCOMPARE(m_session->credentials().accessKeyId, QStringLiteral("LTAIsession"));
    QVERIFY(!m_session->isKeychainUnavailable());
}

void TestCredentialSession::missingKeyAsksUser()
{
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    QVERIFY(JobResult::waitFor(m_keychain->remove(KeychainMigration::profileKey(profile.id))).finished);
    QSignalSpy missing(m_session.get(), &CredentialSession::credentialsMissing);
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    m_session->start(profile);
    QVERIFY(missing.wait(5000));
    QCOMPARE(m_session->state(), State::MissingSecret);
    QCOMPARE(unavailable.count(), 0);
    // write, remove, reads of the entry, its old key and the entry again: no retry for a missing entry
    QCOMPARE(m_keychain->requestCount(), 5);
}

void TestCredentialSession::retriesOnceThenSucceeds_data()
{
    QTest::addColumn<CredentialError::Code>("code");
    QTest::newRow("no backend") << CredentialError::Code::NoBackend;
    QTest::newRow("other") << CredentialError::Code::Other;
}

void TestCredentialSession::retriesOnceThenSucceeds()
{
    QFETCH(CredentialError::Code, code);
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    m_keychain->setSimulatedError({ code, QStringLiteral("starting up") });
    QSignalSpy states(m_session.get(), &CredentialSession::stateChanged);
    QSignalSpy ready(m_session.get(), &CredentialSession::credentialsReady);
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    // The keychain comes up while the session waits to retry.
    connect(m_session.get(), &CredentialSession::stateChanged, m_keychain.get(), [this](State state) {
        if (state == State::Retrying)
            m_keychain->setSimulatedError({});
    });
    m_session->start(profile);
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_session->credentials().accessKeySecret, Secret);
    QCOMPARE(unavailable.count(), 0);
    QCOMPARE(m_keychain->requestCount(), 3); // write + two reads
    QCOMPARE(states.count(), 4); // Loading, Retrying, Loading, Ready
}

void TestCredentialSession::failsTwiceThenSessionOnly_data()
{
    QTest::addColumn<CredentialError::Code>("code");
    QTest::newRow("no backend") << CredentialError::Code::NoBackend;
    QTest::newRow("other") << CredentialError::Code::Other;
}

void TestCredentialSession::failsTwiceThenSessionOnly()
{
    QFETCH(CredentialError::Code, code);
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    m_keychain->setSimulatedError({ code, QStringLiteral("backend text") });
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    QSignalSpy missing(m_session.get(), &CredentialSession::credentialsMissing);
    m_session->start(profile);
    QVERIFY(unavailable.wait(5000));
    QCOMPARE(missing.count(), 1);
    QCOMPARE(m_keychain->requestCount(), 3); // write + exactly two reads
    QVERIFY(m_session->isKeychainUnavailable());
    QCOMPARE(m_session->keychainError().code, code);
    QCOMPARE(m_session->state(), State::MissingSecret);
    const QString banner = unavailable.at(0).at(0).toString();
    QCOMPARE(banner, m_session->unavailableExplanation());
    QVERIFY(banner.contains(QLatin1String("backend text")));
    QVERIFY(banner.contains(QLatin1String("this session only")));
    QVERIFY(banner.contains(QLatin1String("GNOME Keyring")));
    QVERIFY(banner.contains(QLatin1String("KWallet")));

    // The key the user now types stays in memory; the keychain is not asked again.
    const QString typed = QStringLiteral("TypedSecretValue");
    const JobResult saved = JobResult::waitFor(
        m_session->saveCredentials({ QStringLiteral("LTAIsession"), typed, QStringLiteral("tok") }));
    QVERIFY(!saved.error.isError());
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->credentials().accessKeySecret, typed);
    QCOMPARE(m_keychain->requestCount(), 3);
    QVERIFY(m_session->sessionStore()->contains(KeychainMigration::profileKey(profile.id)));
    QVERIFY(!settingsText().contains(typed));
    QVERIFY(!settingsText().contains(QLatin1String("tok")));

    // Switching away and back finds the session key without touching the keychain.
    m_session->start(Profile());
    m_session->start(profile);
    QTRY_COMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->credentials().accessKeySecret, typed);
    QCOMPARE(m_keychain->requestCount(), 3);
    QCOMPARE(unavailable.count(), 1);
}

void TestCredentialSession::accessDeniedDoesNotRetry()
{
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    m_keychain->setSimulatedError({ CredentialError::Code::AccessDenied, QStringLiteral("denied") });
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    m_session->start(profile);
    QVERIFY(unavailable.wait(5000));
    QCOMPARE(m_keychain->requestCount(), 2);
}

// A locked collection reads as "not found" and only fails on write.
void TestCredentialSession::failedKeychainWriteKeepsKeyInMemory()
{
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    QVERIFY(JobResult::waitFor(m_keychain->remove(KeychainMigration::profileKey(profile.id))).finished);
    m_session->start(profile);
    QTRY_COMPARE(m_session->state(), State::MissingSecret);

    m_keychain->setSimulatedError({ CredentialError::Code::Other, QStringLiteral("collection/login") });
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    const JobResult saved = JobResult::waitFor(m_session->saveCredentials({ {}, Secret, {} }));
    QCOMPARE(saved.error.code, CredentialError::Code::Other);
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->credentials().accessKeySecret, Secret);
    QVERIFY(m_session->sessionStore()->contains(KeychainMigration::profileKey(profile.id)));
    QVERIFY(!m_keychain->contains(KeychainMigration::profileKey(profile.id)));
}

void TestCredentialSession::addProfileWithoutKeychain()
{
    m_keychain->setSimulatedError({ CredentialError::Code::NoBackend, QStringLiteral("none") });
    Profile profile;
    profile.name = QStringLiteral("Fresh");
    profile.accessKeyId = QStringLiteral("LTAIfresh");
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    const JobResult added
        = JobResult::waitFor(m_session->addProfile(profile, { QStringLiteral("LTAIfresh"), Secret, {} }));
    QCOMPARE(added.error.code, CredentialError::Code::NoBackend);
    QCOMPARE(added.key, QStringLiteral("fresh"));
    QCOMPARE(m_session->profile().id, added.key);
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(m_session->state(), State::Ready);
    QCOMPARE(m_session->profile().name, QStringLiteral("Fresh"));
    QCOMPARE(m_session->credentials().accessKeySecret, Secret);
    QVERIFY(m_repository->profileByName(QStringLiteral("Fresh")));
    QVERIFY(settingsText().contains(QLatin1String("LTAIfresh")));
    QVERIFY(!settingsText().contains(Secret));
    QVERIFY(m_keychain->keys().isEmpty());

    // Invalid input is refused before anything is stored.
    const JobResult invalid
        = JobResult::waitFor(m_session->addProfile(profile, { QStringLiteral("LTAIfresh"), Secret, {} }));
    QVERIFY(invalid.error.isError());
    QCOMPARE(m_repository->profiles().size(), 1);
}

void TestCredentialSession::retryKeychainMovesKeyIntoKeychain()
{
    const Profile profile = addProfile(QStringLiteral("P"), Secret);
    m_keychain->setSimulatedError({ CredentialError::Code::NoBackend, {} });
    QSignalSpy unavailable(m_session.get(), &CredentialSession::keychainUnavailable);
    m_session->start(profile);
    QVERIFY(unavailable.wait(5000));
    const QString typed = QStringLiteral("MovedSecret");
    QVERIFY(!JobResult::waitFor(m_session->saveCredentials({ {}, typed, {} })).error.isError());

    m_keychain->setSimulatedError({});
    QSignalSpy again(m_session.get(), &CredentialSession::keychainAvailableAgain);
    m_session->retryKeychain();
    QCOMPARE(again.count(), 1);
    QVERIFY(!m_session->isKeychainUnavailable());
    QTRY_VERIFY(!m_session->sessionStore()->contains(KeychainMigration::profileKey(profile.id)));
    const JobResult stored = JobResult::waitFor(m_keychain->read(KeychainMigration::profileKey(profile.id)));
    AccessKeyCredentials decoded;
    QVERIFY(SecretBlob::decode(stored.blob, &decoded));
    QCOMPARE(decoded.accessKeySecret, typed);
}

void TestCredentialSession::environmentProfile()
{
    Profile environment;
    environment.accessKeyId = QStringLiteral("LTAIenv");
    m_repository->setEnvironmentProfile(environment, { QStringLiteral("LTAIenv"), QStringLiteral("envSecret"), {} });
    QSignalSpy ready(m_session.get(), &CredentialSession::credentialsReady);
    m_session->start(*m_repository->environmentProfile());
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_session->credentials().accessKeySecret, QStringLiteral("envSecret"));
    QCOMPARE(m_keychain->requestCount(), 0);
    QVERIFY(JobResult::waitFor(m_session->saveCredentials({ {}, QStringLiteral("x"), {} })).error.isError());
    QCOMPARE(m_keychain->requestCount(), 0);
}

void TestCredentialSession::staleAnswerIgnored()
{
    const Profile first = addProfile(QStringLiteral("First"), QStringLiteral("firstSecret"));
    const Profile second = addProfile(QStringLiteral("Second"), QStringLiteral("secondSecret"));
    QSignalSpy ready(m_session.get(), &CredentialSession::credentialsReady);
    m_session->start(first);
    m_session->start(second);
    QVERIFY(ready.wait(5000));
    QCoreApplication::processEvents(); // a stale answer for "First" would arrive now
    QCOMPARE(ready.count(), 1);
    QCOMPARE(m_session->profile().id, second.id);
    QCOMPARE(m_session->credentials().accessKeySecret, QStringLiteral("secondSecret"));
}

QTEST_GUILESS_MAIN(TestCredentialSession)
#include "test_CredentialSession.moc"
