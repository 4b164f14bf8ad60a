#include "CliScheduleCommand.h"

#include "CliHistory.h"
#include "CliOutput.h"
#include "api/NetworkConfigurator.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "credentials/EnvironmentCredentials.h"
#include "credentials/KeychainMigration.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"
#include "schedules/ManualScheduleClock.h"
#include "schedules/ScheduleDispatcher.h"
#include "schedules/ScheduleRunner.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace {

// The exit code of a failed occurrence: the same families as the other commands'.
CliExitCode exitCodeFor(const QString &kind)
{
    if (kind == QLatin1String("network") || kind == QLatin1String("timeout") || kind == QLatin1String("export-timeout")
        || kind == QLatin1String("download:network") || kind == QLatin1String("download:incomplete"))
        return CliExitCode::Network;
    if (kind == QLatin1String("export-failed"))
        return CliExitCode::ExportFailed;
    if (kind.startsWith(QLatin1String("keychain")) || kind == QLatin1String("download:file-error")
        || kind == QLatin1String("download:disk-full") || kind == QLatin1String("no-credentials")
        || kind == QLatin1String("profile-not-found"))
        return CliExitCode::Local;
    return CliExitCode::Service;
}

QString stateText(ScheduleOccurrence::State state)
{
    switch (state) {
    case ScheduleOccurrence::State::Running: return QCoreApplication::translate("Cli", "running");
    case ScheduleOccurrence::State::Retry: return QCoreApplication::translate("Cli", "failed, will retry");
    case ScheduleOccurrence::State::Succeeded: return QCoreApplication::translate("Cli", "succeeded");
    case ScheduleOccurrence::State::Failed: return QCoreApplication::translate("Cli", "failed");
    }
    return {};
}

