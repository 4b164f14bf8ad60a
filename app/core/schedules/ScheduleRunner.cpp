#include "schedules/ScheduleRunner.h"

#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "credentials/EnvironmentCredentials.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"
#include "downloads/CachedLink.h"
#include "downloads/DownloadCoordinator.h"
#include "downloads/DownloadQueue.h"
#include "schedules/FileNameTemplate.h"
#include "schedules/ScheduleClock.h"
#include "schedules/ScheduleRetention.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"

#include <QDir>
#include <QTimer>

ScheduleRunner::ScheduleRunner(QNetworkAccessManager *network, const LanguageSetting *language,
                               ProfileRepository *profiles, ScheduleStore *store, const ScheduleClock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_language(language)
    , m_profiles(profiles)
    , m_store(store)
    , m_clock(clock)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ScheduleRunner::poll);
}

ScheduleRunner::~ScheduleRunner()
{
    if (m_downloads && m_latest.exportId != 0)
        m_downloads->cancel(m_latest.exportId);
}

bool ScheduleRunner::run(const Schedule &schedule, const ScheduleOccurrence &occurrence)
{
    if (m_running)
        return false;
    m_running = true;
    ++m_generation;
    m_schedule = schedule;
    m_occurrence = occurrence;
    m_latest = ExportInfo();
    m_profileName.clear();
    Q_EMIT occurrenceStarted(schedule.id, occurrence.occursAt);
    // From the event loop: occurrenceFinished never fires inside run().
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_running)
            loadCredentials();
    });
    return true;
}

void ScheduleRunner::cancel()
{
    if (!m_running)
        return;
    const qint64 downloading = m_downloads && m_downloads->isActive(m_occurrence.exportId) ? m_occurrence.exportId : 0;
    fail(ScheduleFailure::make(QStringLiteral("cancelled"), QString(), false));
    // After fail(): the download's own finished(Cancelled) then finds the run over.
    if (downloading != 0)
        m_downloads->cancel(downloading);
}

void ScheduleRunner::loadCredentials()
{
    if (m_schedule.profileId == Profile::environmentId()) {
        const EnvironmentCredentials::Reading reading = EnvironmentCredentials::read(m_options.environment);
        if (reading.status != EnvironmentCredentials::Status::Found) {
            // A timer's environment may lack the variables this time only: not permanent.
            fail(ScheduleFailure::make(QStringLiteral("no-credentials"), QStringLiteral("environment"), false));
            return;
        }
        m_profileName = Profile::environmentId();
        connectClient(reading.found->credentials, std::nullopt);
        return;
    }
    if (m_options.memoryProfile && m_options.memoryProfile->id == m_schedule.profileId) {
        m_profileName = m_options.memoryProfile->name;
        connectClient(m_options.memoryCredentials, m_options.memoryProfile);
        return;
    }
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(m_schedule.profileId) : std::nullopt;
    if (!profile) {
        fail(ScheduleFailure::make(QStringLiteral("profile-not-found"), m_schedule.profileId, true));
        return;
    }
    m_profileName = profile->name;
    CredentialJob *job = m_profiles->loadCredentials(*profile);
    const quint64 generation = m_generation;
    const Profile chosen = *profile;
    connect(job, &CredentialJob::finished, this, [this, generation, chosen](CredentialJob *finished) {
        if (generation == m_generation && m_running)
            onCredentials(finished, chosen);
    });
}

void ScheduleRunner::onCredentials(CredentialJob *job, const Profile &profile)
{
    if (job->error().isError()) {
        fail(ScheduleFailure::fromCredentials(job->error()));
        return;
    }
    connectClient(job->credentials(), profile);
}

