#include "CliRunner.h"

#include "CliDownloadCommand.h"
#include "CliExportCommand.h"
#include "CliHelpCommand.h"
#include "CliHistoryExportCommand.h"
#include "CliHistoryVerifyCommand.h"
#include "CliProfileCommand.h"
#include "CliReportsCommand.h"
#include "CliScheduleCommand.h"
#include "CliStatusCommand.h"

CliRunner::CliRunner(const CliOptions &options, const CliContext &context, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(context)
{
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_command)
        return;
    m_command = makeCommand();
    connect(m_command, &CliCommand::finished, this, &CliRunner::finished);
    m_command->start();
}

void CliRunner::interrupt(int exitCode)
{
    if (m_command)
        m_command->interrupt(exitCode);
}

CliCommand *CliRunner::makeCommand()
{
    switch (m_options.command) {
    case CliOptions::Command::Reports: return new CliReportsCommand(m_options, m_context, this);
    case CliOptions::Command::Export: return new CliExportCommand(m_options, m_context, this);
    case CliOptions::Command::Status: return new CliStatusCommand(m_options, m_context, this);
    case CliOptions::Command::Download: return new CliDownloadCommand(m_options, m_context, this);
    case CliOptions::Command::ProfileAdd:
    case CliOptions::Command::ProfileList:
    case CliOptions::Command::ProfileRemove: return new CliProfileCommand(m_options, m_context, this);
    case CliOptions::Command::HistoryVerify: return new CliHistoryVerifyCommand(m_options, m_context, this);
    case CliOptions::Command::HistoryExport: return new CliHistoryExportCommand(m_options, m_context, this);
    case CliOptions::Command::ScheduleAdd:
    case CliOptions::Command::ScheduleList:
    case CliOptions::Command::ScheduleRemove:
    case CliOptions::Command::ScheduleRunDue:
    case CliOptions::Command::ScheduleRun: return new CliScheduleCommand(m_options, m_context, this);
    case CliOptions::Command::None:
    case CliOptions::Command::Help:
    case CliOptions::Command::Version: break;
    }
    return new CliHelpCommand(m_options, m_context, this);
}
