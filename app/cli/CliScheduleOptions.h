#pragma once

#include "CliOptions.h"
#include "CliUsageError.h"

// The options of "schedule add" (--report, --daily/--weekly/--monthly, --at,
// --folder, --name, --keep), for CliOptionsParser: checked one by one, then
// the cadence is built from them once all are read.
class CliScheduleOptions
{
public:
    static bool isAddOption(const QString &option);
    static bool apply(const QString &name, const QString &value, CliOptions *options, CliUsageError *error);
    // The cadence and the required options; false (with *error) when something is missing or wrong.
    static bool finishAdd(CliOptions *options, CliUsageError *error);

    CliScheduleOptions() = delete;
};
