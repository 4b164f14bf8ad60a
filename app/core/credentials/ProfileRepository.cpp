#include "credentials/ProfileRepository.h"

#include "api/NetworkSettings.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainMigration.h"
#include "credentials/SecretBlob.h"
#include "settings/AppSettings.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace {

const QLatin1String ProfilesGroup("profiles");
const QLatin1String DefaultKey("profileSelection/default");
const QLatin1String LastUsedKey("profileSelection/lastUsed");
// 2: namespaced keys ("profile/<id>", "network/proxy"); see KeychainMigration.
const QLatin1String KeychainLayoutKey("keychain/layout");
constexpr int CurrentKeychainLayout = 2;

CredentialError repositoryGone()
{
    return { CredentialError::Code::Other, ProfileRepository::tr("The profile list was closed.") };
}

// Chains a store job into a job of the repository: `then` runs on success and
// may turn it into an error; failures are passed on unchanged.
template<typename Then>
CredentialJob *chain(CredentialJob *storeJob, CredentialJob::Operation operation, const QString &key, Then then)
{
    auto *job = new CredentialJob(operation, key);
    QObject::connect(storeJob, &CredentialJob::finished, job, [job, then](CredentialJob *done) { then(job, done); });
    return job;
}

} // namespace

ProfileRepository::ProfileRepository(QSettings *settings, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
{
}

ProfileRepository::~ProfileRepository() = default;

QStringList ProfileRepository::savedIds() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    return ids;
}

std::optional<Profile> ProfileRepository::readProfile(const QString &id) const
{
    if (!savedIds().contains(id))
        return std::nullopt;
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + id);
    Profile profile;
    profile.id = id;
    profile.name = m_settings->value(QStringLiteral("name")).toString();
    profile.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
    profile.signatureVersion = m_settings->value(QStringLiteral("signature")).toString() == QLatin1String("v1")
        ? SignatureVersion::V1
        : SignatureVersion::V3;
    ApiEndpoint::Site site = ApiEndpoint::Site::China;
    ApiEndpoint::siteFromKey(m_settings->value(QStringLiteral("site")).toString(), &site);
    profile.endpoint = site == ApiEndpoint::Site::Custom
        ? ApiEndpoint::custom(QUrl(m_settings->value(QStringLiteral("endpoint")).toString()))
        : ApiEndpoint::forSite(site);
    m_settings->endGroup();
    return profile;
}

// Only non-secret fields: the secret and the token never reach QSettings.
void ProfileRepository::writeProfile(const Profile &profile)
{
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("site"), ApiEndpoint::siteKey(profile.site()));
    if (profile.site() == ApiEndpoint::Site::Custom)
        m_settings->setValue(QStringLiteral("endpoint"), profile.endpoint.url().toString());
    else
        m_settings->remove(QStringLiteral("endpoint"));
    m_settings->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    m_settings->setValue(QStringLiteral("signature"), signatureVersionName(profile.signatureVersion));
    m_settings->endGroup();
    m_settings->sync();
}

