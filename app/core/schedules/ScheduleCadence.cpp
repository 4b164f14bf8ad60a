#include "schedules/ScheduleCadence.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace {

const char *const weekdayNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

// Transitions are months apart; half a day on either side sees both offsets.
constexpr qint64 OffsetProbeSecs = 12 * 3600;
// The longest gap a zone has had (Samoa skipped a day; DST gaps are 1 h, some 2 h).
constexpr int MaxGapMinutes = 24 * 60;

QDateTime utcFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// The earliest instant whose wall-clock time in `zone` is `wall` (seconds of a
// naive local time counted like UTC), if any.
std::optional<qint64> firstInstantOf(qint64 wall, const QTimeZone &zone)
{
    std::optional<qint64> best;
    for (const qint64 probe : { wall - OffsetProbeSecs, wall + OffsetProbeSecs }) {
        const qint64 candidate = wall - zone.offsetFromUtc(utcFromSecs(probe));
        if (candidate + zone.offsetFromUtc(utcFromSecs(candidate)) == wall && (!best || candidate < *best))
            best = candidate;
    }
    return best;
}

// The instant a schedule set for `time` on `date` runs: the first of two when
// the time exists twice, the first valid minute after it when it does not exist.
QDateTime occurrenceOn(QDate date, QTime time, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    for (int minute = 0; minute <= MaxGapMinutes; ++minute) {
        // The first valid minute after a gap is a whole minute: drop the seconds.
        const qint64 shifted = minute == 0 ? wall : (wall / 60 + minute) * 60;
        if (const std::optional<qint64> instant = firstInstantOf(shifted, zone))
            return utcFromSecs(*instant);
    }
    return {};
}

} // namespace

ScheduleCadence ScheduleCadence::daily(QTime time)
{
    ScheduleCadence cadence;
    cadence.m_kind = Kind::Daily;
    cadence.m_time = time;
    return cadence;
}

ScheduleCadence ScheduleCadence::weekly(const QList<int> &days, QTime time)
{
    ScheduleCadence cadence;
    cadence.m_kind = Kind::Weekly;
    cadence.m_time = time;
    cadence.m_weekdays = days;
    std::sort(cadence.m_weekdays.begin(), cadence.m_weekdays.end());
    cadence.m_weekdays.erase(std::unique(cadence.m_weekdays.begin(), cadence.m_weekdays.end()),
                             cadence.m_weekdays.end());
    return cadence;
}

ScheduleCadence ScheduleCadence::monthly(int day, QTime time)
{
    ScheduleCadence cadence;
    cadence.m_kind = Kind::Monthly;
    cadence.m_time = time;
    cadence.m_monthDay = day;
    return cadence;
}

bool ScheduleCadence::isValid() const
{
    if (!m_time.isValid())
        return false;
    switch (m_kind) {
    case Kind::Daily: return true;
    case Kind::Weekly:
        return !m_weekdays.isEmpty() && m_weekdays.first() >= Qt::Monday && m_weekdays.last() <= Qt::Sunday;
    case Kind::Monthly: return m_monthDay == LastDay || (m_monthDay >= 1 && m_monthDay <= 31);
    }
    return false;
}

bool ScheduleCadence::runsOn(QDate date) const
{
    switch (m_kind) {
    case Kind::Daily: return true;
    case Kind::Weekly: return m_weekdays.contains(date.dayOfWeek());
    case Kind::Monthly: {
        const int last = date.daysInMonth();
        const int wanted = m_monthDay == LastDay ? last : std::min(m_monthDay, last);
        return date.day() == wanted;
    }
    }
    return false;
}

QDateTime ScheduleCadence::next(const QDateTime &after, const QTimeZone &zone) const
{
    if (!isValid() || !zone.isValid() || !after.isValid())
        return {};
    // A day early: an occurrence late on the previous local day may still be
    // after `after` once offsets are applied. A monthly cadence runs within 31 days.
    const QDate start = after.toTimeZone(zone).date().addDays(-1);
    for (int day = 0; day <= 62; ++day) {
        const QDate date = start.addDays(day);
        if (!runsOn(date))
            continue;
        const QDateTime at = occurrenceOn(date, m_time, zone);
        if (at.isValid() && at > after)
            return at;
    }
    return {};
}

QString ScheduleCadence::toText() const
{
    const QString at = QLatin1Char('@') + m_time.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Daily: return QStringLiteral("daily") + at;
    case Kind::Weekly: {
        QStringList names;
        for (const int day : m_weekdays)
            names << weekdayName(day);
        return QStringLiteral("weekly:") + names.join(QLatin1Char(',')) + at;
    }
    case Kind::Monthly:
        return QStringLiteral("monthly:")
            + (m_monthDay == LastDay ? QStringLiteral("last") : QString::number(m_monthDay)) + at;
    }
    return {};
}

ScheduleCadence ScheduleCadence::fromText(const QString &text)
{
    const qsizetype atSign = text.lastIndexOf(QLatin1Char('@'));
    if (atSign < 0)
        return {};
    const QString timeText = text.mid(atSign + 1);
    const QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm"));
    if (!time.isValid() || timeText.size() != 5)
        return {};
    const QString head = text.left(atSign);
    const qsizetype colon = head.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? head : head.left(colon);
    const QString argument = colon < 0 ? QString() : head.mid(colon + 1);
    ScheduleCadence cadence;
    if (kind == QLatin1String("daily") && colon < 0) {
        cadence = daily(time);
    } else if (kind == QLatin1String("weekly")) {
        QList<int> days;
        for (const QString &name : argument.split(QLatin1Char(','))) {
            const int day = weekdayFromName(name);
            if (day == 0)
                return {};
            days << day;
        }
        cadence = weekly(days, time);
    } else if (kind == QLatin1String("monthly")) {
        bool ok = argument == QLatin1String("last");
        const int day = ok ? LastDay : argument.toInt(&ok);
        if (!ok || (argument != QLatin1String("last") && (day < 1 || argument != QString::number(day))))
            return {};
        cadence = monthly(day, time);
    } else {
        return {};
    }
    return cadence.isValid() ? cadence : ScheduleCadence();
}

int ScheduleCadence::weekdayFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == QLatin1String(weekdayNames[i]))
            return i + 1;
    }
    return 0;
}

QString ScheduleCadence::weekdayName(int day)
{
    return day >= 1 && day <= 7 ? QLatin1String(weekdayNames[day - 1]) : QString();
}

bool ScheduleCadence::operator==(const ScheduleCadence &other) const
{
    return m_kind == other.m_kind && m_time == other.m_time && m_weekdays == other.m_weekdays
        && (m_kind != Kind::Monthly || m_monthDay == other.m_monthDay);
}
