#pragma once

#include "api/ApiEndpoint.h"
#include "api/ExportInfo.h"
#include "credentials/Profile.h"
#include "downloads/DownloadResult.h"
#include "schedules/Schedule.h"
#include "schedules/ScheduleFailure.h"
#include "schedules/ScheduleOccurrence.h"
#include "signing/AccessKeyCredentials.h"
#include "signing/SignatureVersion.h"

#include <QElapsedTimer>
#include <QObject>

#include <QPointer>
#include <QProcessEnvironment>
#include <functional>

#include <optional>

class ApiReply;
class CredentialJob;
class DownloadCoordinator;
class DownloadQueue;
class LanguageSetting;
class ProfileRepository;
class QNetworkAccessManager;
class QTimer;
class RequestLog;
class ScheduleClock;
class ScheduleStore;
class SecurityCenterClient;

// Runs one claimed occurrence of a schedule: the profile's key (keychain, or the
// environment's for the "environment" profile), the report's title, then
// ExportCustomizeReport, DescribeReportExport until the export ends, and the
// download (DownloadCoordinator: streamed QSaveFile, SHA-256) into the
// schedule's folder under its file-name template, never over an existing file.
// The result (export id, path, size, SHA-256, or the failure's kind and detail)
// goes into the occurrence; a temporary failure is retried later, with backoff,
// while the occurrence's window is open (see ScheduleTiming). Retention follows
// a success. One occurrence at a time; the host records the exports in the task
// history (exportStarted/exportChanged/reportSaved), as the window or the CLI
// does with its own exports.
class ScheduleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleRunner)

public:
    struct Options
    {
        QProcessEnvironment environment; // for the "environment" profile
        std::optional<ApiEndpoint> endpoint; // overrides the profile's (reportdesk-cli --endpoint)
        std::optional<SignatureVersion> signatureVersion;
        int transferTimeoutMs = 30000;
        int firstPollMs = 1000; // DescribeReportExport after this, doubling...
        int maxPollMs = 30000; // ...up to this
        qint64 maxWaitMs = 2 * 60 * 60 * 1000; // an export running longer is a (temporary) failure
        int clientRetries = 3; // the client's own retries of throttled/5xx/network calls
        int clientRetryBaseMs = 200;
        RequestLog *log = nullptr; // not owned
        // A profile that is no saved one, with its key in memory: the window's demo
        // (the built-in simulator). Schedules naming its id run with it.
        std::optional<Profile> memoryProfile;
        AccessKeyCredentials memoryCredentials;
    };

    // Nothing is owned; profiles may be nullptr when only the environment is used.
    ScheduleRunner(QNetworkAccessManager *network, const LanguageSetting *language, ProfileRepository *profiles,
                   ScheduleStore *store, const ScheduleClock *clock, QObject *parent = nullptr);
    ~ScheduleRunner() override;

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    // False when a run is under way. The occurrence must have been claimed by `store`.
    bool run(const Schedule &schedule, const ScheduleOccurrence &occurrence);
    bool isRunning() const { return m_running; }
    // Stops the run; the occurrence is recorded as a temporary failure ("cancelled").
    void cancel();

Q_SIGNALS:
    void occurrenceStarted(const QString &scheduleId, const QDateTime &occursAt);
    // state: Succeeded, Retry (nextAttemptAt set) or Failed; errorKind empty on success.
    void occurrenceFinished(const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::State state,
                            const QString &errorKind);
    void exportStarted(const QString &profileId, const ExportInfo &info, qint64 reportId, ExportType type);
    void exportChanged(const QString &profileId, const ExportInfo &info);
    void reportSaved(const QString &profileId, const ExportInfo &info, const DownloadResult &result);

private:
    void loadCredentials();
    void onCredentials(CredentialJob *job, const Profile &profile);
    void connectClient(const AccessKeyCredentials &credentials, const std::optional<Profile> &profile);
    // Calls onAnswer with a successful answer of this run; a failure fails the run.
    void whenAnswered(ApiReply *reply, const std::function<void(ApiReply *)> &onAnswer);
    void findReport();
    void startExport();
    void poll();
    void startDownload(const ExportInfo &info);
    void onDownloadFinished(qint64 exportId, const DownloadResult &result);
    void succeed(const DownloadResult &result);
    void fail(const ScheduleFailure &failure);
    void finish();

    QNetworkAccessManager *m_network;
    const LanguageSetting *m_language;
    ProfileRepository *m_profiles;
    ScheduleStore *m_store;
    const ScheduleClock *m_clock;
    Options m_options;

    bool m_running = false;
    quint64 m_generation = 0; // drops answers of a cancelled run
    Schedule m_schedule;
    ScheduleOccurrence m_occurrence;
    QString m_profileName;
    SecurityCenterClient *m_client = nullptr;
    DownloadQueue *m_queue = nullptr;
    DownloadCoordinator *m_downloads = nullptr;
    QTimer *m_pollTimer;
    int m_pollMs = 0;
    QElapsedTimer m_waitClock;
    ExportInfo m_latest;
};