QList<Profile> ProfileRepository::profiles() const
{
    QList<Profile> result;
    const QStringList ids = savedIds();
    for (const QString &id : ids) {
        if (const std::optional<Profile> profile = readProfile(id))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(),
              [](const Profile &a, const Profile &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    if (m_environmentProfile)
        result.append(*m_environmentProfile);
    return result;
}

std::optional<Profile> ProfileRepository::profile(const QString &id) const
{
    if (m_environmentProfile && id == m_environmentProfile->id)
        return m_environmentProfile;
    return readProfile(id);
}

std::optional<Profile> ProfileRepository::profileByName(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString ProfileRepository::validationError(const Profile &profile) const
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("The profile needs a name.");
    const std::optional<Profile> sameName = profileByName(name);
    if (sameName && sameName->id != profile.id)
        return tr("A profile named \"%1\" already exists.").arg(name);
    if (profile.accessKeyId.trimmed().isEmpty())
        return tr("The AccessKey ID is missing.");
    return profile.endpoint.validationError();
}

// Readable ids ("production", "production-2") make keychain entries
// recognisable in Seahorse or secret-tool.
QString ProfileRepository::idForNewProfile(const QString &name) const
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    QString base = name.trimmed().toLower().replace(notAllowed, QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("profile");
    const QStringList taken = savedIds();
    QString id = base;
    for (int n = 2; taken.contains(id) || id == Profile::environmentId(); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

Profile ProfileRepository::prepareNew(const Profile &profile, const QString &accessKeyId) const
{
    Profile prepared = profile;
    prepared.name = profile.name.trimmed();
    prepared.accessKeyId = accessKeyId.isEmpty() ? profile.accessKeyId.trimmed() : accessKeyId.trimmed();
    prepared.isEnvironment = false;
    prepared.id = idForNewProfile(prepared.name);
    return prepared;
}

void ProfileRepository::saveNew(const Profile &profile)
{
    writeProfile(profile);
    if (defaultProfileId().isEmpty())
        setDefaultProfileId(profile.id);
    Q_EMIT profilesChanged();
}

CredentialJob *ProfileRepository::add(const Profile &profile, const AccessKeyCredentials &credentials)
{
    const Profile toSave = prepareNew(profile, credentials.accessKeyId);
    QString error = validationError(toSave);
    if (error.isEmpty() && credentials.accessKeySecret.isEmpty())
        error = tr("The AccessKey secret is missing.");
    if (error.isEmpty() && !m_store)
        error = tr("No credential store is set.");
    if (!error.isEmpty()) {
        auto *job = new CredentialJob(CredentialJob::Operation::Write, toSave.id);
        job->finish({ CredentialError::Code::Other, error });
        return job;
    }
    QPointer<ProfileRepository> self(this);
    CredentialJob *storeJob = m_store->write(toSave.keychainKey(), SecretBlob::encode(credentials));
    return chain(storeJob, CredentialJob::Operation::Write, toSave.id,
                 [self, toSave](CredentialJob *job, CredentialJob *done) {
                     if (done->error().isError())
                         return job->finish(done->error());
                     if (!self)
                         return job->finish(repositoryGone());
                     self->saveNew(toSave);
                     job->finish({});
                 });
}

std::optional<Profile> ProfileRepository::addWithoutCredentials(const Profile &profile, QString *error)
{
    const Profile toSave = prepareNew(profile, {});
    const QString reason = validationError(toSave);
    if (error)
        *error = reason;
    if (!reason.isEmpty())
        return std::nullopt;
    saveNew(toSave);
    return toSave;
}

bool ProfileRepository::update(const Profile &profile, QString *error)
{
    QString reason;
    if (profile.isEnvironment || !readProfile(profile.id))
        reason = tr("This profile is not saved.");
    Profile toSave = profile;
    toSave.name = profile.name.trimmed();
    toSave.accessKeyId = profile.accessKeyId.trimmed();
    if (reason.isEmpty())
        reason = validationError(toSave);
    if (error)
        *error = reason;
    if (!reason.isEmpty())
        return false;
    writeProfile(toSave);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileRepository::rename(const QString &id, const QString &newName, QString *error)
{
    std::optional<Profile> profile = readProfile(id);
    if (!profile) {
        if (error)
            *error = tr("This profile is not saved.");
        return false;
    }
    profile->name = newName;
    return update(*profile, error);
}

CredentialJob *ProfileRepository::updateCredentials(const Profile &profile, const AccessKeyCredentials &credentials)
{
    if (profile.isEnvironment || !readProfile(profile.id) || credentials.accessKeySecret.isEmpty() || !m_store) {
        auto *job = new CredentialJob(CredentialJob::Operation::Write, profile.id);
        job->finish({ CredentialError::Code::Other, tr("This profile is not saved.") });
        return job;
    }
    QPointer<ProfileRepository> self(this);
    const QString id = profile.id;
    const QString accessKeyId = credentials.accessKeyId.trimmed();
    CredentialJob *storeJob = m_store->write(profile.keychainKey(), SecretBlob::encode(credentials));
    return chain(storeJob, CredentialJob::Operation::Write, id,
                 [self, id, accessKeyId](CredentialJob *job, CredentialJob *done) {
                     if (done->error().isError())
                         return job->finish(done->error());
                     if (!self)
                         return job->finish(repositoryGone());
                     std::optional<Profile> saved = self->readProfile(id);
                     if (saved && !accessKeyId.isEmpty() && saved->accessKeyId != accessKeyId) {
                         saved->accessKeyId = accessKeyId;
                         self->writeProfile(*saved);
                         Q_EMIT self->profilesChanged();
                     }
                     job->finish({});
                 });
}

CredentialJob *ProfileRepository::remove(const QString &id)
{
    const bool known = readProfile(id).has_value();
    if (known) {
        m_settings->remove(ProfilesGroup + QLatin1Char('/') + id);
        forgetReferences(id);
        m_settings->sync();
        Q_EMIT profilesChanged();
    }
    if (!known || !m_store) {
        auto *job = new CredentialJob(CredentialJob::Operation::Remove, id);
        job->finish({ CredentialError::Code::NotFound, {} });
        return job;
    }
    return chain(KeychainMigration::removeProfileSecret(m_store, id), CredentialJob::Operation::Remove, id,
                 [](CredentialJob *job, CredentialJob *done) { job->finish(done->error()); });
}

void ProfileRepository::forgetReferences(const QString &id)
{
    if (m_settings->value(DefaultKey).toString() == id)
        m_settings->remove(DefaultKey);
    if (m_settings->value(LastUsedKey).toString() == id)
        m_settings->remove(LastUsedKey);
}

CredentialJob *ProfileRepository::loadCredentials(const Profile &profile)
{
    if (profile.isEnvironment || !m_store) {
        auto *job = new CredentialJob(CredentialJob::Operation::Read, profile.id);
        if (m_environmentProfile && profile.id == m_environmentProfile->id)
            job->finishWithCredentials(m_environmentCredentials);
        else
            job->finish({ CredentialError::Code::NotFound, {} });
        return job;
    }
    const QString accessKeyId = profile.accessKeyId;
    return chain(KeychainMigration::readProfileSecret(m_store, profile.id), CredentialJob::Operation::Read, profile.id,
                 [accessKeyId](CredentialJob *job, CredentialJob *done) {
                     if (done->error().isError())
                         return job->finish(done->error());
                     AccessKeyCredentials credentials;
                     credentials.accessKeyId = accessKeyId;
                     if (!SecretBlob::decode(done->secretBlob(), &credentials))
                         return job->finish({ CredentialError::Code::Other, tr("The stored key could not be read.") });
                     job->finishWithCredentials(credentials);
                 });
}

// Once: every later start would read every entry again for nothing (and a locked
// wallet would ask for its password). Reads still move what a failed run left.
CredentialJob *ProfileRepository::migrateLegacyKeychainEntries()
{
    // Without saved profiles or a proxy that needs a password there is nothing
    // an earlier version can have left in the keychain that this one would
    // read: no keychain request at all (on a machine without a keychain each
    // start would otherwise pay for a failed connection). A proxy password
    // configured later still finds an old entry (KeychainMigration reads it).
    const QStringList ids = savedIds();
    const bool nothingToMove
        = ids.isEmpty() && !NetworkSettings::load(AppSettings(m_settings)).proxy.needsStoredPassword();
    if (m_store && nothingToMove && m_settings->value(KeychainLayoutKey).toInt() < CurrentKeychainLayout)
        m_settings->setValue(KeychainLayoutKey, CurrentKeychainLayout);
    if (!m_store || m_settings->value(KeychainLayoutKey).toInt() >= CurrentKeychainLayout) {
        auto *job = new CredentialJob(CredentialJob::Operation::Write, QStringLiteral("migration"));
        job->finish({});
        return job;
    }
    QPointer<ProfileRepository> self(this);
    return chain(KeychainMigration::migrateAll(m_store, ids), CredentialJob::Operation::Write,
                 QStringLiteral("migration"), [self](CredentialJob *job, CredentialJob *done) {
                     if (self && !done->error().isError()) {
                         self->m_settings->setValue(KeychainLayoutKey, CurrentKeychainLayout);
                         self->m_settings->sync();
                     }
                     job->finish(done->error());
                 });
}

QString ProfileRepository::defaultProfileId() const
{
    return m_settings->value(DefaultKey).toString();
}

void ProfileRepository::setDefaultProfileId(const QString &id)
{
    m_settings->setValue(DefaultKey, id);
    m_settings->sync();
}

QString ProfileRepository::lastUsedProfileId() const
{
    return m_settings->value(LastUsedKey).toString();
}

// The environment profile is never remembered: it may be gone next time.
void ProfileRepository::setLastUsedProfileId(const QString &id)
{
    // The demo is no saved profile, but reopening on it is what its user expects.
    if (id != Profile::demoId() && !readProfile(id))
        return;
    m_settings->setValue(LastUsedKey, id);
    m_settings->sync();
}

std::optional<Profile> ProfileRepository::startupProfile() const
{
    if (std::optional<Profile> last = readProfile(lastUsedProfileId()))
        return last;
    if (std::optional<Profile> byDefault = readProfile(defaultProfileId()))
        return byDefault;
    const QList<Profile> all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

void ProfileRepository::setEnvironmentProfile(const Profile &profile, const AccessKeyCredentials &credentials)
{
    m_environmentProfile = profile;
    m_environmentProfile->isEnvironment = true;
    m_environmentProfile->id = Profile::environmentId();
    m_environmentCredentials = credentials;
    Q_EMIT profilesChanged();
}

std::optional<Profile> ProfileRepository::environmentProfile() const
{
    return m_environmentProfile;
}
