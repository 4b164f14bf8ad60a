#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct ExportTask;

// Renders the details pane of one task as HTML, translated at the moment it is
// called: summary, saved file (with Open / Show in folder links), every field
// of the last service answer (the download link redacted), the last error with
// Code, Message and RequestId, and the status history.
class TaskDetailsFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TaskDetailsFormatter)

public:
    // Links in the HTML use these schemes; MainWindow handles them.
    static QString openLink() { return QStringLiteral("reportdesk:open"); }
    static QString showInFolderLink() { return QStringLiteral("reportdesk:show-in-folder"); }
    static QString copyRequestIdLink() { return QStringLiteral("reportdesk:copy-request-id"); }
    static QString exportAgainLink() { return QStringLiteral("reportdesk:export-again"); }
    static QString toggleRawAnswerLink() { return QStringLiteral("reportdesk:toggle-raw-answer"); }

    // showRaw: the last answer's fields are listed (behind "Show raw answer" otherwise).
    static QString html(const ExportTask &task, const QJsonObject &lastAnswer, const QDateTime &now,
                        bool showRaw = false);
    static QString placeholderHtml();

private:
    static QString summaryHtml(const ExportTask &task, const QDateTime &now);
    static QString downloadHtml(const ExportTask &task);
    static QString fileHtml(const ExportTask &task);
    static QString errorHtml(const ExportTask &task, bool showRaw);
    static QString historyHtml(const ExportTask &task);
    static QString failedHtml(const ExportTask &task);
    static QString answerHtml(const QJsonObject &lastAnswer, bool showRaw);
    static QString localTime(const QDateTime &utc);
};
