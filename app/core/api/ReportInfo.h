#pragma once

#include <QDateTime>
#include <QString>

// One entry of DescribeCustomizeReportList's ReportList.
struct ReportInfo
{
    qint64 reportId = 0;
    QString title;
    int reportType = -1; // 0 daily, 1 weekly, 2 monthly, 3 custom, 4 recent N days
    QString reportStatus; // "0" / "1" as sent
    bool isDefault = false;
    QString reportVersion; // "1.0.0" or "2.0.0"
    QDateTime reportStartDate; // from epoch ms, invalid when absent
    QDateTime reportEndDate;
    int reportDays = 0;

    // PDF export exists only for 2.0.0 reports.
    bool supportsPdf() const { return reportVersion == QLatin1String("2.0.0"); }
};