// ISO 8601 in local time with its offset, for scripts ("2024-05-13T07:30:00+02:00").
QString isoLocal(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

CliScheduleCommand::CliScheduleCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliCommand(options, context, parent)
    , m_clock(clockFor(context.environment))
    , m_store(new ScheduleStore(this))
{
}

CliScheduleCommand::~CliScheduleCommand() = default;

std::unique_ptr<ScheduleClock> CliScheduleCommand::clockFor(const QProcessEnvironment &environment)
{
    const QDateTime fixed
        = QDateTime::fromString(environment.value(QStringLiteral("REPORTDESK_SCHEDULE_NOW")), Qt::ISODate);
    if (fixed.isValid())
        return std::make_unique<ManualScheduleClock>(fixed);
    return std::make_unique<ScheduleClock>();
}

void CliScheduleCommand::cancelWork()
{
    if (m_runner)
        m_runner->cancel();
}

void CliScheduleCommand::run()
{
    if (!m_store->open() || (!m_store->isWritable() && m_options.command != CliOptions::Command::ScheduleList)) {
        fail(CliExitCode::Local, QStringLiteral("HistoryUnavailable"),
             QCoreApplication::translate("Cli", "The export history, where schedules are kept, cannot be written (%1).")
                 .arg(m_store->errorText()));
        return;
    }
    switch (m_options.command) {
    case CliOptions::Command::ScheduleAdd: add(); return;
    case CliOptions::Command::ScheduleList: list(); return;
    case CliOptions::Command::ScheduleRemove: remove(); return;
    case CliOptions::Command::ScheduleRunDue:
    case CliOptions::Command::ScheduleRun: runSchedules(); return;
    default: break;
    }
    finish(CliExitCode::Usage);
}

void CliScheduleCommand::add()
{
    // --profile, else the default profile; the environment's key only when no profile is saved.
    std::optional<Profile> profile;
    if (m_context.profiles) {
        profile = m_options.profile.isEmpty() ? m_context.profiles->profile(m_context.profiles->defaultProfileId())
                                              : m_context.profiles->profileByName(m_options.profile);
    }
    QString profileId = profile ? profile->id : QString();
    if (!profile && !m_options.profile.isEmpty()) {
        fail(CliExitCode::Usage, QStringLiteral("ProfileNotFound"),
             QCoreApplication::translate("Cli",
                                         "There is no profile named \"%1\" (see \"reportdesk-cli profile list\").")
                 .arg(m_options.profile));
        return;
    }
    if (!profile && EnvironmentCredentials::read(m_context.environment).status == EnvironmentCredentials::Status::Found)
        profileId = Profile::environmentId();
    if (profileId.isEmpty()) {
        fail(CliExitCode::Usage, QStringLiteral("MissingCredentials"),
             QCoreApplication::translate(
                 "Cli",
                 "A schedule needs a saved profile: add one with \"reportdesk-cli profile add NAME --default\"."));
        return;
    }
    Schedule schedule;
    schedule.name = m_options.scheduleName;
    schedule.profileId = profileId;
    schedule.reportId = m_options.scheduleReportId;
    schedule.exportType = m_options.exportType;
    schedule.cadence = m_options.scheduleCadence;
    schedule.timeZoneId = m_clock->zone().id();
    schedule.folder = QDir::cleanPath(QFileInfo(m_options.scheduleFolder).absoluteFilePath());
    schedule.nameTemplate = m_options.scheduleNameTemplate;
    schedule.keepCount = m_options.scheduleKeep;
    const ScheduleStore::Result result = m_store->add(&schedule, m_clock->now());
    if (result == ScheduleStore::Result::NameTaken) {
        fail(CliExitCode::Usage, QStringLiteral("ScheduleExists"),
             QCoreApplication::translate("Cli", "There is already a schedule named \"%1\".").arg(schedule.name));
        return;
    }
    if (result != ScheduleStore::Result::Ok) {
        fail(CliExitCode::Local, QStringLiteral("HistoryUnavailable"),
             QCoreApplication::translate("Cli", "The schedule could not be saved (%1).").arg(m_store->errorText()));
        return;
    }
    if (m_options.json) {
        writeJson(scheduleJson(schedule));
    } else {
        writeOut(QCoreApplication::translate("Cli", "Schedule \"%1\" added; next run %2.")
                     .arg(schedule.name, localTime(ScheduleTiming::nextRun(schedule, QDateTime(), m_clock->now())))
                 + QLatin1Char('\n'));
    }
    finish(CliExitCode::Ok);
}

QString CliScheduleCommand::localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString CliScheduleCommand::profileName(const QString &profileId) const
{
    if (profileId == Profile::environmentId() || !m_context.profiles)
        return profileId;
    const std::optional<Profile> profile = m_context.profiles->profile(profileId);
    return profile ? profile->name : profileId;
}

QJsonObject CliScheduleCommand::scheduleJson(const Schedule &schedule)
{
    const std::optional<ScheduleOccurrence> last = m_store->latestOccurrence(schedule.id);
    const QDateTime next = ScheduleTiming::nextRun(schedule, last ? last->occursAt : QDateTime(), m_clock->now());
    QJsonObject object { { QStringLiteral("Name"), schedule.name },
                         { QStringLiteral("Profile"), profileName(schedule.profileId) },
                         { QStringLiteral("ReportId"), schedule.reportId },
                         { QStringLiteral("Type"), exportTypeExtension(schedule.exportType) },
                         { QStringLiteral("Cadence"), schedule.cadence.toText() },
                         { QStringLiteral("TimeZone"), QString::fromUtf8(schedule.timeZoneId) },
                         { QStringLiteral("Folder"), schedule.folder },
                         { QStringLiteral("NameTemplate"), schedule.nameTemplate },
                         { QStringLiteral("Keep"), schedule.keepCount },
                         { QStringLiteral("Paused"), schedule.paused },
                         { QStringLiteral("NextRun"), next.isValid() ? isoLocal(next) : QString() } };
    if (last) {
        QJsonObject lastObject { { QStringLiteral("OccursAt"), isoLocal(last->occursAt) },
                                 { QStringLiteral("State"), ScheduleOccurrence::stateKey(last->state) },
                                 { QStringLiteral("Attempts"), last->attempts } };
        if (last->exportId != 0)
            lastObject.insert(QStringLiteral("ExportId"), last->exportId);
        if (!last->errorKind.isEmpty()) {
            lastObject.insert(QStringLiteral("ErrorKind"), last->errorKind);
            lastObject.insert(QStringLiteral("ErrorDetail"), last->errorDetail);
        }
        if (!last->savedPath.isEmpty()) {
            lastObject.insert(QStringLiteral("File"), last->savedPath);
            lastObject.insert(QStringLiteral("Bytes"), last->savedSize);
            lastObject.insert(QStringLiteral("Sha256"), last->savedSha256);
        }
        object.insert(QStringLiteral("Last"), lastObject);
    }
    return object;
}

void CliScheduleCommand::list()
{
    const QList<Schedule> schedules = m_store->schedules();
    QJsonArray array;
    QList<QStringList> rows;
    rows.append({ QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "Profile"),
                  QCoreApplication::translate("Cli", "Report"), QCoreApplication::translate("Cli", "When"),
                  QCoreApplication::translate("Cli", "Next run"), QCoreApplication::translate("Cli", "Last result") });
    for (const Schedule &schedule : schedules) {
        const QJsonObject object = scheduleJson(schedule);
        array.append(object);
        const std::optional<ScheduleOccurrence> last = m_store->latestOccurrence(schedule.id);
        QString result = QStringLiteral("-");
        if (last) {
            result = localTime(last->occursAt) + QLatin1Char(' ') + stateText(last->state);
            if (!last->errorKind.isEmpty())
                result += QStringLiteral(" (") + last->errorKind + QLatin1Char(')');
        }
        rows.append({ schedule.name, object.value(QLatin1String("Profile")).toString(),
                      QString::number(schedule.reportId) + QLatin1Char(' ') + exportTypeExtension(schedule.exportType),
                      schedule.paused ? QCoreApplication::translate("Cli", "paused") : schedule.cadence.toText(),
                      localTime(QDateTime::fromString(object.value(QLatin1String("NextRun")).toString(), Qt::ISODate)),
                      result });
    }
    if (m_options.json)
        writeJson(QJsonObject { { QStringLiteral("Schedules"), array } });
    else if (schedules.isEmpty())
        writeOut(
            QCoreApplication::translate("Cli", "No schedules. Add one with \"reportdesk-cli schedule add NAME ...\".")
            + QLatin1Char('\n'));
    else
        writeOut(CliOutput::alignedRows(rows));
    finish(CliExitCode::Ok);
}

