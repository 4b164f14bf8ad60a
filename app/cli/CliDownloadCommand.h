#pragma once

#include "CliStatusCommand.h"

// reportdesk-cli download: saves a finished export to --output (a file or a folder),
// with --wait once it has finished. Without --wait, an export still running is an
// error (there is nothing to save yet), not a status line.
class CliDownloadCommand final : public CliStatusCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliDownloadCommand)

public:
    CliDownloadCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliDownloadCommand() override;

private:
    void finishWithStatus(const ExportInfo &info) override;
};