void ScheduleRunner::connectClient(const AccessKeyCredentials &credentials, const std::optional<Profile> &profile)
{
    const ApiEndpoint endpoint = m_options.endpoint
        ? *m_options.endpoint
        : (profile ? profile->endpoint : ApiEndpoint::forSite(ApiEndpoint::Site::China));
    if (!endpoint.isValid()) {
        fail(ScheduleFailure::make(QStringLiteral("invalid-endpoint"), QString(), true));
        return;
    }
    if (m_client)
        m_client->deleteLater();
    m_client = new SecurityCenterClient(m_network, m_language, this);
    m_client->setEndpoint(endpoint);
    m_client->setSignatureVersion(m_options.signatureVersion
                                      ? *m_options.signatureVersion
                                      : (profile ? profile->signatureVersion : SignatureVersion::V3));
    m_client->setCredentials(credentials);
    m_client->setTransferTimeout(m_options.transferTimeoutMs);
    m_client->setRetryPolicy(m_options.clientRetries, m_options.clientRetryBaseMs, 20000);
    m_client->setRequestLog(m_options.log);
    findReport();
}

// The title for {title} and for the window, and "report not found" before an export is started.
void ScheduleRunner::whenAnswered(ApiReply *reply, const std::function<void(ApiReply *)> &onAnswer)
{
    // An answer to an earlier run (cancelled, or this runner has moved on) is dropped.
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation, onAnswer] {
        reply->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        if (reply->error().isError()) {
            fail(ScheduleFailure::fromApi(reply->error()));
            return;
        }
        onAnswer(reply);
    });
}

void ScheduleRunner::findReport()
{
    whenAnswered(m_client->describeCustomizeReportList(), [this](ApiReply *reply) {
        const QList<ReportInfo> reports = reply->reports();
        const auto found = std::find_if(reports.cbegin(), reports.cend(), [this](const ReportInfo &report) {
            return report.reportId == m_schedule.reportId;
        });
        if (found == reports.cend()) {
            fail(ScheduleFailure::make(QStringLiteral("report-not-found"),
                                       QStringLiteral("ReportId=") + QString::number(m_schedule.reportId), true));
            return;
        }
        if (found->title != m_schedule.reportTitle) {
            m_schedule.reportTitle = found->title;
            // The title only: this copy of the schedule is as old as the run, and a
            // pause or an edit made meanwhile in the window must survive it.
            m_store->setReportTitle(m_schedule.id, found->title, m_clock->now());
        }
        startExport();
    });
}

void ScheduleRunner::startExport()
{
    whenAnswered(m_client->exportCustomizeReport(m_schedule.reportId, m_schedule.exportType), [this](ApiReply *reply) {
        m_latest = reply->exportInfo();
        if (m_latest.reportId == 0)
            m_latest.reportId = m_schedule.reportId;
        m_occurrence.exportId = m_latest.exportId;
        m_store->recordExport(m_schedule.id, m_occurrence.occursAt, m_latest.exportId);
        Q_EMIT exportStarted(m_schedule.profileId, m_latest, m_schedule.reportId, m_schedule.exportType);
        m_pollMs = m_options.firstPollMs;
        m_waitClock.start();
        m_pollTimer->start(m_pollMs);
    });
}

void ScheduleRunner::poll()
{
    whenAnswered(m_client->describeReportExport(m_occurrence.exportId), [this](ApiReply *reply) {
        ExportInfo info = reply->exportInfo();
        if (info.exportId == 0)
            info.exportId = m_occurrence.exportId;
        if (info.reportId == 0)
            info.reportId = m_schedule.reportId;
        m_latest = info;
        Q_EMIT exportChanged(m_schedule.profileId, info);
        if (info.status == ExportStatus::Succeeded) {
            startDownload(info);
            return;
        }
        if (info.status == ExportStatus::Failed) {
            fail(ScheduleFailure::make(QStringLiteral("export-failed"),
                                       QStringLiteral("ExportId=") + QString::number(info.exportId), true));
            return;
        }
        if (m_waitClock.elapsed() > m_options.maxWaitMs) {
            fail(ScheduleFailure::make(QStringLiteral("export-timeout"),
                                       QStringLiteral("ExportId=") + QString::number(info.exportId), false));
            return;
        }
        m_pollMs = std::min(m_pollMs * 2, m_options.maxPollMs);
        m_pollTimer->start(m_pollMs);
    });
}

