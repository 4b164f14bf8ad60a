#pragma once

#include "schedules/ScheduleClock.h"

// A clock that only moves when told to: tests, and reportdesk-cli's
// REPORTDESK_SCHEDULE_NOW test hook.
class ManualScheduleClock final : public ScheduleClock
{
public:
    explicit ManualScheduleClock(const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone());
    Q_DISABLE_COPY_MOVE(ManualScheduleClock)

    QDateTime now() const override { return m_now; }
    QTimeZone zone() const override { return m_zone; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setZone(const QTimeZone &zone) { m_zone = zone; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};
