#pragma once

#include "CliCommand.h"
#include "schedules/ScheduleOccurrence.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

class CliHistory;
class ScheduleClock;
class ScheduleDispatcher;
class ScheduleRunner;
class ScheduleStore;
struct Schedule;

// reportdesk-cli schedule add | list | remove | run-due | run. The schedules live in the
// export history (ScheduleStore), so the window sees the same ones; run-due and
// run go through the same ScheduleDispatcher/ScheduleRunner as the window, and
// the exports they start and the files they save are recorded in the task
// history as the CLI's own exports are (CliHistory), unless --no-history.
class CliScheduleCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliScheduleCommand)

public:
    CliScheduleCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliScheduleCommand() override;

    // The test hook REPORTDESK_SCHEDULE_NOW (ISO 8601) replaces the clock; else the system's.
    static std::unique_ptr<ScheduleClock> clockFor(const QProcessEnvironment &environment);

private:
    void run() override;
    // Ctrl-C: the running occurrence is recorded as cancelled (it is retried later).
    void cancelWork() override;
    // The task history is committed before the process may exit.
    void beforeFinish() override;
    void add();
    void list();
    void remove();
    void runSchedules();
    void onOccurrenceFinished(const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::State state,
                              const QString &errorKind);
    CliHistory *history(const QString &profileId);
    QString profileName(const QString &profileId) const;
    QJsonObject scheduleJson(const Schedule &schedule);
    static QString localTime(const QDateTime &utc);

    std::unique_ptr<ScheduleClock> m_clock;
    ScheduleStore *m_store;
    ScheduleRunner *m_runner = nullptr;
    ScheduleDispatcher *m_dispatcher = nullptr;
    QHash<QString, CliHistory *> m_histories; // per profile id
    QList<QJsonObject> m_results; // run-due/run --json: one object per occurrence
    CliExitCode m_failure = CliExitCode::Ok;
};