void ScheduleRunner::startDownload(const ExportInfo &info)
{
    if (!QDir().mkpath(m_schedule.folder)) {
        fail(ScheduleFailure::make(QStringLiteral("download:file-error"), QStringLiteral("folder"), false));
        return;
    }
    FileNameTemplate::Values values;
    values.title = m_schedule.reportTitle;
    values.date = m_clock->now().toTimeZone(m_schedule.timeZone()).date();
    values.exportId = info.exportId;
    values.reportId = m_schedule.reportId;
    values.type = m_schedule.exportType;
    values.profile = m_profileName;
    const QString name = FileNameTemplate::expand(m_schedule.nameTemplate, values);
    const QString target = FileNameTemplate::unusedPath(m_schedule.folder, name);
    if (!m_downloads) {
        m_queue = new DownloadQueue(m_network, this);
        DownloadOptions downloadOptions = m_queue->options();
        downloadOptions.transferTimeoutMs = m_options.transferTimeoutMs;
        m_queue->setOptions(downloadOptions);
    } else {
        m_downloads->deleteLater();
    }
    // A coordinator per run: it holds the client of this run's credentials.
    m_downloads = new DownloadCoordinator(m_client, m_queue, this);
    connect(m_downloads, &DownloadCoordinator::finished, this, &ScheduleRunner::onDownloadFinished);
    connect(m_downloads, &DownloadCoordinator::linkReceived, this,
            [this](qint64, const ExportInfo &fresh) { m_latest = fresh; });
    CachedLink link;
    link.url = DownloadCoordinator::downloadUrlOf(info);
    link.expiresAt = info.urlExpiresAt;
    link.answeredAt = QDateTime::currentDateTimeUtc();
    m_downloads->download(info.exportId, target, link);
}

void ScheduleRunner::onDownloadFinished(qint64 exportId, const DownloadResult &result)
{
    if (!m_running || exportId != m_occurrence.exportId || sender() != m_downloads)
        return;
    if (!result.isSuccess()) {
        fail(ScheduleFailure::fromDownload(result));
        return;
    }
    succeed(result);
}

void ScheduleRunner::succeed(const DownloadResult &result)
{
    m_occurrence.state = ScheduleOccurrence::State::Succeeded;
    m_occurrence.nextAttemptAt = QDateTime();
    m_occurrence.errorKind.clear();
    m_occurrence.errorDetail.clear();
    m_occurrence.savedPath = result.filePath;
    m_occurrence.savedSize = result.bytesReceived;
    m_occurrence.savedSha256 = result.sha256;
    m_occurrence.finishedAt = m_clock->now();
    m_store->finish(m_occurrence);
    ExportInfo info = m_latest;
    if (info.reportId == 0)
        info.reportId = m_schedule.reportId;
    Q_EMIT reportSaved(m_schedule.profileId, info, result);
    ScheduleRetention::apply(m_store, m_schedule);
    finish();
}

void ScheduleRunner::fail(const ScheduleFailure &failure)
{
    const QDateTime now = m_clock->now();
    const QDateTime nextAttempt = now.addSecs(ScheduleTiming::retryDelaySecs(m_occurrence.attempts));
    const bool retry
        = !failure.permanent && m_occurrence.windowEndsAt.isValid() && nextAttempt < m_occurrence.windowEndsAt;
    m_occurrence.state = retry ? ScheduleOccurrence::State::Retry : ScheduleOccurrence::State::Failed;
    m_occurrence.nextAttemptAt = retry ? nextAttempt : QDateTime();
    m_occurrence.errorKind = failure.kind;
    m_occurrence.errorDetail = failure.detail;
    m_occurrence.finishedAt = retry ? QDateTime() : now;
    m_store->finish(m_occurrence);
    finish();
}

void ScheduleRunner::finish()
{
    m_running = false;
    ++m_generation;
    m_pollTimer->stop();
    Q_EMIT occurrenceFinished(m_schedule.id, m_occurrence.occursAt, m_occurrence.state, m_occurrence.errorKind);
}
