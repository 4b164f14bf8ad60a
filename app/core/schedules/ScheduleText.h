#pragma once

#include "schedules/ScheduleCadence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Schedules in words, in the current UI language, made when asked for and never
// kept (a language switch re-words everything): the cadence ("Weekly on Mon, Thu
// at 07:30" / "每周一、周四 07:30") and why an occurrence failed, from the stable
// ScheduleFailure kind the history keeps.
class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)

public:
    static QString cadence(const ScheduleCadence &cadence);
    // The weekdays 1..7 in the current locale's order (its first day first).
    static QList<int> localeOrderedWeekdays();
    // A short reason: "no connection to the service", "the report no longer exists"...
    static QString failureReason(const QString &kind);
    // One date style per language (the task table's): QLocale's short format, in `zone`.
    static QString dateTime(const QDateTime &time, const QTimeZone &zone);

    ScheduleText() = delete;
};
