#pragma once

#include "schedules/Schedule.h"

#include <QDateTime>

// When occurrences are due, how long each may be retried, and how long to wait
// between attempts. Pure functions of the schedule and the times given.
class ScheduleTiming final
{
public:
    // No attempt of an occurrence starts more than this after its planned time.
    static constexpr qint64 MaxWindowSecs = 12 * 3600;

    // The occurrence to run now: the latest planned time <= now that is after both
    // the schedule's creation and the last occurrence handled (lastHandled; invalid
    // when none). Any number of missed ones give this one run; invalid when none
    // is due (or the schedule is paused or its cadence unusable).
    static QDateTime dueOccurrence(const Schedule &schedule, const QDateTime &lastHandled, const QDateTime &now);

    // The end of an occurrence's window: the next occurrence, at most MaxWindowSecs later.
    static QDateTime windowEnd(const Schedule &schedule, const QDateTime &occursAt);

    // What to show as the next run: a due occurrence (it runs at the next chance),
    // else the next planned time; invalid when paused or unusable. UTC.
    static QDateTime nextRun(const Schedule &schedule, const QDateTime &lastHandled, const QDateTime &now);

    // Wait before attempt number `attempt + 1` after `attempt` failed: 1, 5, 15, then 60 minutes.
    static qint64 retryDelaySecs(int attempt);

    ScheduleTiming() = delete;
};
