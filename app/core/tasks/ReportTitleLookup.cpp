#include "tasks/ReportTitleLookup.h"

#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "tasks/TaskTableModel.h"

ReportTitleLookup::ReportTitleLookup(SecurityCenterClient *client, TaskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

ReportTitleLookup::~ReportTitleLookup()
{
    reset();
}

void ReportTitleLookup::fill(qint64 exportId)
{
    const ExportTask *task = m_model->task(exportId);
    if (!task || task->reportId <= 0 || !task->reportTitle.isEmpty())
        return;
    if (apply(exportId) || m_listed)
        return; // known, or the list does not have it: not asked again this session
    m_waiting.insert(exportId);
    if (m_reply)
        return;
    ApiReply *reply = m_client->describeCustomizeReportList();
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onListed(reply); });
    if (reply->isFinished())
        onListed(reply);
}

void ReportTitleLookup::reset()
{
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->cancel();
    }
    m_titles.clear();
    m_waiting.clear();
    m_listed = false;
}

void ReportTitleLookup::onListed(ApiReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // reset meanwhile
    m_reply = nullptr;
    // A failed list is tried again with the next task that needs it.
    if (reply->error().isError())
        return;
    m_listed = true;
    for (const ReportInfo &report : reply->reports())
        m_titles.insert(report.reportId, report.title);
    const QSet<qint64> waiting = std::exchange(m_waiting, {});
    for (const qint64 exportId : waiting)
        apply(exportId);
}

bool ReportTitleLookup::apply(qint64 exportId)
{
    const ExportTask *task = m_model->task(exportId);
    if (!task)
        return false;
    const auto it = m_titles.constFind(task->reportId);
    if (it == m_titles.cend() || it->isEmpty())
        return false;
    m_model->setReportTitle(exportId, *it);
    return true;
}
