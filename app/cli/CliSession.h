#pragma once

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliOptions.h"
#include "signing/AccessKeyCredentials.h"

#include <QObject>
#include <QString>

#include <optional>

class CliHistory;
class CredentialJob;
class RequestLog;
class SecurityCenterClient;
struct Profile;

// Everything an API command needs before its first call, resolved once: the app's
// proxy (its password from the keychain), the credentials (environment, else
// --profile, else the default profile, its secret from the keychain), the endpoint
// and signature version (the options over the profile's), the language (Lang) and
// the request log of --verbose. open() ends in ready() with a client to use, or in
// failed() with what to tell the user; either from the event loop or at once.
class CliSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSession)

public:
    CliSession(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliSession() override;

    void open();

    // After ready(): the client, set up with the chosen credentials and endpoint.
    SecurityCenterClient *client() const { return m_client; }
    // The export history of the credentials' profile (environment for the
    // environment's key); nullptr with --no-history or before ready().
    CliHistory *history();

    // The environment's AccessKey, if any. Only one of the two variables set is a usage error.
    enum class EnvironmentResult
    {
        NotSet,
        Found,
        Incomplete,
    };
    static EnvironmentResult credentialsFromEnvironment(const QProcessEnvironment &environment,
                                                        AccessKeyCredentials *credentials, QString *missingVariable);

Q_SIGNALS:
    void ready();
    void failed(CliExitCode code, const QString &errorCode, const QString &message);

private:
    void resolveCredentials();
    void onProfileCredentials(CredentialJob *job, const Profile &profile);
    void connectClient(const AccessKeyCredentials &credentials, const std::optional<Profile> &profile);

    const CliOptions m_options;
    const CliContext m_context;
    SecurityCenterClient *m_client = nullptr;
    RequestLog *m_log = nullptr;
    QString m_historyProfileId; // known once the credentials are
    CliHistory *m_history = nullptr;
    QString m_proxyPassword; // for the log's redaction list only
};
