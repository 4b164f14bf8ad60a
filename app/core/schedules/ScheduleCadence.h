#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

// When a schedule runs: daily, on a set of weekdays, or on one day of the month
// (1..31, or the last day), always at one local time of the schedule's zone.
// A value type; toText()/fromText() give the stable form kept in the history
// ("daily@07:30", "weekly:mon,thu@07:30", "monthly:31@02:00", "monthly:last@02:00").
//
// Local-time rules (the same as cron's and qBittorrent's scheduler's intent):
// - a time that does not exist that day (spring forward) runs at the first valid
//   minute after it (02:30 in Berlin's gap runs at 03:00);
// - a time that exists twice (fall back) runs once, at the first of the two;
// - a monthly day beyond the month's length runs on the month's last day
//   (31 runs on 30 April and on 28 or 29 February).
class ScheduleCadence final
{
public:
    enum class Kind
    {
        Daily,
        Weekly,
        Monthly,
    };
    static constexpr int LastDay = 0; // monthDay() of "monthly:last"

    ScheduleCadence() = default;
    static ScheduleCadence daily(QTime time);
    // days: Qt::DayOfWeek values (1 = Monday ... 7 = Sunday); duplicates are dropped.
    static ScheduleCadence weekly(const QList<int> &days, QTime time);
    // day: 1..31, or LastDay.
    static ScheduleCadence monthly(int day, QTime time);

    Kind kind() const { return m_kind; }
    QTime time() const { return m_time; }
    QList<int> weekdays() const { return m_weekdays; }
    int monthDay() const { return m_monthDay; }
    bool isValid() const;

    // The first occurrence strictly after `after` (any time spec), in UTC;
    // invalid for an invalid cadence or zone.
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;
    // Does this cadence run on this local date (ignoring the time)?
    bool runsOn(QDate date) const;

    QString toText() const;
    // Invalid cadence when the text is not one toText() could have written.
    static ScheduleCadence fromText(const QString &text);

    // "mon".."sun" <-> 1..7; 0 for an unknown name.
    static int weekdayFromName(const QString &name);
    static QString weekdayName(int day);

    bool operator==(const ScheduleCadence &other) const;
    bool operator!=(const ScheduleCadence &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Daily;
    QTime m_time;
    QList<int> m_weekdays; // sorted, unique, 1..7
    int m_monthDay = 1;
};
