#include "CliRunner.h"

#include "CliHistory.h"
#include "CliOptionsParser.h"
#include "CliOutput.h"
#include "CliScheduleCommand.h"
#include "api/NetworkConfigurator.h"
#include "api/NetworkSettings.h"
#include "api/SecurityCenterClient.h"
#include "common/RequestLog.h"
#include "credentials/CredentialStore.h"
#include "credentials/EnvironmentCredentials.h"
#include "credentials/KeychainMigration.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"
#include "downloads/CachedLink.h"
#include "downloads/DownloadCoordinator.h"
#include "downloads/DownloadQueue.h"
#include "downloads/FileNameSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QTimer>

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

ExportType typeFromUrl(const QUrl &url)
{
    return url.path().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? ExportType::Pdf : ExportType::Html;
}

CliExitCode exitCodeForDownload(DownloadResult::Kind kind)
{
    switch (kind) {
    case DownloadResult::Kind::Success: return CliExitCode::Ok;
    case DownloadResult::Kind::DiskFull:
    case DownloadResult::Kind::FileError: return CliExitCode::Local;
    case DownloadResult::Kind::Network:
    case DownloadResult::Kind::Incomplete:
    case DownloadResult::Kind::Cancelled: return CliExitCode::Network;
    case DownloadResult::Kind::LinkExpired:
    case DownloadResult::Kind::ServerError:
    case DownloadResult::Kind::UnsafeLink:
    case DownloadResult::Kind::LinkUnavailable: break;
    }
    return CliExitCode::Service;
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, const Context &context, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(context)
{
}

CliRunner::~CliRunner()
{
    if (m_downloads && m_exportId != 0)
        m_downloads->cancel(m_exportId);
}

CliHistory *CliRunner::history()
{
    if (!m_options.recordHistory || m_historyProfileId.isEmpty())
        return nullptr;
    if (!m_history)
        m_history = new CliHistory(m_historyProfileId, m_context.err, this);
    return m_history;
}

void CliRunner::start()
{
    // Always from the event loop, so finished() never fires inside start().
    QTimer::singleShot(0, this, &CliRunner::run);
}

CliRunner::EnvironmentResult CliRunner::credentialsFromEnvironment(const QProcessEnvironment &environment,
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

void CliRunner::run()
{
    switch (m_options.command) {
    case CliOptions::Command::None: failUsage(CliUsageError::make(CliUsageError::Kind::MissingCommand)); return;
    case CliOptions::Command::Help:
        writeOut(CliOptionsParser::helpText());
        succeed();
        return;
    case CliOptions::Command::Version:
        writeOut(QStringLiteral("reportdesk-cli " REPORTDESK_VERSION "\n"));
        succeed();
        return;
    case CliOptions::Command::ProfileAdd: addProfile(); return;
    case CliOptions::Command::ProfileList: listProfiles(); return;
    case CliOptions::Command::ProfileRemove: removeProfile(); return;
    case CliOptions::Command::ScheduleAdd:
    case CliOptions::Command::ScheduleList:
    case CliOptions::Command::ScheduleRemove:
    case CliOptions::Command::ScheduleRunDue:
    case CliOptions::Command::ScheduleRun: runSchedule(); return;
    case CliOptions::Command::Reports:
    case CliOptions::Command::Export:
    case CliOptions::Command::Status:
    case CliOptions::Command::Download: break;
    }
    prepareNetwork();
}

// The app's proxy, with its password from the keychain when it has a user; a missing
// password is not fatal (the proxy may not need one, and then says so itself).
void CliRunner::prepareNetwork()
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
void CliRunner::resolveCredentials()
{
    AccessKeyCredentials credentials;
    QString missing;
    switch (credentialsFromEnvironment(m_context.environment, &credentials, &missing)) {
    case EnvironmentResult::Found: connectClient(credentials, std::nullopt); return;
    case EnvironmentResult::Incomplete:
        failUsage(CliUsageError::make(CliUsageError::Kind::IncompleteEnvironment, missing));
        return;
    case EnvironmentResult::NotSet: break;
    }

    std::optional<Profile> profile;
    if (m_context.profiles) {
        profile = m_options.profile.isEmpty() ? m_context.profiles->profile(m_context.profiles->defaultProfileId())
                                              : m_context.profiles->profileByName(m_options.profile);
    }
    if (!profile && !m_options.profile.isEmpty()) {
        fail(CliExitCode::Usage, QStringLiteral("ProfileNotFound"),
             QCoreApplication::translate("Cli",
                                         "There is no profile named \"%1\" (see \"reportdesk-cli profile list\").")
                 .arg(m_options.profile));
        return;
    }
    if (!profile) {
        fail(CliExitCode::Usage, QStringLiteral("MissingCredentials"),
             QCoreApplication::translate(
                 "Cli",
                 "No AccessKey: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or save a "
                 "profile with \"reportdesk-cli profile add NAME --default\"."));
        return;
    }

    CredentialJob *job = m_context.profiles->loadCredentials(*profile);
    const Profile chosen = *profile;
    connect(job, &CredentialJob::finished, this,
            [this, chosen](CredentialJob *finishedJob) { onProfileCredentials(finishedJob, chosen); });
}

void CliRunner::onProfileCredentials(CredentialJob *job, const Profile &profile)
{
    const CredentialError error = job->error();
    if (error.code == CredentialError::Code::NotFound) {
        fail(CliExitCode::Local, QStringLiteral("MissingSecret"),
             QCoreApplication::translate(
                 "Cli", "The keychain holds no AccessKey secret for the profile \"%1\": add the profile again.")
                 .arg(profile.name));
        return;
    }
    if (error.isError()) {
        fail(CliExitCode::Local, QStringLiteral("KeychainUnavailable"),
             QCoreApplication::translate(
                 "Cli",
                 "The keychain could not be read.\n%1\nWithout a keychain, set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                 "ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.")
                 .arg(error.description()));
        return;
    }
    connectClient(job->credentials(), profile);
}

void CliRunner::connectClient(const AccessKeyCredentials &credentials, const std::optional<Profile> &profile)
{
    // The window files the environment's key under its own profile too.
    m_historyProfileId = profile ? profile->id : Profile::environmentId();
    const bool explicitEndpoint = m_options.siteGiven || !m_options.endpoint.isEmpty();
    const ApiEndpoint endpoint = profile && !explicitEndpoint ? profile->endpoint : m_options.apiEndpoint();
    const SignatureVersion version
        = profile && !m_options.signatureGiven ? profile->signatureVersion : m_options.signatureVersion;
    if (!endpoint.isValid()) {
        fail(CliExitCode::Usage, QStringLiteral("InvalidEndpoint"), endpoint.validationError());
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
    runApiCommand();
}

void CliRunner::runApiCommand()
{
    switch (m_options.command) {
    case CliOptions::Command::Reports: listReports(); return;
    case CliOptions::Command::Export: startExport(); return;
    case CliOptions::Command::Status:
    case CliOptions::Command::Download:
        m_exportId = m_options.id;
        m_waitClock.start();
        pollStatus();
        return;
    default: break;
    }
    finish(CliExitCode::Usage);
}

void CliRunner::listReports()
{
    ApiReply *reply = m_client->describeCustomizeReportList();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            failApi(reply->error(), reply->operation());
            return;
        }
        if (m_options.json)
            writeJson(CliOutput::reportListJson(reply->reports()));
        else
            writeOut(CliOutput::reportTable(reply->reports()));
        succeed();
    });
}

void CliRunner::startExport()
{
    ApiReply *reply = m_client->exportCustomizeReport(m_options.id, m_options.exportType);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            failApi(reply->error(), reply->operation());
            return;
        }
        m_started = reply->exportInfo();
        if (m_started.reportId == 0)
            m_started.reportId = m_options.id;
        if (CliHistory *history = this->history())
            history->recordStarted(m_started, m_options.id, m_options.exportType);
        if (!m_options.wait) {
            if (m_options.json)
                writeJson(CliOutput::exportStartedJson(m_started));
            else
                writeOut(CliOutput::exportStartedText(m_started));
            succeed();
            return;
        }
        // With --wait the JSON output is the final status alone (one object); people see the start now.
        if (!m_options.json)
            writeOut(CliOutput::exportStartedText(m_started));
        m_exportId = m_started.exportId;
        m_waitClock.start();
        pollStatus();
    });
}

