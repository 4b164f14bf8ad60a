#include "CliDownloadCommand.h"

#include "CliOutput.h"

#include <QCoreApplication>

CliDownloadCommand::CliDownloadCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliStatusCommand(options, context, parent)
{
}

CliDownloadCommand::~CliDownloadCommand() = default;

void CliDownloadCommand::finishWithStatus(const ExportInfo &info)
{
    // A succeeded export is downloaded, never reaches here; a failed one is reported as such.
    if (info.status != ExportStatus::Failed) {
        fail(CliExitCode::Service, QStringLiteral("ExportNotReady"),
             QCoreApplication::translate(
                 "Cli",
                 "Export %1 is not finished (status: %2): there is nothing to download yet. Add --wait to wait "
                 "for it.")
                 .arg(info.exportId)
                 .arg(CliOutput::statusName(info.status, info.rawStatus)));
        return;
    }
    CliStatusCommand::finishWithStatus(info);
}
