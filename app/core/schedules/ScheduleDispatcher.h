#pragma once

#include "schedules/Schedule.h"
#include "schedules/ScheduleOccurrence.h"

#include <QList>
#include <QObject>

class QTimer;
class ScheduleClock;
class ScheduleRunner;
class ScheduleStore;

// Decides what runs: the occurrences that are due (one per schedule, however many
// were missed) and the retries whose time has come, each claimed in the history
// before it starts, then runs them one after the other through the runner.
// reportdesk-cli calls runDue() once ("schedule run-due", the systemd timer); the
// window calls it on a timer (setInterval) while it is open. Both may do so at
// the same time: a claim only one of them wins keeps every occurrence to one run.
class ScheduleDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDispatcher)

public:
    // Nothing is owned.
    ScheduleDispatcher(ScheduleStore *store, ScheduleRunner *runner, const ScheduleClock *clock,
                       QObject *parent = nullptr);
    ~ScheduleDispatcher() override;

    // Claims whatever is due now and runs it; idle(...) follows once all are done
    // (at once, from the event loop, when nothing was due). How many were claimed.
    int runDue();
    // Runs one schedule now, outside its cadence ("schedule run NAME"). False when
    // its claim was not won (it runs already).
    bool runNow(const Schedule &schedule);
    // > 0: runDue() every `ms` by itself (the window); 0 stops.
    void setInterval(int ms);
    bool isBusy() const;

Q_SIGNALS:
    // ran: occurrences run; failed: how many of them did not succeed (Retry or Failed).
    void idle(int ran, int failed);

private:
    struct Work
    {
        Schedule schedule;
        QDateTime occursAt;
    };

    void next();
    void onFinished(const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::State state);

    ScheduleStore *m_store;
    ScheduleRunner *m_runner;
    const ScheduleClock *m_clock;
    QTimer *m_timer;
    QList<Work> m_queue;
    bool m_idlePending = false;
    int m_ran = 0;
    int m_failed = 0;
};
