#include "AppContext.h"

#include "AboutDialog.h"
#include "AccountDialog.h"
#include "DemoSamples.h"
#include "ScheduleHost.h"
#include "SettingsDialog.h"
#include "api/NetworkConfigurator.h"
#include "api/NetworkSettings.h"
#include "api/SecurityCenterClient.h"
#include "common/RequestLog.h"
#include "credentials/AliyunCliConfigImporter.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialSession.h"
#include "credentials/EnvironmentCredentials.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/KeychainMigration.h"
#include "credentials/ProfileRepository.h"
#include "i18n/LanguageSetting.h"
#include "i18n/TranslationManager.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorConfig.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskTableModel.h"

#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

// The icons live in the reportdesk_gui static library; referencing the
// resource here keeps the linker from dropping it.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent)
    , m_language(new LanguageSetting(this))
    , m_translations(new TranslationManager(m_language, this))
    , m_client(new SecurityCenterClient(&m_network, m_language, this))
    , m_profiles(new ProfileRepository(m_settings.store(), new KeychainCredentialStore(this), this))
    , m_session(new CredentialSession(m_profiles, this))
    , m_tasks(new TaskController(m_client, &m_network, this))
    , m_requestLog(new RequestLog(this))
    , m_schedules(new ScheduleHost(this, this))
    , m_options(options)
{
    initResources();
    applySettings();
    connect(m_session, &CredentialSession::credentialsReady, this, &AppContext::onCredentialsReady);
    connect(m_session, &CredentialSession::keychainUnavailable, this, &AppContext::keychainUnavailable);
    connect(m_session, &CredentialSession::credentialsMissing, this, [this](const Profile &profile) {
        // The keychain has no secret for this profile (or no keychain): ask for it.
        if (!m_session->isKeychainUnavailable())
            openAccountDialog(profile, false);
    });
    connect(m_profiles, &ProfileRepository::profilesChanged, this, &AppContext::profileChanged);
    connect(m_language, &LanguageSetting::languageChanged, m_tasks, &TaskController::reannounceAccountProblem);
    // The window is built next: meanwhile the history of the profile start()
    // will most likely open is read on another thread.
    m_tasks->store()->prefetch(firstProfileGuess());
}

QString AppContext::firstProfileGuess() const
{
    // The order of chooseFirstProfile(). A wrong guess costs one more read.
    if (m_options.demo)
        return demoProfileId();
    if (const EnvironmentCredentials::Reading environment = EnvironmentCredentials::read(); environment.found)
        return environment.found->profile.id;
    if (m_profiles->lastUsedProfileId() == demoProfileId())
        return demoProfileId();
    const auto profile = m_profiles->startupProfile();
    return profile ? profile->id : QString();
}

AppContext::~AppContext()
{
    delete m_schedules; // its run (if any) is recorded as interrupted while the network is still there
    m_tasks->flush();
}

void AppContext::start()
{
    chooseFirstProfile();
    m_schedules->start();
    m_started = true;
    Q_EMIT started();
}

void AppContext::chooseFirstProfile()
{
    if (m_options.demo) {
        startDemo();
        return;
    }
    m_profiles->migrateLegacyKeychainEntries(); // keychain entries of earlier versions
    const EnvironmentCredentials::Reading environment = EnvironmentCredentials::read();
    if (environment.found) {
        m_profiles->setEnvironmentProfile(environment.found->profile, environment.found->credentials);
        activateProfile(environment.found->profile);
        return;
    }
    // Set but unusable: the saved profiles are still offered, and the user is told
    // why the environment's key is not the one in use.
    if (environment.status == EnvironmentCredentials::Status::Incomplete)
        Q_EMIT environmentIncomplete(environment.missingVariable);
    if (m_profiles->lastUsedProfileId() == demoProfileId()) {
        startDemo();
        return;
    }
    if (const auto profile = m_profiles->startupProfile())
        activateProfile(*profile);
}

bool AppContext::ensureSimulator()
{
    if (m_simulator && m_simulator->isRunning())
        return true;
    if (!m_simulator) {
        SimulatorConfig config;
        config.speedFactor = m_options.demoSpeed;
        // The demo remembers its exports across restarts, as the real service does.
        config.stateFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/demo/simulator.json");
        m_simulator = new Simulator(config, this);
    }
    if (m_simulator->start())
        return true;
    QMessageBox::critical(m_window, tr("Demo unavailable"),
                          tr("The built-in simulator could not start: %1").arg(m_simulator->errorString()));
    return false;
}

