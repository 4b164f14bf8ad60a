#pragma once

#include "credentials/CredentialJob.h"
#include "credentials/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class CredentialStore;
class QSettings;

// The saved profiles: non-secret data in QSettings (group "profiles"), the
// secret and token in the CredentialStore under Profile::keychainKey(). An optional
// environment profile is held in memory for this session only.
class ProfileRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRepository)

public:
    // Neither settings nor store is owned; both must outlive the repository.
    ProfileRepository(QSettings *settings, CredentialStore *store, QObject *parent = nullptr);
    ~ProfileRepository() override;

    CredentialStore *store() const { return m_store; }

    // Saved profiles sorted by name, then the environment profile if any.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByName(const QString &name) const;

    // Empty when the profile can be saved (ignoring its id), else a translated
    // reason: empty or duplicate name, invalid endpoint, missing AccessKey ID.
    QString validationError(const Profile &profile) const;

    // The id add() would give a profile of this name now: readable ("my-prod"),
    // unique, never "environment". It never changes afterwards, even on rename.
    QString idForNewProfile(const QString &name) const;

    // Writes the secret first and saves the profile only if that worked, so a
    // failed keychain leaves nothing behind. Assigns the id (job->key()).
    // The first profile becomes the default.
    CredentialJob *add(const Profile &profile, const AccessKeyCredentials &credentials);
    // Saves a new profile's non-secret data only, for a key kept in memory this
    // session because no keychain works. Returns the saved profile (with its id).
    std::optional<Profile> addWithoutCredentials(const Profile &profile, QString *error = nullptr);
    // Saves the non-secret data of an existing profile (including a new name).
    bool update(const Profile &profile, QString *error = nullptr);
    bool rename(const QString &id, const QString &newName, QString *error = nullptr);
    // Replaces the secret/token (and saves the AccessKey ID once that worked).
    CredentialJob *updateCredentials(const Profile &profile, const AccessKeyCredentials &credentials);
    // Forgets the profile at once and deletes its keychain entry; the job
    // reports whether the keychain entry could be deleted.
    CredentialJob *remove(const QString &id);
    // Reads the secret: on success job->credentials() is complete.
    CredentialJob *loadCredentials(const Profile &profile);
    // Moves keychain entries of earlier versions to their keys (KeychainMigration).
    CredentialJob *migrateLegacyKeychainEntries();

    QString defaultProfileId() const;
    void setDefaultProfileId(const QString &id);
    QString lastUsedProfileId() const;
    void setLastUsedProfileId(const QString &id);
    // The profile to open at start: last used, else default, else the first one.
    std::optional<Profile> startupProfile() const;

    // The session-only profile from the environment (see EnvironmentCredentials).
    void setEnvironmentProfile(const Profile &profile, const AccessKeyCredentials &credentials);
    std::optional<Profile> environmentProfile() const;

Q_SIGNALS:
    void profilesChanged();

private:
    Profile prepareNew(const Profile &profile, const QString &accessKeyId) const;
    void saveNew(const Profile &profile);
    QStringList savedIds() const;
    std::optional<Profile> readProfile(const QString &id) const;
    void writeProfile(const Profile &profile);
    void forgetReferences(const QString &id);

    QSettings *m_settings;
    QPointer<CredentialStore> m_store;
    std::optional<Profile> m_environmentProfile;
    AccessKeyCredentials m_environmentCredentials;
};
