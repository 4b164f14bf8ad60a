#pragma once

#include "CliApiCommand.h"

// reportdesk-cli reports: the account's reports (DescribeCustomizeReportList).
class CliReportsCommand final : public CliApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliReportsCommand)

public:
    CliReportsCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliReportsCommand() override;

private:
    void runWithClient() override;
};