void AppContext::startDemo()
{
    if (!ensureSimulator())
        return;
    m_client->setEndpoint(ApiEndpoint::custom(m_simulator->endpoint()));
    m_client->setSignatureVersion(SignatureVersion::V3);
    m_client->setCredentials(Simulator::demoCredentials());
    m_currentProfileId = demoProfileId();
    m_profiles->setLastUsedProfileId(demoProfileId());
    m_tasks->setProfile(demoProfileId());
    Q_EMIT profileChanged();
    if (m_options.demoSamples)
        DemoSamples::startIfFirstTime(&m_settings, m_tasks);
}

TaskDownloads *AppContext::downloads() const
{
    return m_tasks->downloads();
}

void AppContext::resetDemo()
{
    if (!isDemo())
        return;
    QList<qint64> ids;
    for (const ExportTask &task : m_tasks->model()->tasks())
        ids << task.exportId;
    for (const qint64 id : std::as_const(ids))
        m_tasks->downloads()->cancel(id);
    m_tasks->remove(ids);
    DemoSamples::start(&m_settings, m_tasks);
}

void AppContext::switchProfile(const QString &id)
{
    if (id == demoProfileId()) {
        startDemo();
        return;
    }
    if (const auto profile = m_profiles->profile(id))
        activateProfile(*profile);
}

void AppContext::activateProfile(const Profile &profile)
{
    m_client->setCredentials({});
    m_client->setEndpoint(profile.endpoint);
    m_client->setSignatureVersion(profile.signatureVersion);
    m_currentProfileId = profile.id;
    if (!profile.isEnvironment)
        m_profiles->setLastUsedProfileId(profile.id);
    m_tasks->setProfile(profile.id);
    // The secret arrives asynchronously; the window is usable meanwhile and
    // polling starts as soon as the client has credentials.
    m_session->start(profile);
    Q_EMIT profileChanged();
}

void AppContext::onCredentialsReady(const Profile &profile)
{
    if (profile.id != m_currentProfileId)
        return;
    m_client->setCredentials(m_session->credentials());
    updateLogSecrets();
    m_tasks->refresh();
}

QString AppContext::profileDisplayName() const
{
    if (isDemo())
        return tr("Demo");
    const auto profile = m_profiles->profile(m_currentProfileId);
    if (!profile)
        return {};
    return tr("%1 (%2)").arg(profile->displayName(), siteName(profile->endpoint));
}

QString AppContext::siteName(const ApiEndpoint &endpoint)
{
    switch (endpoint.site()) {
    case ApiEndpoint::Site::China: return tr("China");
    case ApiEndpoint::Site::International: return tr("International");
    case ApiEndpoint::Site::Custom: break;
    }
    return endpoint.url().host();
}

QList<AppContext::ProfileEntry> AppContext::profileEntries() const
{
    QList<ProfileEntry> entries;
    for (const Profile &profile : m_profiles->profiles())
        entries << ProfileEntry { profile.id, profile.displayName(), profile.id == m_currentProfileId };
    entries << ProfileEntry { demoProfileId(), tr("Demo (simulated Security Center)"), isDemo() };
    return entries;
}

QString AppContext::keychainProblemText() const
{
    return m_session->unavailableExplanation();
}

void AppContext::newProfile()
{
    Profile profile;
    profile.endpoint = ApiEndpoint::forSite(ApiEndpoint::Site::China);
    profile.signatureVersion = m_settings.newProfileSignatureVersion();
    openAccountDialog(profile, true);
}

void AppContext::editAccount()
{
    const auto profile = m_profiles->profile(m_currentProfileId);
    if (!profile || profile->isEnvironment) {
        newProfile();
        return;
    }
    openAccountDialog(*profile, false);
}

void AppContext::enterSessionAccessKey()
{
    const auto profile = m_profiles->profile(m_currentProfileId);
    if (!profile || profile->isEnvironment) {
        newProfile();
        return;
    }
    openAccountDialog(*profile, false, true);
}

void AppContext::openAccountDialog(const Profile &profile, bool isNew, bool sessionOnly)
{
    AccountDialog dialog(&m_network, m_language, m_window);
    dialog.setProfile(profile, isNew ? AccessKeyCredentials() : m_session->credentials());
    dialog.setSessionOnly(sessionOnly || m_session->isKeychainUnavailable());
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveAccount(dialog.profile(), dialog.credentials(), isNew);
}