void CliRunner::pollStatus()
{
    ApiReply *reply = m_client->describeReportExport(m_exportId);
    connect(reply, &ApiReply::finished, this, [this, reply] { onStatus(reply); });
}

void CliRunner::onStatus(ApiReply *reply)
{
    reply->deleteLater();
    if (reply->error().isError()) {
        failApi(reply->error(), reply->operation());
        return;
    }
    m_latest = reply->exportInfo();
    if (m_latest.exportId == 0)
        m_latest.exportId = m_exportId;
    // An export this run started, or one the history already follows, is kept current.
    if (CliHistory *history = this->history())
        history->recordStatus(m_latest, m_options.command == CliOptions::Command::Export);

    const ExportStatus status = m_latest.status;
    const bool waiting = m_options.wait && !isExportFinished(status);
    if (!waiting) {
        if (m_options.command == CliOptions::Command::Status || status != ExportStatus::Succeeded
            || m_options.outputPath.isEmpty())
            finishWithStatus(m_latest);
        else
            startDownload(m_latest);
        return;
    }
    if (status != m_lastShownStatus) {
        m_lastShownStatus = status;
        progress(QCoreApplication::translate("Cli", "Export %1: %2")
                     .arg(m_exportId)
                     .arg(CliOutput::statusName(status, m_latest.rawStatus)));
    }
    if (m_waitClock.elapsed() + m_pollIntervalMs > m_maxWaitMs) {
        fail(CliExitCode::Network, QStringLiteral("WaitTimeout"),
             QCoreApplication::translate("Cli", "Export %1 did not finish in time (last status: %2).")
                 .arg(m_exportId)
                 .arg(CliOutput::statusName(status, m_latest.rawStatus)));
        return;
    }
    QTimer::singleShot(m_pollIntervalMs, this, &CliRunner::pollStatus);
}

