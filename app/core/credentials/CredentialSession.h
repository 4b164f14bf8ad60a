#pragma once

#include "credentials/CredentialJob.h"
#include "credentials/Profile.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class MemoryCredentialStore;
class ProfileRepository;

// The GUI's view of the current profile's key. start() reads it from the
// keychain without blocking. When the keychain fails it retries once after
// retryDelay(), then switches to "keychain unavailable" for the rest of the
// session: keys the user enters are kept in a MemoryCredentialStore only (never
// written anywhere else) and keychainUnavailable() tells the banner why and
// how to get a keychain.
class CredentialSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialSession)

public:
    enum class State
    {
        Idle,
        Loading, // reading from the keychain
        Retrying, // the first read failed; waiting for retryDelay()
        Ready, // credentials() is complete
        MissingSecret, // no stored key (or no keychain): ask the user
    };
    Q_ENUM(State)

    // The repository is not owned and must outlive the session.
    explicit CredentialSession(ProfileRepository *repository, QObject *parent = nullptr);
    ~CredentialSession() override;

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Loads the key of this profile; any earlier load is abandoned. An invalid
    // (empty) profile just returns to Idle.
    void start(const Profile &profile);

    State state() const { return m_state; }
    Profile profile() const { return m_profile; }
    AccessKeyCredentials credentials() const { return m_credentials; }

    // True once the keychain has failed twice (or refused access) this session.
    bool isKeychainUnavailable() const { return m_keychainUnavailable; }
    CredentialError keychainError() const { return m_keychainError; }
    // The banner text, translated at call time (call again on a language change).
    QString unavailableExplanation() const;
    static QString unavailableExplanation(const CredentialError &error);

    // Stores a key the user entered for profile(): in the keychain, or in memory
    // when the keychain is unavailable. If the keychain write fails, the key is
    // kept in memory, the session switches to unavailable and the job reports
    // the keychain's error. State becomes Ready in both cases.
    CredentialJob *saveCredentials(const AccessKeyCredentials &credentials);
    // Adds a profile and makes it current; same keychain rules as saveCredentials().
    // When the keychain is unavailable only the non-secret data is saved.
    // job->key() is the new profile's id.
    CredentialJob *addProfile(const Profile &profile, const AccessKeyCredentials &credentials);

    // After the user fixed the keychain: leaves the unavailable state and moves
    // the current profile's session key into the keychain (or reads it again).
    void retryKeychain();

    MemoryCredentialStore *sessionStore() const { return m_sessionStore; }

Q_SIGNALS:
    void stateChanged(CredentialSession::State state);
    void credentialsReady(const Profile &profile);
    void credentialsMissing(const Profile &profile);
    // The banner: persistent until keychainAvailableAgain().
    void keychainUnavailable(const QString &explanation);
    void keychainAvailableAgain();

private:
    void setState(State state);
    void attemptRead();
    void onLoaded(CredentialJob *job);
    void becomeReady(const AccessKeyCredentials &credentials);
    void adopt(const Profile &profile, const AccessKeyCredentials &credentials);
    void becomeMissing();
    void enterUnavailable(const CredentialError &error);
    void loadFromSessionStore();
    CredentialJob *keepInSession(const AccessKeyCredentials &credentials, const CredentialError &reported);

    ProfileRepository *m_repository;
    MemoryCredentialStore *m_sessionStore;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_retryDelay { std::chrono::seconds(3) };
    State m_state = State::Idle;
    Profile m_profile;
    AccessKeyCredentials m_credentials;
    bool m_keychainUnavailable = false;
    CredentialError m_keychainError;
    int m_attempt = 0;
    quint64 m_generation = 0; // drops answers for a profile that is no longer current
};
