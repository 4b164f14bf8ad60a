#pragma once

#include <QDateTime>
#include <QTimeZone>

// "Now" and the local time zone, for everything that decides when a schedule
// runs. The system clock by default; tests (and the CLI's test hook) use a
// ManualScheduleClock so that daylight-saving changes, month ends and missed
// weeks are checked without waiting for them.
class ScheduleClock
{
public:
    ScheduleClock() = default;
    virtual ~ScheduleClock() = default;
    Q_DISABLE_COPY_MOVE(ScheduleClock)

    // UTC.
    virtual QDateTime now() const;
    // The zone new schedules are created in.
    virtual QTimeZone zone() const;
};
