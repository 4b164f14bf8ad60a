#pragma once

#include "api/ProxySettings.h"
#include "credentials/Profile.h"
#include "settings/AppSettings.h"
#include "signing/AccessKeyCredentials.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class CredentialSession;
class TaskDownloads;
class LanguageSetting;
class ProfileRepository;
class RequestLog;
class ScheduleHost;
class SecurityCenterClient;
class Simulator;
class TaskController;
class TranslationManager;

// The GUI's composition root: owns the core objects (one network manager, the
// language setting and translators, the API client, profiles and the
// credential session, tasks and downloads, the demo simulator when used) and
// the account-level flows (demo, profiles, account dialog, settings, about).
// Widgets get it by pointer; it outlives them.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Options
    {
        bool demo = false;
        double demoSpeed = 1.0; // > 1 makes the simulator's exports finish sooner (tests)
        bool demoSamples = false; // the first demo start exports a few samples (the app; tests opt in)
    };

    struct ProfileEntry
    {
        QString id;
        QString displayName;
        bool current = false;
    };

    explicit AppContext(const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    // Dialogs opened by the context use this as their parent.
    void setWindow(QWidget *window) { m_window = window; }
    // Chooses the first profile: demo, environment, last used, or none (welcome page).
    void start();
    // start() has chosen: before, "no account" only means "not decided yet".
    bool isStarted() const { return m_started; }

    QNetworkAccessManager *network() { return &m_network; }
    LanguageSetting *language() const { return m_language; }
    SecurityCenterClient *client() const { return m_client; }
    TaskController *tasks() const { return m_tasks; }
    // The controller's downloads (TaskController::downloads()), kept here for the window's call sites.
    TaskDownloads *downloads() const;
    ProfileRepository *profiles() const { return m_profiles; }
    CredentialSession *credentials() const { return m_session; }
    Simulator *simulator() const { return m_simulator; }
    ScheduleHost *schedules() const { return m_schedules; }
    RequestLog *requestLog() const { return m_requestLog; }

    bool isDemo() const { return m_currentProfileId == demoProfileId(); }
    bool hasAccount() const { return !m_currentProfileId.isEmpty(); }
    // "ops-prod (China)", translated now.
    QString profileDisplayName() const;
    static QString siteName(const ApiEndpoint &endpoint);
    QList<ProfileEntry> profileEntries() const;
    QString keychainProblemText() const;

    static QString demoProfileId() { return Profile::demoId(); }

public Q_SLOTS:
    void startDemo();
    // Removes the demo's exports from the list and starts the samples again.
    void resetDemo();
    void switchProfile(const QString &id);
    void newProfile();
    void editAccount();
    // No keychain: asks for the current profile's key, kept for this session only.
    void enterSessionAccessKey();
    void importAliyunProfiles();
    void removeCurrentProfile();
    void editSettings();
    void showAbout();

Q_SIGNALS:
    void started();
    void profileChanged();
    void keychainUnavailable();
    // ALIBABA_CLOUD_ACCESS_KEY_* are set but one is missing or blank (the variable's name).
    void environmentIncomplete(const QString &variable);

private:
    void chooseFirstProfile();
    QString firstProfileGuess() const;
    bool ensureSimulator();
    void activateProfile(const Profile &profile);
    void onCredentialsReady(const Profile &profile);
    void applySettings();
    void updateLogSecrets();
    void openAccountDialog(const Profile &profile, bool isNew, bool sessionOnly = false);
    void saveAccount(const Profile &profile, const AccessKeyCredentials &credentials, bool isNew);

    QNetworkAccessManager m_network;
    AppSettings m_settings;
    bool m_started = false;
    LanguageSetting *m_language;
    TranslationManager *m_translations;
    SecurityCenterClient *m_client;
    ProfileRepository *m_profiles;
    CredentialSession *m_session;
    TaskController *m_tasks;
    Simulator *m_simulator = nullptr;
    RequestLog *m_requestLog;
    ScheduleHost *m_schedules;
    QPointer<QWidget> m_window;
    Options m_options;
    QString m_currentProfileId;
};
