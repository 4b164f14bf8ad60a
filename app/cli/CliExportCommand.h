#pragma once

#include "CliStatusCommand.h"

// reportdesk-cli export: starts an export of REPORT_ID (ExportCustomizeReport) and
// records it in the history; with --wait follows it to the end, and with --output
// then saves the file, named from the FileName the service answered.
class CliExportCommand final : public CliStatusCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliExportCommand)

public:
    CliExportCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliExportCommand() override;

private:
    void runWithClient() override;
    void addErrorDetails(QJsonObject *object) const override;
    bool addsUnknownExportsToHistory() const override { return true; }
};
