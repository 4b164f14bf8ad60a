#include "JobResult.h"
#include "credentials/KeychainMigration.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "credentials/SecretBlob.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Profile makeProfile(const QString &name, const QString &accessKeyId = QStringLiteral("LTAItestKeyId"))
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = accessKeyId;
    return profile;
}

AccessKeyCredentials makeCredentials(const QString &secret, const QString &token = {})
{
    return { QStringLiteral("LTAItestKeyId"), secret, token };
}

} // namespace

class TestProfileRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addSavesProfileAndSecretApart_data();
    void addSavesProfileAndSecretApart();
    void settingsHoldNoSecret();
    void idsAreReadableAndUnique();
    void validation_data();
    void validation();
    void failingStoreSavesNothing();
    void updateAndRename();
    void updateCredentials();
    void removeDeletesKeychainEntry();
    void defaultAndLastUsed();
    void environmentProfileIsNeverSaved();
    void loadCredentialsOfCorruptEntry();

private:
    QString add(const Profile &profile, const AccessKeyCredentials &credentials);
    QString settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ProfileRepository> m_repository;
};

void TestProfileRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("reportdesk.ini")), QSettings::IniFormat);
    m_store = std::make_unique<MemoryCredentialStore>();
    m_repository = std::make_unique<ProfileRepository>(m_settings.get(), m_store.get());
}

void TestProfileRepository::cleanup()
{
    m_repository.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestProfileRepository::add(const Profile &profile, const AccessKeyCredentials &credentials)
{
    const JobResult result = JobResult::waitFor(m_repository->add(profile, credentials));
    if (!result.finished || result.error.isError())
        return {};
    return result.key;
}

QString TestProfileRepository::settingsText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileRepository::addSavesProfileAndSecretApart_data()
{
    QTest::addColumn<ApiEndpoint::Site>("site");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<SignatureVersion>("signature");
    QTest::addColumn<QString>("token");
    QTest::newRow("China, V3, AK") << ApiEndpoint::Site::China << QString() << SignatureVersion::V3 << QString();
    QTest::newRow("International, V1, STS")
        << ApiEndpoint::Site::International << QString() << SignatureVersion::V1 << QStringLiteral("stsTokenValue");
    QTest::newRow("custom loopback") << ApiEndpoint::Site::Custom << QStringLiteral("http://127.0.0.1:8080/")
                                     << SignatureVersion::V3 << QString();
}

void TestProfileRepository::addSavesProfileAndSecretApart()
{
    QFETCH(ApiEndpoint::Site, site);
    QFETCH(QString, customUrl);
    QFETCH(SignatureVersion, signature);
    QFETCH(QString, token);
    Profile profile = makeProfile(QStringLiteral("Production"));
    profile.endpoint
        = site == ApiEndpoint::Site::Custom ? ApiEndpoint::custom(QUrl(customUrl)) : ApiEndpoint::forSite(site);
    profile.signatureVersion = signature;

    QSignalSpy changed(m_repository.get(), &ProfileRepository::profilesChanged);
    const QString id = add(profile, makeCredentials(QStringLiteral("theSecretValue"), token));
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.count(), 1);

    // A fresh repository on the same file sees the same profile.
    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    ProfileRepository again(&reopened, m_store.get());
    const std::optional<Profile> saved = again.profile(id);
    QVERIFY(saved);
    profile.id = id;
    QCOMPARE(*saved, profile);
    QCOMPARE(again.defaultProfileId(), id);

    QVERIFY(m_store->contains(KeychainMigration::profileKey(id)));
    const JobResult loaded = JobResult::waitFor(again.loadCredentials(*saved));
    QVERIFY(!loaded.error.isError());
    QCOMPARE(loaded.credentials.accessKeyId, QStringLiteral("LTAItestKeyId"));
    QCOMPARE(loaded.credentials.accessKeySecret, QStringLiteral("theSecretValue"));
    QCOMPARE(loaded.credentials.securityToken, token);
}

void TestProfileRepository::settingsHoldNoSecret()
{
    const QString secret = QStringLiteral("S3cretNeverOnDisk");
    const QString token = QStringLiteral("T0kenNeverOnDisk");
    const QString id = add(makeProfile(QStringLiteral("One")), makeCredentials(secret, token));
    QVERIFY(!id.isEmpty());
    QVERIFY(JobResult::waitFor(m_repository->updateCredentials(*m_repository->profile(id),
                                                               makeCredentials(secret + QLatin1Char('2'), token)))
                .finished);
    m_repository->setLastUsedProfileId(id);

    const QString text = settingsText();
    QVERIFY(text.contains(QLatin1String("LTAItestKeyId"))); // the file really was written
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains(token));
    QVERIFY(!text.contains(QLatin1String("secret"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("token"), Qt::CaseInsensitive));
}

