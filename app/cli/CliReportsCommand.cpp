#include "CliReportsCommand.h"

#include "CliOutput.h"
#include "api/SecurityCenterClient.h"

CliReportsCommand::CliReportsCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliApiCommand(options, context, parent)
{
}

CliReportsCommand::~CliReportsCommand() = default;

void CliReportsCommand::runWithClient()
{
    ApiReply *reply = client()->describeCustomizeReportList();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            failApi(reply->error(), reply->operation());
            return;
        }
        if (m_options.json)
            writeJson(CliOutput::reportListJson(reply->reports()));
        else
            writeOut(CliOutput::reportTable(reply->reports()));
        succeed();
    });
}