void AppContext::saveAccount(const Profile &profile, const AccessKeyCredentials &credentials, bool isNew)
{
    const QString problem = m_profiles->validationError(profile);
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Account not saved"), problem);
        return;
    }
    CredentialJob *job = nullptr;
    if (isNew) {
        job = m_session->addProfile(profile, credentials);
    } else {
        QString error;
        if (!m_profiles->update(profile, &error)) {
            QMessageBox::warning(m_window, tr("Account not saved"), error);
            return;
        }
        job = m_session->saveCredentials(credentials);
    }
    connect(job, &CredentialJob::finished, this, [this, profile](CredentialJob *finished) {
        if (finished->error().isError() && !m_session->isKeychainUnavailable())
            QMessageBox::warning(m_window, tr("Secret not stored"), finished->error().description());
        const auto saved = m_profiles->profileByName(profile.name);
        if (saved)
            activateProfile(*saved);
    });
}

void AppContext::importAliyunProfiles()
{
    AliyunCliConfigImporter importer;
    QString error;
    if (!importer.load(&error) || importer.candidates().isEmpty()) {
        QMessageBox::information(
            m_window, tr("Import from aliyun CLI"),
            error.isEmpty()
                ? tr("No AK or StsToken profiles were found in %1.").arg(QDir::toNativeSeparators(importer.path()))
                : error);
        return;
    }
    QStringList lines;
    for (const auto &candidate : importer.candidates())
        lines << QStringLiteral("• %1 (%2, %3)").arg(candidate.profile.name, candidate.mode, candidate.regionId);
    for (const auto &skipped : importer.unsupported())
        lines << QStringLiteral("✕ %1: %2").arg(skipped.name, skipped.reason());
    const auto answer = QMessageBox::question(
        m_window, tr("Import from aliyun CLI"),
        tr("Import these profiles into ReportDesk? Their secrets will be stored in the system keychain.\n\n%1")
            .arg(lines.join(QLatin1Char('\n'))));
    if (answer != QMessageBox::Yes)
        return;
    for (const auto &candidate : importer.candidates())
        m_session->addProfile(candidate.profile, candidate.credentials);
}

void AppContext::removeCurrentProfile()
{
    const auto profile = m_profiles->profile(m_currentProfileId);
    if (!profile || profile->isEnvironment)
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Remove profile"),
        tr("Remove the profile \"%1\"? Its AccessKey secret is deleted from the system keychain. "
           "Downloaded reports stay where they are.")
            .arg(profile->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_session->start(Profile()); // stop using its credentials at once
    m_client->setCredentials({});
    m_tasks->setProfile(QString());
    m_currentProfileId.clear();
    CredentialJob *job = m_profiles->remove(profile->id);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *finished) {
        if (finished->error().isError() && finished->error().code != CredentialError::Code::NotFound)
            QMessageBox::warning(m_window, tr("Secret not deleted"),
                                 tr("The profile is gone, but the keychain did not delete its secret: %1")
                                     .arg(finished->error().description()));
    });
    if (const auto next = m_profiles->startupProfile())
        activateProfile(*next);
    else
        Q_EMIT profileChanged();
}

// At start and after the Settings dialog saved: everything the settings file
// says that is not read when used (the save folder is, the language applies
// itself) reaches the objects it configures.
void AppContext::applySettings()
{
    m_tasks->downloads()->setMaxParallel(m_settings.parallelDownloads());
    const NetworkSettings settings = NetworkSettings::load(m_settings);
    m_client->setTransferTimeout(settings.timeoutMs);
    NetworkConfigurator::applyProxy(&m_network, settings.proxy);
    // The proxy password is in the keychain; the proxy works without it until
    // it arrives (or for proxies that need none).
    if (settings.proxy.needsStoredPassword()) {
        CredentialJob *job = KeychainMigration::readProxyPassword(m_profiles->store());
        connect(job, &CredentialJob::finished, this, [this, proxy = settings.proxy](CredentialJob *finished) {
            if (finished->error().isError())
                return;
            ProxySettings withPassword = proxy;
            withPassword.password = QString::fromUtf8(finished->secretBlob());
            m_requestLog->addSensitiveValues({ withPassword.password });
            NetworkConfigurator::applyProxy(&m_network, withPassword);
        });
    }

    if (settings.requestLog && !m_requestLog->isWriting()) {
        const QString folder = AppSettings::logFolder();
        QDir().mkpath(folder);
        m_requestLog->openFile(folder + QStringLiteral("/requests.log"));
        updateLogSecrets();
        m_client->setRequestLog(m_requestLog);
    } else if (!settings.requestLog) {
        m_client->setRequestLog(nullptr);
        m_requestLog->setDevice(nullptr);
    }
}

// The log redacts known secrets wherever they would appear.
void AppContext::updateLogSecrets()
{
    const AccessKeyCredentials credentials = m_session->credentials();
    m_requestLog->addSensitiveValues({ credentials.accessKeySecret, credentials.securityToken });
}

void AppContext::editSettings()
{
    SettingsDialog dialog(m_language, m_profiles->store(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    applySettings();
}

void AppContext::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}
