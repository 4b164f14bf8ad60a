#pragma once

#include "CliArchiveCommand.h"

// reportdesk-cli history export --csv: the saved reports as CSV for auditors
// (HistoryCsvWriter), on standard output or, with --output, into a file that appears
// whole or not at all. --since keeps the exports dated that day or later (the
// service's export date; the day the file was saved when the date is unknown).
class CliHistoryExportCommand final : public CliArchiveCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliHistoryExportCommand)

public:
    CliHistoryExportCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliHistoryExportCommand() override;

private:
    void run() override;
};
