#pragma once

#include "CliExitCode.h"
#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ExportInfo.h"
#include "api/ReportInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What reportdesk-cli prints. JSON uses the API's field names (scripts parse it);
// text is for people: aligned, translated at the moment it is produced.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // --json shapes.
    static QJsonObject exportStatusJson(const ExportInfo &info); // status (and export --wait)
    static QJsonObject exportStartedJson(const ExportInfo &info); // export
    static QJsonObject reportListJson(const QList<ReportInfo> &reports);
    static QJsonObject errorJson(const QString &code, const QString &message, const QString &requestId = QString(),
                                 int httpStatus = 0);
    static QJsonObject apiErrorJson(const ApiError &error);
    static QByteArray jsonLine(const QJsonObject &object); // compact, one line, '\n'-terminated

    // Text for people.
    static QString statusName(ExportStatus status, const QString &rawStatus);
    static QString reportTypeName(int reportType);
    static QString reportTable(const QList<ReportInfo> &reports);
    static QString exportStatusText(const ExportInfo &info);
    static QString exportStartedText(const ExportInfo &info);
    // The explanation and hint of ApiErrorText (shared with the GUI), then Message, Code,
    // HTTP status and RequestId on aligned lines.
    static QString apiErrorText(const ApiError &error, ApiReply::Operation operation);

    // The stable "Code" of an error that has no service Code (network, timeout...).
    static QString errorCode(const ApiError &error);
    static CliExitCode exitCodeFor(const ApiError &error);

    // Terminal columns a text takes: East Asian wide characters count twice.
    static int displayWidth(const QString &text);
    // Rows of cells, each column padded to its widest cell (the last column is not padded).
    static QString alignedRows(const QList<QStringList> &rows);
};
