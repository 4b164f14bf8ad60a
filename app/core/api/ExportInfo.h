#pragma once

#include "api/ExportStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The answer of ExportCustomizeReport or DescribeReportExport, parsed tolerantly.
struct ExportInfo
{
    qint64 exportId = 0;
    qint64 reportId = 0;
    ExportStatus status = ExportStatus::Unknown;
    QString rawStatus; // exactly what the service sent, for "Unknown (x)"
    QString exportDate; // "YYYY-MM-DD" as sent
    QString fileName; // ExportCustomizeReport only
    QUrl downloadUrl; // signed: never log or persist it
    QDateTime urlExpiresAt; // UTC; invalid when absent
    QString requestId;
    QJsonObject rawBody; // every field of the answer (DownloadUrl included: redact before showing)
};
