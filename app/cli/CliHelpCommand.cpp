#include "CliHelpCommand.h"

#include "CliOptionsParser.h"
#include "CliUsageError.h"

CliHelpCommand::CliHelpCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliCommand(options, context, parent)
{
}

CliHelpCommand::~CliHelpCommand() = default;

void CliHelpCommand::run()
{
    switch (m_options.command) {
    case CliOptions::Command::Help:
        writeOut(CliOptionsParser::helpText());
        succeed();
        return;
    case CliOptions::Command::Version:
        writeOut(QStringLiteral("reportdesk-cli " REPORTDESK_VERSION "\n"));
        succeed();
        return;
    default: break;
    }
    failUsage(CliUsageError::make(CliUsageError::Kind::MissingCommand));
}
