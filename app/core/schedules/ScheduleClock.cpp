#include "schedules/ScheduleClock.h"

QDateTime ScheduleClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QTimeZone ScheduleClock::zone() const
{
    return QTimeZone::systemTimeZone();
}
