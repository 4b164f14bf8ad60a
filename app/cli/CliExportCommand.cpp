#include "CliExportCommand.h"

#include "CliHistory.h"
#include "CliOutput.h"
#include "api/SecurityCenterClient.h"

#include <QJsonObject>

CliExportCommand::CliExportCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliStatusCommand(options, context, parent)
{
}

CliExportCommand::~CliExportCommand() = default;

void CliExportCommand::runWithClient()
{
    ApiReply *reply = client()->exportCustomizeReport(m_options.id, m_options.exportType);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            failApi(reply->error(), reply->operation());
            return;
        }
        m_started = reply->exportInfo();
        if (m_started.reportId == 0)
            m_started.reportId = m_options.id;
        if (CliHistory *history = this->history())
            history->recordStarted(m_started, m_options.id, m_options.exportType);
        if (!m_options.wait) {
            if (m_options.json)
                writeJson(CliOutput::exportStartedJson(m_started));
            else
                writeOut(CliOutput::exportStartedText(m_started));
            succeed();
            return;
        }
        // With --wait the JSON output is the final status alone (one object); people see the start now.
        if (!m_options.json)
            writeOut(CliOutput::exportStartedText(m_started));
        follow(m_started.exportId);
    });
}

// "export --wait" created an export the script has not seen yet: an error while waiting
// still tells it which one. Other commands were given their ID and keep the plain error shape.
void CliExportCommand::addErrorDetails(QJsonObject *object) const
{
    if (m_started.exportId != 0)
        object->insert(QStringLiteral("ExportId"), m_started.exportId);
}
