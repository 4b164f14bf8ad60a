#pragma once

#include "schedules/Schedule.h"
#include "schedules/ScheduleOccurrence.h"
#include "schedules/ScheduleStore.h"

#include <QHash>
#include <QObject>

#include <memory>

class AppContext;
class ScheduleClock;
class ScheduleDispatcher;
class ScheduleListModel;
class ScheduleRunner;
class TaskHistoryRecorder;

// The window's side of scheduled exports: the schedules in the history
// (ScheduleStore, the same file as the task history), a dispatcher that runs
// due ones every minute while the window is open (the CLI's run-due may run at
// the same time: each occurrence is claimed before it starts), and the runner's
// exports recorded in the task history as reportdesk-cli records them
// (TaskHistoryRecorder, another writer: the open table picks them up). Owned by
// AppContext; the Schedules pane and the notifications listen to it.
class ScheduleHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleHost)

public:
    explicit ScheduleHost(AppContext *context, QObject *parent = nullptr);
    ~ScheduleHost() override;

    // Runs due schedules from now on: the first look shortly after start, then every minute.
    void start();
    // Opened on first use (the window starts without touching it).
    ScheduleStore *store();
    ScheduleListModel *model();
    const ScheduleClock *clock() const { return m_clock.get(); }
    // Tests: where the store and the recorders write (before first use).
    void setHistoryPath(const QString &path) { m_historyPath = path; }

    ScheduleStore::Result add(Schedule *schedule);
    ScheduleStore::Result update(const Schedule &schedule);
    ScheduleStore::Result setPaused(const QString &name, bool paused);
    ScheduleStore::Result remove(const QString &name);
    // Runs one now, outside its cadence; false when it runs already.
    bool runNow(const QString &name);
    bool isRunning(const QString &scheduleId) const { return m_runningId == scheduleId; }

    // A profile id as the user knows it: "ops-prod", "Demo"; translated when called.
    QString profileName(const QString &profileId) const;

Q_SIGNALS:
    // Schedules or their occurrences changed: views reload.
    void changed();
    void occurrenceFinished(const QString &scheduleId, const QString &name, ScheduleOccurrence::State state,
                            const QString &errorKind, const QString &savedPath);

private:
    void updateRunnerOptions();
    TaskHistoryRecorder *recorder(const QString &profileId);
    void onFinished(const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::State state,
                    const QString &errorKind);

    AppContext *m_context;
    std::unique_ptr<ScheduleClock> m_clock;
    ScheduleStore *m_store;
    ScheduleRunner *m_runner;
    ScheduleDispatcher *m_dispatcher;
    ScheduleListModel *m_model;
    QHash<QString, TaskHistoryRecorder *> m_recorders; // per profile id
    QString m_historyPath;
    QString m_runningId;
    bool m_opened = false;
    bool m_started = false;
};