void CliScheduleCommand::remove()
{
    const ScheduleStore::Result result = m_store->remove(m_options.scheduleName);
    if (result == ScheduleStore::Result::NotFound) {
        fail(CliExitCode::Usage, QStringLiteral("ScheduleNotFound"),
             QCoreApplication::translate("Cli", "There is no schedule named \"%1\".").arg(m_options.scheduleName));
        return;
    }
    if (result != ScheduleStore::Result::Ok) {
        fail(CliExitCode::Local, QStringLiteral("HistoryUnavailable"), m_store->errorText());
        return;
    }
    if (m_options.json)
        writeJson(QJsonObject { { QStringLiteral("Name"), m_options.scheduleName } });
    else
        writeOut(QCoreApplication::translate("Cli", "Schedule \"%1\" removed.").arg(m_options.scheduleName)
                 + QLatin1Char('\n'));
    finish(CliExitCode::Ok);
}

void CliScheduleCommand::runSchedules()
{
    std::optional<Schedule> one;
    if (m_options.command == CliOptions::Command::ScheduleRun) {
        one = m_store->find(m_options.scheduleName);
        if (!one) {
            fail(CliExitCode::Usage, QStringLiteral("ScheduleNotFound"),
                 QCoreApplication::translate("Cli", "There is no schedule named \"%1\".").arg(m_options.scheduleName));
            return;
        }
    }
    NetworkConfigurator::applyProxy(m_context.network, m_context.proxy);
    ScheduleRunner::Options options;
    options.environment = m_context.environment;
    // Saved profiles bring their own endpoint; --site/--endpoint override it, as for the other commands.
    if (m_options.siteGiven || !m_options.endpoint.isEmpty())
        options.endpoint = m_options.apiEndpoint();
    if (m_options.signatureGiven)
        options.signatureVersion = m_options.signatureVersion;
    options.transferTimeoutMs = m_context.transferTimeoutMs;
    bool ok = false;
    const int pollMs = m_context.environment.value(QStringLiteral("REPORTDESK_CLI_POLL_MS")).toInt(&ok);
    if (ok) // the e2e tests' hook, as for --wait
        options.firstPollMs = options.maxPollMs = qMax(100, pollMs);
    m_runner
        = new ScheduleRunner(m_context.network, m_context.language, m_context.profiles, m_store, m_clock.get(), this);
    m_runner->setOptions(options);
    m_dispatcher = new ScheduleDispatcher(m_store, m_runner, m_clock.get(), this);
    connect(m_runner, &ScheduleRunner::occurrenceFinished, this, &CliScheduleCommand::onOccurrenceFinished);
    connect(m_runner, &ScheduleRunner::exportStarted, this,
            [this](const QString &profileId, const ExportInfo &info, qint64 reportId, ExportType type) {
                if (CliHistory *h = history(profileId))
                    h->recordStarted(info, reportId, type);
            });
    connect(m_runner, &ScheduleRunner::exportChanged, this, [this](const QString &profileId, const ExportInfo &info) {
        if (CliHistory *h = history(profileId))
            h->recordStatus(info, true);
    });
    connect(m_runner, &ScheduleRunner::reportSaved, this,
            [this](const QString &profileId, const ExportInfo &info, const DownloadResult &result) {
                if (CliHistory *h = history(profileId))
                    h->recordSaved(info, result);
            });
    connect(m_dispatcher, &ScheduleDispatcher::idle, this, [this](int ran, int) {
        if (m_options.json) {
            QJsonArray array;
            for (const QJsonObject &object : std::as_const(m_results))
                array.append(object);
            writeJson(QJsonObject { { QStringLiteral("Ran"), ran }, { QStringLiteral("Occurrences"), array } });
        } else if (ran == 0) {
            writeOut(QCoreApplication::translate("Cli", "Nothing is due.") + QLatin1Char('\n'));
        }
        finish(m_failure);
    });
    if (one && !m_dispatcher->runNow(*one)) {
        fail(CliExitCode::Service, QStringLiteral("ScheduleBusy"),
             QCoreApplication::translate("Cli", "The schedule \"%1\" is running already.").arg(one->name));
        return;
    }
    if (!one)
        m_dispatcher->runDue();
}

