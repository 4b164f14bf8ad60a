#pragma once

#include "CliCommand.h"

// reportdesk-cli --help and --version, and no command at all (a usage error):
// nothing to resolve, nothing sent.
class CliHelpCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliHelpCommand)

public:
    CliHelpCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliHelpCommand() override;

private:
    void run() override;
};