void TestProfileRepository::idsAreReadableAndUnique()
{
    const QString first = add(makeProfile(QStringLiteral("My Prod!")), makeCredentials(QStringLiteral("a")));
    QCOMPARE(first, QStringLiteral("my-prod"));
    QVERIFY(m_repository->rename(first, QStringLiteral("Other")));
    const QString second = add(makeProfile(QStringLiteral("my prod")), makeCredentials(QStringLiteral("b")));
    QCOMPARE(second, QStringLiteral("my-prod-2"));
    QCOMPARE(m_repository->idForNewProfile(QStringLiteral(" My Prod ")), QStringLiteral("my-prod-3"));
    const QString third = add(makeProfile(QStringLiteral("生产")), makeCredentials(QStringLiteral("c")));
    QCOMPARE(third, QStringLiteral("profile"));
    const QString environment = add(makeProfile(QStringLiteral("Environment")), makeCredentials(QStringLiteral("d")));
    QCOMPARE(environment, QStringLiteral("environment-2"));
    QCOMPARE(m_repository->profiles().size(), 4);
}

void TestProfileRepository::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringLiteral("New") << QStringLiteral("LTAI") << QString() << true;
    QTest::newRow("empty name") << QStringLiteral("  ") << QStringLiteral("LTAI") << QString() << false;
    QTest::newRow("duplicate, other case")
        << QStringLiteral("EXISTING") << QStringLiteral("LTAI") << QString() << false;
    QTest::newRow("no key id") << QStringLiteral("New") << QString() << QString() << false;
    QTest::newRow("plain http endpoint") << QStringLiteral("New") << QStringLiteral("LTAI")
                                         << QStringLiteral("http://example.com/") << false;
}

void TestProfileRepository::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QVERIFY(!add(makeProfile(QStringLiteral("Existing")), makeCredentials(QStringLiteral("x"))).isEmpty());
    Profile profile = makeProfile(name, accessKeyId);
    if (!endpoint.isEmpty())
        profile.endpoint = ApiEndpoint::custom(QUrl(endpoint));
    QCOMPARE(m_repository->validationError(profile).isEmpty(), valid);

    const int writesBefore = m_store->requestCount();
    AccessKeyCredentials credentials = makeCredentials(QStringLiteral("s"));
    credentials.accessKeyId = accessKeyId;
    const JobResult result = JobResult::waitFor(m_repository->add(profile, credentials));
    QVERIFY(result.finished);
    QCOMPARE(result.error.isError(), !valid);
    QCOMPARE(m_repository->profiles().size(), valid ? 2 : 1);
    QCOMPARE(m_store->requestCount(), writesBefore + (valid ? 1 : 0));
}

void TestProfileRepository::failingStoreSavesNothing()
{
    m_store->setSimulatedError({ CredentialError::Code::NoBackend, QStringLiteral("no keychain") });
    const JobResult result
        = JobResult::waitFor(m_repository->add(makeProfile(QStringLiteral("P")), makeCredentials(QStringLiteral("s"))));
    QVERIFY(result.finished);
    QCOMPARE(result.error.code, CredentialError::Code::NoBackend);
    QVERIFY(m_repository->profiles().isEmpty());
    QVERIFY(m_repository->defaultProfileId().isEmpty());
    QVERIFY(!settingsText().contains(QLatin1String("LTAItestKeyId")));
}

