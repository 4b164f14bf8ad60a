#include "schedules/ManualScheduleClock.h"

ManualScheduleClock::ManualScheduleClock(const QDateTime &now, const QTimeZone &zone)
    : m_now(now.toUTC())
    , m_zone(zone)
{
}
