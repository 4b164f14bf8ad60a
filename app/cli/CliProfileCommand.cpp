#include "CliProfileCommand.h"

#include "CliOutput.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Hides what the user types at a terminal while it is in scope.
class EchoOff
{
public:
    explicit EchoOff(bool active)
    {
#ifdef Q_OS_UNIX
        m_active = active && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios silent = m_saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        }
#else
        Q_UNUSED(active)
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#ifdef Q_OS_UNIX
    termios m_saved {};
    bool m_active = false;
#endif
};

} // namespace

CliProfileCommand::CliProfileCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliCommand(options, context, parent)
{
}

CliProfileCommand::~CliProfileCommand() = default;

void CliProfileCommand::run()
{
    switch (m_options.command) {
    case CliOptions::Command::ProfileAdd: addProfile(); return;
    case CliOptions::Command::ProfileList: listProfiles(); return;
    case CliOptions::Command::ProfileRemove: removeProfile(); return;
    default: break;
    }
    finish(CliExitCode::Usage);
}

void CliProfileCommand::addProfile()
{
    if (!m_context.profiles) {
        fail(CliExitCode::Local, QStringLiteral("ProfilesUnavailable"),
             QCoreApplication::translate("Cli", "Profiles are not available."));
        return;
    }
    if (m_context.interactiveInput)
        writeErr(QCoreApplication::translate("Cli", "AccessKey ID: "));
    QString keyId;
    const bool haveId = readInputLine(&keyId, false);
    if (m_context.interactiveInput)
        writeErr(QCoreApplication::translate("Cli", "AccessKey secret: "));
    QString secret;
    const bool haveSecret = haveId && readInputLine(&secret, true);
    if (m_context.interactiveInput)
        writeErr(QStringLiteral("\n") + QCoreApplication::translate("Cli", "STS security token (empty if none): "));
    QString token;
    if (haveSecret)
        readInputLine(&token, true);
    if (m_context.interactiveInput)
        writeErr(QStringLiteral("\n"));
    if (keyId.isEmpty() || secret.isEmpty()) {
        fail(CliExitCode::Usage, QStringLiteral("InvalidArgument"),
             QCoreApplication::translate(
                 "Cli", "Give the AccessKey ID, the secret and optionally an STS token as lines on standard input."));
        return;
    }

    Profile profile;
    profile.name = m_options.profileName;
    profile.endpoint = m_options.apiEndpoint();
    profile.accessKeyId = keyId;
    profile.signatureVersion = m_options.signatureVersion;
    const QString invalid = m_context.profiles->validationError(profile);
    if (!invalid.isEmpty()) {
        fail(CliExitCode::Usage, QStringLiteral("InvalidArgument"), invalid);
        return;
    }
    AccessKeyCredentials credentials;
    credentials.accessKeyId = keyId;
    credentials.accessKeySecret = secret;
    credentials.securityToken = token;

    CredentialJob *job = m_context.profiles->add(profile, credentials);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *finishedJob) {
        if (finishedJob->error().isError()) {
            fail(CliExitCode::Local, QStringLiteral("KeychainUnavailable"),
                 QCoreApplication::translate(
                     "Cli",
                     "Nothing was saved: the keychain is not usable.\n%1\nRun a keychain (e.g. gnome-keyring or "
                     "KWallet), or pass the key in the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
                     "ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.")
                     .arg(finishedJob->error().description()));
            return;
        }
        if (m_options.makeDefault)
            m_context.profiles->setDefaultProfileId(finishedJob->key());
        if (m_options.json) {
            QJsonObject object;
            object.insert(QStringLiteral("Name"), m_options.profileName);
            object.insert(QStringLiteral("Default"), m_context.profiles->defaultProfileId() == finishedJob->key());
            writeJson(object);
        } else {
            writeOut(QCoreApplication::translate("Cli", "Profile \"%1\" saved.").arg(m_options.profileName)
                     + QLatin1Char('\n'));
        }
        succeed();
    });
}

void CliProfileCommand::listProfiles()
{
    const QList<Profile> profiles = m_context.profiles ? m_context.profiles->profiles() : QList<Profile>();
    const QString defaultId = m_context.profiles ? m_context.profiles->defaultProfileId() : QString();
    QJsonArray array;
    QList<QStringList> rows;
    rows.append({ QString(), QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "Site"),
                  QCoreApplication::translate("Cli", "AccessKey ID"),
                  QCoreApplication::translate("Cli", "Signature") });
    for (const Profile &profile : profiles) {
        if (profile.isEnvironment)
            continue;
        const QString site = profile.site() == ApiEndpoint::Site::Custom ? profile.endpoint.url().toString()
                                                                         : ApiEndpoint::siteKey(profile.site());
        QJsonObject object;
        object.insert(QStringLiteral("Name"), profile.name);
        object.insert(QStringLiteral("Site"), ApiEndpoint::siteKey(profile.site()));
        object.insert(QStringLiteral("Endpoint"), profile.endpoint.url().toString());
        object.insert(QStringLiteral("AccessKeyId"), profile.accessKeyId);
        object.insert(QStringLiteral("SignatureVersion"), signatureVersionName(profile.signatureVersion));
        object.insert(QStringLiteral("Default"), profile.id == defaultId);
        array.append(object);
        rows.append({ profile.id == defaultId ? QStringLiteral("*") : QString(), profile.name, site,
                      profile.accessKeyId, signatureVersionName(profile.signatureVersion) });
    }
    if (m_options.json) {
        QJsonObject object;
        object.insert(QStringLiteral("Profiles"), array);
        writeJson(object);
    } else if (array.isEmpty()) {
        writeOut(QCoreApplication::translate("Cli", "No profiles. Add one with \"reportdesk-cli profile add NAME\".")
                 + QLatin1Char('\n'));
    } else {
        writeOut(CliOutput::alignedRows(rows));
    }
    succeed();
}

void CliProfileCommand::removeProfile()
{
    const std::optional<Profile> profile
        = m_context.profiles ? m_context.profiles->profileByName(m_options.profileName) : std::nullopt;
    if (!profile || profile->isEnvironment) {
        fail(CliExitCode::Usage, QStringLiteral("ProfileNotFound"),
             QCoreApplication::translate("Cli", "There is no profile named \"%1\".").arg(m_options.profileName));
        return;
    }
    CredentialJob *job = m_context.profiles->remove(profile->id);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *finishedJob) {
        const CredentialError error = finishedJob->error();
        if (error.isBackendFailure()) {
            fail(CliExitCode::Local, QStringLiteral("KeychainUnavailable"),
                 QCoreApplication::translate(
                     "Cli", "The profile \"%1\" was removed, but its keychain entry could not be deleted: %2")
                     .arg(m_options.profileName, error.description()));
            return;
        }
        if (!m_options.json)
            writeOut(QCoreApplication::translate("Cli", "Profile \"%1\" removed.").arg(m_options.profileName)
                     + QLatin1Char('\n'));
        else
            writeJson(QJsonObject { { QStringLiteral("Name"), m_options.profileName } });
        succeed();
    });
}

bool CliProfileCommand::readInputLine(QString *line, bool secret)
{
    if (!m_context.in)
        return false;
    const EchoOff echoOff(secret && m_context.interactiveInput);
    QByteArray bytes = m_context.in->readLine();
    if (bytes.isEmpty())
        return false;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes).trimmed();
    return true;
}
