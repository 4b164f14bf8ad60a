#include "TaskDetailsFormatter.h"

#include "api/ExportStatusNames.h"

#include "api/ApiErrorText.h"
#include "api/ExportType.h"
#include "common/DateText.h"
#include "common/Redactor.h"
#include "tasks/ExportTask.h"
#include "tasks/TaskTableModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("v"), value } }).toJson(QJsonDocument::Compact));
}
} // namespace

QString TaskDetailsFormatter::placeholderHtml()
{
    return QStringLiteral("<p style='color:gray'>%1</p>")
        .arg(escaped(tr("Select an export to see its details: every field of the last answer, errors with their "
                        "RequestId, and the history of its status.")));
}

QString TaskDetailsFormatter::localTime(const QDateTime &utc)
{
    return DateText::dateTime(utc);
}

QString TaskDetailsFormatter::html(const ExportTask &task, const QJsonObject &lastAnswer, const QDateTime &now,
                                   bool showRaw)
{
    return summaryHtml(task, now) + failedHtml(task) + downloadHtml(task) + fileHtml(task) + errorHtml(task, showRaw)
        + historyHtml(task) + answerHtml(lastAnswer, showRaw);
}

QString TaskDetailsFormatter::failedHtml(const ExportTask &task)
{
    if (task.status != ExportStatus::Failed)
        return {};
    QString html = QStringLiteral("<p style='color:#c62828'>%1").arg(escaped(TaskTableModel::failedExplanation()));
    if (task.reportId > 0)
        html += QStringLiteral(" &nbsp; <a href='%1'>%2</a>").arg(exportAgainLink(), escaped(tr("Export again")));
    return html + QStringLiteral("</p>");
}

QString TaskDetailsFormatter::downloadHtml(const ExportTask &task)
{
    switch (task.download.state) {
    case DownloadProgress::State::Queued:
        return QStringLiteral("<p>%1</p>").arg(escaped(tr("Download queued: it starts when another one finishes.")));
    case DownloadProgress::State::Downloading:
        return QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(escaped(tr("Downloading:")), escaped(TaskTableModel::downloadProgressDetails(task.download)));
    default: break;
    }
    return {};
}

QString TaskDetailsFormatter::summaryHtml(const ExportTask &task, const QDateTime &now)
{
    // No invented name: without a title or a ReportId the export is named by its ExportId.
    const QString title = !task.reportTitle.isEmpty() ? task.reportTitle
        : task.reportId > 0                           ? tr("Report %1").arg(task.reportId)
                                                      : tr("Export %1").arg(task.exportId);
    QStringList facts;
    if (task.reportId > 0)
        facts << tr("Report %1").arg(task.reportId);
    if (task.exportTypeKnown)
        facts << exportTypeName(task.exportType);
    facts << (task.isRejected() ? ExportStatusNames::notFound()
                                : TaskTableModel::statusText(task.status, task.rawStatus));
    if (!task.exportDate.isEmpty())
        facts << tr("exported %1").arg(task.exportDate);
    if (task.urlExpiresAt.isValid())
        facts << tr("link valid until %1 (%2)")
                     .arg(localTime(task.urlExpiresAt), TaskTableModel::relativeExpiryText(task.urlExpiresAt, now));
    if (task.lastChecked.isValid())
        facts << tr("last checked %1").arg(localTime(task.lastChecked));
    // Without a title or a ReportId the heading is the ExportId alone, said once.
    const QString heading
        = task.reportTitle.isEmpty() && task.reportId <= 0 ? title : tr("Export %1: %2").arg(task.exportId).arg(title);
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(heading), escaped(facts.join(QStringLiteral(" · "))));
}

QString TaskDetailsFormatter::fileHtml(const ExportTask &task)
{
    if (task.savedFilePath.isEmpty())
        return {};
    if (!QFileInfo::exists(task.savedFilePath))
        return QStringLiteral("<p>%1</p>")
            .arg(escaped(
                tr("Saved to %1, but the file is no longer there.").arg(QDir::toNativeSeparators(task.savedFilePath))));
    return QStringLiteral("<p>%1 &nbsp; <a href='%2'>%3</a> &nbsp; <a href='%4'>%5</a></p>")
        .arg(escaped(tr("Saved to %1").arg(QDir::toNativeSeparators(task.savedFilePath))), openLink(),
             escaped(tr("Open")), showInFolderLink(), escaped(tr("Show in folder")));
}

QString TaskDetailsFormatter::errorHtml(const ExportTask &task, bool showRaw)
{
    if (!task.hasError())
        return {};
    QString html = QStringLiteral("<p style='color:#c62828'><b>%1</b><br>").arg(escaped(tr("Last error")));
    html += escaped(TaskTableModel::errorToolTip(task.lastError)).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!task.lastError.requestId.isEmpty())
        html += QStringLiteral(" <a href='%1'>%2</a>").arg(copyRequestIdLink(), escaped(tr("Copy RequestId")));
    html += QStringLiteral("</p>");
    if (ApiErrorText::isRawBody(task.lastError.message)) {
        html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                    .arg(toggleRawAnswerLink(), escaped(showRaw ? tr("Hide raw answer") : tr("Show raw answer")));
        if (showRaw)
            html += QStringLiteral("<pre>%1</pre>").arg(escaped(task.lastError.message));
    }
    return html;
}

QString TaskDetailsFormatter::historyHtml(const ExportTask &task)
{
    if (task.history.isEmpty())
        return {};
    QStringList steps;
    for (const StatusChange &change : task.history)
        steps << escaped(DateText::time(change.time) + QLatin1Char(' ')
                         + TaskTableModel::statusText(change.status, change.rawStatus));
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("History:")), steps.join(QStringLiteral(" → ")));
}

QString TaskDetailsFormatter::answerHtml(const QJsonObject &lastAnswer, bool showRaw)
{
    if (lastAnswer.isEmpty())
        return {};
    const QString toggle
        = QStringLiteral("<p><a href='%1'>%2</a></p>")
              .arg(toggleRawAnswerLink(), escaped(showRaw ? tr("Hide raw answer") : tr("Show raw answer")));
    if (!showRaw)
        return toggle;
    QString rows;
    for (auto it = lastAnswer.begin(); it != lastAnswer.end(); ++it) {
        QString value = jsonValueText(it.value());
        // The link is signed: show where it points, never its signature.
        if (it.key() == QLatin1String("DownloadUrl"))
            value = Redactor::url(QUrl(value));
        rows += QStringLiteral("<tr><td style='padding-right:16px'><code>%1</code></td><td>%2</td></tr>")
                    .arg(escaped(it.key()), escaped(value));
    }
    return toggle
        + QStringLiteral("<p><b>%1</b></p><table cellspacing='2'>%2</table>")
              .arg(escaped(tr("Last answer from the service")), rows);
}
