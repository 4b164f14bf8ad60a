#pragma once

#include "CliExitCode.h"
#include "CliOptions.h"
#include "CliUsageError.h"
#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ExportInfo.h"
#include "api/ProxySettings.h"
#include "downloads/DownloadResult.h"
#include "signing/AccessKeyCredentials.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>

#include <optional>

class CliHistory;
class CliScheduleCommand;
class CredentialJob;
class DownloadCoordinator;
class DownloadQueue;
class LanguageSetting;
class ProfileRepository;
class QIODevice;
class QNetworkAccessManager;
class RequestLog;
class SecurityCenterClient;
struct Profile;

// Runs one reportdesk-cli command over the core, asynchronously: start(), then
// finished(exitCode) exactly once, always from the event loop.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    // What the runner uses; nothing here is owned. profiles may be nullptr when no
    // command needs saved profiles (tests); in reads the profile add lines.
    struct Context
    {
        QNetworkAccessManager *network = nullptr;
        LanguageSetting *language = nullptr;
        ProfileRepository *profiles = nullptr;
        QIODevice *out = nullptr;
        QIODevice *err = nullptr;
        QIODevice *in = nullptr;
        QProcessEnvironment environment;
        bool interactiveInput = false; // stdin is a terminal: prompt, and do not echo the secret
        int transferTimeoutMs = 30000; // the app's network setting
        ProxySettings proxy; // the app's proxy; a manual one's password comes from the keychain
    };

    CliRunner(const CliOptions &options, const Context &context, QObject *parent = nullptr);
    ~CliRunner() override;

    // How often --wait asks for the status (default 3 s).
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }
    // How long --wait waits at most before giving up with exit code 4 (default 2 h).
    void setMaxWait(qint64 milliseconds) { m_maxWaitMs = milliseconds; }

    void start();
    // Ctrl-C or SIGTERM: cancels what runs (a partial download leaves no file) and
    // finishes with exitCode (128 + the signal number, by convention).
    void interrupt(int exitCode);

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
    void finished(int exitCode);

private:
    void run();
    void prepareNetwork();
    void resolveCredentials();
    void onProfileCredentials(CredentialJob *job, const Profile &profile);
    void connectClient(const AccessKeyCredentials &credentials, const std::optional<Profile> &profile);
    void runApiCommand();
    // The export history of the credentials' profile; nullptr with --no-history.
    CliHistory *history();

    void listReports();
    void startExport();
    void pollStatus();
    void onStatus(ApiReply *reply);
    void finishWithStatus(const ExportInfo &info);
    void startDownload(const ExportInfo &info);
    void onDownloadFinished(qint64 exportId, const DownloadResult &result);
    QString downloadTarget(const ExportInfo &info, QString *problem) const;

    void runSchedule(); // every "schedule ..." command (CliScheduleCommand)
    void addProfile();
    void listProfiles();
    void removeProfile();

    bool readInputLine(QString *line, bool secret);
    void writeOut(const QString &text);
    void writeErr(const QString &text);
    void writeJson(const QJsonObject &object);
    void progress(const QString &text);

    void succeed();
    void failUsage(const CliUsageError &error);
    void failApi(const ApiError &error, ApiReply::Operation operation);
    void addStartedExportId(QJsonObject *object) const;
    void fail(CliExitCode code, const QString &errorCode, const QString &message);
    void finish(CliExitCode code);

    CliOptions m_options;
    Context m_context;
    SecurityCenterClient *m_client = nullptr;
    RequestLog *m_log = nullptr;
    DownloadQueue *m_downloadQueue = nullptr;
    DownloadCoordinator *m_downloads = nullptr;
    int m_pollIntervalMs = 3000;
    qint64 m_maxWaitMs = 2 * 60 * 60 * 1000;
    QElapsedTimer m_waitClock;
    qint64 m_exportId = 0; // the export being followed
    ExportInfo m_started; // ExportCustomizeReport's answer (FileName, type)
    ExportInfo m_latest; // the last DescribeReportExport answer
    QString m_historyProfileId; // known once the credentials are
    CliHistory *m_history = nullptr;
    CliScheduleCommand *m_schedule = nullptr;
    ExportStatus m_lastShownStatus = ExportStatus::Unknown;
    bool m_finished = false;
    QString m_proxyPassword; // for the log's redaction list only
    int m_interruptExitCode = -1; // >= 0 once interrupted: overrides every other outcome
};
