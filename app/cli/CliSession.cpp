#include "CliSession.h"

#include "CliHistory.h"
#include "CliUsageError.h"
#include "api/NetworkConfigurator.h"
#include "api/SecurityCenterClient.h"
#include "common/RequestLog.h"
#include "credentials/CredentialStore.h"
#include "credentials/EnvironmentCredentials.h"
#include "credentials/KeychainMigration.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"

#include <QCoreApplication>

CliSession::CliSession(const CliOptions &options, const CliContext &context, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(context)
{
}

CliSession::~CliSession() = default;

CliSession::EnvironmentResult CliSession::credentialsFromEnvironment(const QProcessEnvironment &environment,
                                                                     AccessKeyCredentials *credentials,
                                                                     QString *missingVariable)
{
    // One of the two alone (or a blank one) is a mistake in a script, not a reason to
    // fall back silently to a saved profile, possibly another account.
    const EnvironmentCredentials::Reading reading = EnvironmentCredentials::read(environment);
    switch (reading.status) {
    case EnvironmentCredentials::Status::Found:
        *credentials = reading.found->credentials;
        return EnvironmentResult::Found;
    case EnvironmentCredentials::Status::Incomplete:
        *missingVariable = reading.missingVariable;
        return EnvironmentResult::Incomplete;
    case EnvironmentCredentials::Status::NotSet: break;
    }
    return EnvironmentResult::NotSet;
}

CliHistory *CliSession::history()
{
    if (!m_options.recordHistory || m_historyProfileId.isEmpty())
        return nullptr;
    if (!m_history)
        m_history = new CliHistory(m_historyProfileId, m_context.err, this);
    return m_history;
}

// The app's proxy, with its password from the keychain when it has a user; a missing
// password is not fatal (the proxy may not need one, and then says so itself).
void CliSession::open()
{
    const ProxySettings proxy = m_context.proxy;
    NetworkConfigurator::applyProxy(m_context.network, proxy);
    if (!proxy.needsStoredPassword() || !m_context.profiles || !m_context.profiles->store()) {
        resolveCredentials();
        return;
    }
    CredentialJob *job = KeychainMigration::readProxyPassword(m_context.profiles->store());
    connect(job, &CredentialJob::finished, this, [this, proxy](CredentialJob *finishedJob) {
        if (!finishedJob->error().isError()) {
            ProxySettings withPassword = proxy;
            withPassword.password = QString::fromUtf8(finishedJob->secretBlob());
            m_proxyPassword = withPassword.password;
            NetworkConfigurator::applyProxy(m_context.network, withPassword);
        }
        resolveCredentials();
    });
}

// Environment, then --profile, then the default profile: the first one found wins.
void CliSession::resolveCredentials()
{
    AccessKeyCredentials credentials;
    QString missing;
    switch (credentialsFromEnvironment(m_context.environment, &credentials, &missing)) {
    case EnvironmentResult::Found: connectClient(credentials, std::nullopt); return;
    case EnvironmentResult::Incomplete:
        Q_EMIT failed(CliExitCode::Usage, QStringLiteral("InvalidArgument"),
                      CliUsageError::make(CliUsageError::Kind::IncompleteEnvironment, missing).message());
        return;
    case EnvironmentResult::NotSet: break;
    }

    std::optional<Profile> profile;
    if (m_context.profiles) {
        profile = m_options.profile.isEmpty() ? m_context.profiles->profile(m_context.profiles->defaultProfileId())
                                              : m_context.profiles->profileByName(m_options.profile);
    }
    if (!profile && !m_options.profile.isEmpty()) {
        Q_EMIT failed(CliExitCode::Usage, QStringLiteral("ProfileNotFound"),
                      QCoreApplication::translate(
                          "Cli", "There is no profile named \"%1\" (see \"reportdesk-cli profile list\").")
                          .arg(m_options.profile));
        return;
    }
    if (!profile) {
        Q_EMIT failed(CliExitCode::Usage, QStringLiteral("MissingCredentials"),
                      QCoreApplication::translate(
                          "Cli",
                          "No AccessKey: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or save "
                          "a profile with \"reportdesk-cli profile add NAME --default\"."));
        return;
    }

    CredentialJob *job = m_context.profiles->loadCredentials(*profile);
    const Profile chosen = *profile;
    connect(job, &CredentialJob::finished, this,
            [this, chosen](CredentialJob *finishedJob) { onProfileCredentials(finishedJob, chosen); });
}

void CliSession::onProfileCredentials(CredentialJob *job, const Profile &profile)
{
    const CredentialError error = job->error();
    if (error.code == CredentialError::Code::NotFound) {
        Q_EMIT failed(
            CliExitCode::Local, QStringLiteral("MissingSecret"),
            QCoreApplication::translate(
                "Cli", "The keychain holds no AccessKey secret for the profile \"%1\": add the profile again.")
                .arg(profile.name));
        return;
    }
    if (error.isError()) {
        Q_EMIT failed(
            CliExitCode::Local, QStringLiteral("KeychainUnavailable"),
            QCoreApplication::translate(
                "Cli",
                "The keychain could not be read.\n%1\nWithout a keychain, set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.")
                .arg(error.description()));
        return;
    }
    connectClient(job->credentials(), profile);
}

void CliSession::connectClient(const AccessKeyCredentials &credentials, const std::optional<Profile> &profile)
{
    // The window files the environment's key under its own profile too.
    m_historyProfileId = profile ? profile->id : Profile::environmentId();
    const bool explicitEndpoint = m_options.siteGiven || !m_options.endpoint.isEmpty();
    const ApiEndpoint endpoint = profile && !explicitEndpoint ? profile->endpoint : m_options.apiEndpoint();
    const SignatureVersion version
        = profile && !m_options.signatureGiven ? profile->signatureVersion : m_options.signatureVersion;
    if (!endpoint.isValid()) {
        Q_EMIT failed(CliExitCode::Usage, QStringLiteral("InvalidEndpoint"), endpoint.validationError());
        return;
    }

    m_client = new SecurityCenterClient(m_context.network, m_context.language, this);
    m_client->setEndpoint(endpoint);
    m_client->setSignatureVersion(version);
    m_client->setCredentials(credentials);
    m_client->setTransferTimeout(m_context.transferTimeoutMs);
    if (m_options.verbose) {
        m_log = new RequestLog(this);
        m_log->addSensitiveValues({ credentials.accessKeySecret, credentials.securityToken, m_proxyPassword });
        m_log->logToStandardError();
        m_client->setRequestLog(m_log);
    }
    Q_EMIT ready();
}