CliHistory *CliScheduleCommand::history(const QString &profileId)
{
    if (!m_options.recordHistory)
        return nullptr;
    CliHistory *&entry = m_histories[profileId];
    if (!entry)
        entry = new CliHistory(profileId, m_context.err, this);
    return entry;
}

void CliScheduleCommand::onOccurrenceFinished(const QString &scheduleId, const QDateTime &occursAt,
                                              ScheduleOccurrence::State state, const QString &errorKind)
{
    const std::optional<ScheduleOccurrence> row = m_store->occurrence(scheduleId, occursAt);
    QString name = scheduleId;
    for (const Schedule &schedule : m_store->schedules()) {
        if (schedule.id == scheduleId)
            name = schedule.name;
    }
    QJsonObject object { { QStringLiteral("Name"), name },
                         { QStringLiteral("OccursAt"), isoLocal(occursAt) },
                         { QStringLiteral("State"), ScheduleOccurrence::stateKey(state) } };
    if (row && row->exportId != 0)
        object.insert(QStringLiteral("ExportId"), row->exportId);
    if (state == ScheduleOccurrence::State::Succeeded && row) {
        object.insert(QStringLiteral("File"), row->savedPath);
        object.insert(QStringLiteral("Bytes"), row->savedSize);
        object.insert(QStringLiteral("Sha256"), row->savedSha256);
        if (!m_options.json)
            writeOut(QCoreApplication::translate("Cli", "Schedule \"%1\": saved %2 (%3 bytes).")
                         .arg(name, QDir::toNativeSeparators(row->savedPath))
                         .arg(row->savedSize)
                     + QLatin1Char('\n'));
    } else {
        object.insert(QStringLiteral("ErrorKind"), errorKind);
        if (row) {
            object.insert(QStringLiteral("ErrorDetail"), row->errorDetail);
            if (row->nextAttemptAt.isValid())
                object.insert(QStringLiteral("NextAttempt"), isoLocal(row->nextAttemptAt));
        }
        m_failure = exitCodeFor(errorKind);
        if (!m_options.json) {
            const QString retry = row && row->nextAttemptAt.isValid()
                ? QCoreApplication::translate("Cli", " Next attempt %1.").arg(localTime(row->nextAttemptAt))
                : QString();
            m_context.err->write(
                (QCoreApplication::translate("Cli", "Schedule \"%1\" failed (%2).").arg(name, errorKind) + retry
                 + QLatin1Char('\n'))
                    .toUtf8());
        }
    }
    m_results.append(object);
}

void CliScheduleCommand::beforeFinish()
{
    qDeleteAll(m_histories);
    m_histories.clear();
}