void CliRunner::finishWithStatus(const ExportInfo &info)
{
    if (m_options.command == CliOptions::Command::Download && info.status != ExportStatus::Failed) {
        // Not finished yet and no --wait: there is nothing to download.
        fail(CliExitCode::Service, QStringLiteral("ExportNotReady"),
             QCoreApplication::translate(
                 "Cli",
                 "Export %1 is not finished (status: %2): there is nothing to download yet. Add --wait to wait "
                 "for it.")
                 .arg(info.exportId)
                 .arg(CliOutput::statusName(info.status, info.rawStatus)));
        return;
    }
    if (m_options.json)
        writeJson(CliOutput::exportStatusJson(info));
    else
        writeOut(CliOutput::exportStatusText(info));
    if (info.status == ExportStatus::Failed) {
        if (!m_options.json)
            writeErr(QCoreApplication::translate("Cli", "Export %1 failed.").arg(info.exportId) + QLatin1Char('\n'));
        finish(CliExitCode::ExportFailed);
        return;
    }
    succeed();
}

QString CliRunner::downloadTarget(const ExportInfo &info, QString *problem) const
{
    const QFileInfo output(m_options.outputPath);
    if (!output.isDir()) {
        if (!output.absoluteDir().exists())
            *problem = QCoreApplication::translate("Cli", "The folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(output.absolutePath()));
        return output.absoluteFilePath();
    }
    const bool started = m_started.exportId == info.exportId && m_started.exportId != 0;
    const ExportType type = started ? m_options.exportType : typeFromUrl(info.downloadUrl);
    const QString name = FileNameSanitizer::proposedName(started ? m_started.fileName : QString(), QString(),
                                                         info.reportId, info.exportDate, info.exportId, type);
    return QDir(output.absoluteFilePath()).filePath(name);
}

void CliRunner::startDownload(const ExportInfo &info)
{
    QString problem;
    const QString target = downloadTarget(info, &problem);
    if (!problem.isEmpty()) {
        fail(CliExitCode::Local, QStringLiteral("LocalFileError"), problem);
        return;
    }
    if (!m_downloads) {
        m_downloadQueue = new DownloadQueue(m_context.network, this);
        DownloadOptions downloadOptions = m_downloadQueue->options();
        downloadOptions.transferTimeoutMs = m_context.transferTimeoutMs;
        m_downloadQueue->setOptions(downloadOptions);
        m_downloads = new DownloadCoordinator(m_client, m_downloadQueue, this);
        connect(m_downloads, &DownloadCoordinator::finished, this, &CliRunner::onDownloadFinished);
        connect(m_downloads, &DownloadCoordinator::linkReceived, this,
                [this](qint64, const ExportInfo &fresh) { m_latest = fresh; });
    }
    // The answer just received is the freshest link there is; the coordinator still asks
    // again if it is about to expire, and once more if the storage says it has.
    CachedLink link;
    link.url = DownloadCoordinator::downloadUrlOf(info);
    link.expiresAt = info.urlExpiresAt;
    link.answeredAt = QDateTime::currentDateTimeUtc();
    progress(QCoreApplication::translate("Cli", "Downloading export %1 to %2")
                 .arg(info.exportId)
                 .arg(QDir::toNativeSeparators(target)));
    m_downloads->download(info.exportId, target, link);
}

void CliRunner::onDownloadFinished(qint64 exportId, const DownloadResult &result)
{
    if (exportId != m_exportId || m_interruptExitCode >= 0)
        return;
    if (result.kind == DownloadResult::Kind::LinkUnavailable && result.apiError.isError()) {
        failApi(result.apiError, ApiReply::Operation::DescribeReportExport);
        return;
    }
    if (!result.isSuccess()) {
        const CliExitCode code = exitCodeForDownload(result.kind);
        if (m_options.json) {
            QJsonObject object = CliOutput::errorJson(DownloadResult::kindKey(result.kind), result.message(),
                                                      result.ossRequestId, result.httpStatus);
            addStartedExportId(&object);
            writeJson(object);
        } else {
            writeErr(QCoreApplication::translate("Cli", "Error: %1").arg(result.message()) + QLatin1Char('\n'));
        }
        finish(code);
        return;
    }
    if (CliHistory *history = this->history())
        history->recordSaved(m_latest, result);
    if (m_options.json) {
        QJsonObject object = CliOutput::exportStatusJson(m_latest);
        // The file is saved: the signed link would only end up in a cron log.
        object.remove(QStringLiteral("DownloadUrl"));
        object.insert(QStringLiteral("File"), result.filePath);
        object.insert(QStringLiteral("Bytes"), result.bytesReceived);
        writeJson(object);
    } else {
        writeOut(QCoreApplication::translate("Cli", "Saved %1 (%2 bytes).")
                     .arg(QDir::toNativeSeparators(result.filePath))
                     .arg(result.bytesReceived)
                 + QLatin1Char('\n'));
    }
    succeed();
}

void CliRunner::runSchedule()
{
    m_schedule = new CliScheduleCommand(m_options, m_context, this);
    connect(m_schedule, &CliScheduleCommand::finished, this,
            [this](int exitCode) { finish(static_cast<CliExitCode>(exitCode)); });
    m_schedule->start();
}

void CliRunner::addProfile()
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

void CliRunner::listProfiles()
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

void CliRunner::removeProfile()
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

bool CliRunner::readInputLine(QString *line, bool secret)
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

void CliRunner::writeOut(const QString &text)
{
    if (m_context.out)
        m_context.out->write(text.toUtf8());
}

void CliRunner::writeErr(const QString &text)
{
    if (m_context.err)
        m_context.err->write(text.toUtf8());
}

void CliRunner::writeJson(const QJsonObject &object)
{
    if (m_context.out)
        m_context.out->write(CliOutput::jsonLine(object));
}

// Progress is for people only: stderr, and never with --json.
void CliRunner::progress(const QString &text)
{
    if (!m_options.json)
        writeErr(text + QLatin1Char('\n'));
}

void CliRunner::succeed()
{
    finish(CliExitCode::Ok);
}

void CliRunner::failUsage(const CliUsageError &error)
{
    fail(CliExitCode::Usage, QStringLiteral("InvalidArgument"), error.message());
}

void CliRunner::failApi(const ApiError &error, ApiReply::Operation operation)
{
    if (m_options.json) {
        QJsonObject object = CliOutput::apiErrorJson(error);
        addStartedExportId(&object);
        writeJson(object);
    } else {
        writeErr(CliOutput::apiErrorText(error, operation));
    }
    finish(CliOutput::exitCodeFor(error));
}

// "export --wait" created an export the script has not seen yet: an error while waiting
// still tells it which one. Other commands were given their ID and keep the plain error shape.
void CliRunner::addStartedExportId(QJsonObject *object) const
{
    if (m_options.command == CliOptions::Command::Export && m_started.exportId != 0)
        object->insert(QStringLiteral("ExportId"), m_started.exportId);
}

void CliRunner::fail(CliExitCode code, const QString &errorCode, const QString &message)
{
    if (m_options.json)
        writeJson(CliOutput::errorJson(errorCode, message));
    else
        writeErr(QCoreApplication::translate("Cli", "Error: %1").arg(message) + QLatin1Char('\n'));
    finish(code);
}

void CliRunner::interrupt(int exitCode)
{
    if (m_finished || m_interruptExitCode >= 0)
        return;
    m_interruptExitCode = exitCode;
    if (m_downloads && m_exportId != 0)
        m_downloads->cancel(m_exportId);
    if (m_schedule)
        m_schedule->cancel();
    writeErr(QCoreApplication::translate("Cli", "Interrupted.") + QLatin1Char('\n'));
    finish(CliExitCode::Ok); // the interrupt code wins
}

void CliRunner::finish(CliExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_interruptExitCode >= 0 ? m_interruptExitCode : exitCodeValue(code));
}
