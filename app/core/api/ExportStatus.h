#pragma once

#include <QString>

// ExportStatus as the service reports it. DescribeReportExport uses "-1/0/1/2"
// (as a string, or a number in the doc sample); ExportCustomizeReport uses
// "fail/exporting/success". Anything else is Unknown; the raw text is kept
// alongside wherever it is stored so the UI can show "Unknown (x)".
enum class ExportStatus
{
    Unknown = -2,
    Failed = -1,
    Initializing = 0,
    Exporting = 1,
    Succeeded = 2,
};

// Accepts both vocabularies; surrounding whitespace and case are ignored.
ExportStatus exportStatusFromString(const QString &raw);

// The canonical DescribeReportExport spelling ("-1", "0", "1", "2"); empty for Unknown.
QString exportStatusCode(ExportStatus status);

inline bool isExportFinished(ExportStatus s)
{
    return s == ExportStatus::Failed || s == ExportStatus::Succeeded;
}

inline bool isExportInProgress(ExportStatus s)
{
    return s == ExportStatus::Initializing || s == ExportStatus::Exporting;
}
