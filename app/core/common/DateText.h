#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Dates and times in one style everywhere on screen, whatever the field: the
// table, the tooltips and the details pane never mix "12/1/26" with
// "2026-12-01". Year-month-day with a 24-hour clock reads the same way in
// 中文 and English, so both languages use it; times are shown in local time.
class DateText
{
public:
    // "2026-12-01"; empty for an invalid date.
    static QString date(const QDate &date);
    // "2026-12-01 10:42" in local time; empty for an invalid one.
    static QString dateTime(const QDateTime &dateTime);
    // The same in a given time zone (a schedule's).
    static QString dateTime(const QDateTime &dateTime, const QTimeZone &zone);
    // "10:42" in local time.
    static QString time(const QDateTime &dateTime);
};
