#include "schedules/ScheduleTiming.h"

#include <algorithm>

namespace {

// Every cadence runs at least once a month: the latest occurrence before "now"
// lies within this, so a schedule missed for a year costs no year of steps.
constexpr qint64 LookBackDays = 32;

} // namespace

QDateTime ScheduleTiming::dueOccurrence(const Schedule &schedule, const QDateTime &lastHandled, const QDateTime &now)
{
    if (schedule.paused)
        return {};
    const QTimeZone zone = schedule.timeZone();
    QDateTime floor = schedule.createdAt;
    if (lastHandled.isValid() && (!floor.isValid() || lastHandled > floor))
        floor = lastHandled;
    const QDateTime lookBack = now.addDays(-LookBackDays);
    if (!floor.isValid() || floor < lookBack)
        floor = lookBack;
    QDateTime due;
    for (QDateTime at = schedule.cadence.next(floor, zone); at.isValid() && at <= now;
         at = schedule.cadence.next(at, zone))
        due = at;
    return due;
}

QDateTime ScheduleTiming::windowEnd(const Schedule &schedule, const QDateTime &occursAt)
{
    const QDateTime latest = occursAt.addSecs(MaxWindowSecs);
    const QDateTime next = schedule.cadence.next(occursAt, schedule.timeZone());
    return next.isValid() ? std::min(next, latest) : latest;
}

QDateTime ScheduleTiming::nextRun(const Schedule &schedule, const QDateTime &lastHandled, const QDateTime &now)
{
    if (schedule.paused)
        return {};
    const QDateTime due = dueOccurrence(schedule, lastHandled, now);
    if (due.isValid())
        return due;
    QDateTime from = now;
    if (schedule.createdAt.isValid() && schedule.createdAt > from)
        from = schedule.createdAt;
    if (lastHandled.isValid() && lastHandled > from)
        from = lastHandled;
    return schedule.cadence.next(from, schedule.timeZone());
}

qint64 ScheduleTiming::retryDelaySecs(int attempt)
{
    static constexpr qint64 delays[] = { 60, 5 * 60, 15 * 60, 60 * 60 };
    const int index = std::clamp(attempt - 1, 0, int(std::size(delays)) - 1);
    return delays[index];
}
