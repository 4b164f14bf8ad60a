#pragma once

#include "schedules/Schedule.h"

class ScheduleStore;

// "Keep the last N files": deletes the older files of one schedule's occurrences.
// Only a path this schedule recorded is ever considered, and only deleted while
// it is still a regular file with the SHA-256 recorded when it was written; a
// file the user replaced or edited (or that became a link) is let go, never deleted.
class ScheduleRetention final
{
public:
    // How many files were deleted.
    static int apply(ScheduleStore *store, const Schedule &schedule);

    // Lower-case hex SHA-256 of a file's content; empty when it cannot be read.
    static QString sha256Of(const QString &path);

    ScheduleRetention() = delete;
};