void TestProfileRepository::updateAndRename()
{
    const QString a = add(makeProfile(QStringLiteral("A")), makeCredentials(QStringLiteral("sa")));
    const QString b = add(makeProfile(QStringLiteral("B")), makeCredentials(QStringLiteral("sb")));
    QString error;
    QVERIFY(!m_repository->rename(a, QStringLiteral("b"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_repository->rename(a, QStringLiteral("Zeta"), &error));
    QVERIFY(error.isEmpty());

    Profile changed = *m_repository->profile(b);
    changed.endpoint = ApiEndpoint::forSite(ApiEndpoint::Site::International);
    changed.signatureVersion = SignatureVersion::V1;
    QVERIFY(m_repository->update(changed));
    QCOMPARE(*m_repository->profile(b), changed);

    const QList<Profile> all = m_repository->profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("B"));
    QCOMPARE(all.at(1).name, QStringLiteral("Zeta"));
    QCOMPARE(all.at(1).id, a); // the id (and keychain key) survives a rename
    QVERIFY(m_store->contains(KeychainMigration::profileKey(a)));
    QVERIFY(!m_repository->update(makeProfile(QStringLiteral("Unsaved"))));
}

void TestProfileRepository::updateCredentials()
{
    const QString id = add(makeProfile(QStringLiteral("A")), makeCredentials(QStringLiteral("old")));
    const AccessKeyCredentials replaced { QStringLiteral("LTAInewId"), QStringLiteral("new"), QStringLiteral("tok") };
    QVERIFY(!JobResult::waitFor(m_repository->updateCredentials(*m_repository->profile(id), replaced)).error.isError());
    const Profile profile = *m_repository->profile(id);
    QCOMPARE(profile.accessKeyId, QStringLiteral("LTAInewId"));
    const JobResult loaded = JobResult::waitFor(m_repository->loadCredentials(profile));
    QCOMPARE(loaded.credentials.accessKeyId, replaced.accessKeyId);
    QCOMPARE(loaded.credentials.accessKeySecret, replaced.accessKeySecret);
    QCOMPARE(loaded.credentials.securityToken, replaced.securityToken);

    m_store->setSimulatedError({ CredentialError::Code::Other, QStringLiteral("broken") });
    const AccessKeyCredentials third { QStringLiteral("LTAIthird"), QStringLiteral("third"), {} };
    QVERIFY(JobResult::waitFor(m_repository->updateCredentials(profile, third)).error.isError());
    QCOMPARE(m_repository->profile(id)->accessKeyId, QStringLiteral("LTAInewId"));
}

void TestProfileRepository::removeDeletesKeychainEntry()
{
    const QString keep = add(makeProfile(QStringLiteral("Keep")), makeCredentials(QStringLiteral("k")));
    const QString gone = add(makeProfile(QStringLiteral("Gone")), makeCredentials(QStringLiteral("g")));
    m_repository->setDefaultProfileId(gone);
    m_repository->setLastUsedProfileId(gone);
    QVERIFY(m_store->contains(KeychainMigration::profileKey(gone)));

    const JobResult removed = JobResult::waitFor(m_repository->remove(gone));
    QVERIFY(removed.finished);
    QVERIFY(!removed.error.isError());
    QVERIFY(!m_store->contains(KeychainMigration::profileKey(gone)));
    QVERIFY(m_store->contains(KeychainMigration::profileKey(keep)));
    QVERIFY(!m_repository->profile(gone));
    QVERIFY(m_repository->defaultProfileId().isEmpty());
    QVERIFY(m_repository->lastUsedProfileId().isEmpty());
    QVERIFY(!settingsText().contains(QLatin1String("Gone")));

    // An entry that is already gone from the keychain is not an error.
    QVERIFY(JobResult::waitFor(m_store->remove(KeychainMigration::profileKey(keep))).finished);
    QVERIFY(!JobResult::waitFor(m_repository->remove(keep)).error.isError());
    QVERIFY(m_repository->profiles().isEmpty());
}

void TestProfileRepository::defaultAndLastUsed()
{
    QVERIFY(!m_repository->startupProfile());
    const QString a = add(makeProfile(QStringLiteral("A")), makeCredentials(QStringLiteral("a")));
    const QString b = add(makeProfile(QStringLiteral("B")), makeCredentials(QStringLiteral("b")));
    QCOMPARE(m_repository->defaultProfileId(), a); // the first profile
    QCOMPARE(m_repository->startupProfile()->id, a);
    m_repository->setDefaultProfileId(b);
    QCOMPARE(m_repository->startupProfile()->id, b);
    m_repository->setLastUsedProfileId(a);
    QCOMPARE(m_repository->startupProfile()->id, a);
    m_repository->setLastUsedProfileId(QStringLiteral("no-such-profile"));
    QCOMPARE(m_repository->lastUsedProfileId(), a);
}

void TestProfileRepository::environmentProfileIsNeverSaved()
{
    Profile environment = makeProfile(QStringLiteral("Environment"), QStringLiteral("LTAIenvId"));
    m_repository->setEnvironmentProfile(environment, { QStringLiteral("LTAIenvId"), QStringLiteral("envSecret"), {} });
    const std::optional<Profile> listed = m_repository->profile(Profile::environmentId());
    QVERIFY(listed);
    QVERIFY(listed->isEnvironment);
    QCOMPARE(m_repository->profiles().size(), 1);

    const JobResult loaded = JobResult::waitFor(m_repository->loadCredentials(*listed));
    QCOMPARE(loaded.credentials.accessKeySecret, QStringLiteral("envSecret"));
    QCOMPARE(m_store->requestCount(), 0);

    m_repository->setLastUsedProfileId(listed->id);
    QVERIFY(!m_repository->update(*listed));
    QVERIFY(!settingsText().contains(QLatin1String("LTAIenvId")));
    QVERIFY(!settingsText().contains(QLatin1String("envSecret")));
    QVERIFY(m_store->keys().isEmpty());
}

void TestProfileRepository::loadCredentialsOfCorruptEntry()
{
    const QString id = add(makeProfile(QStringLiteral("A")), makeCredentials(QStringLiteral("a")));
    QVERIFY(JobResult::waitFor(m_store->write(KeychainMigration::profileKey(id), QByteArray("not json"))).finished);
    const JobResult loaded = JobResult::waitFor(m_repository->loadCredentials(*m_repository->profile(id)));
    QCOMPARE(loaded.error.code, CredentialError::Code::Other);
    QVERIFY(loaded.credentials.accessKeySecret.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "test_ProfileRepository.moc"
