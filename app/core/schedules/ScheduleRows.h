#pragma once

#include "schedules/Schedule.h"
#include "schedules/ScheduleOccurrence.h"

class QSqlQuery;

// Schedules and occurrences to and from rows of HistorySql's statements.
class ScheduleRows final
{
public:
    static Schedule scheduleFrom(const QSqlQuery &query); // ScheduleColumn order
    static void bindSchedule(QSqlQuery &query, const Schedule &schedule); // all but created_at, revision, writer
    static ScheduleOccurrence occurrenceFrom(const QSqlQuery &query); // OccurrenceColumn order

    ScheduleRows() = delete;
};
