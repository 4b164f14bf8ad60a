#pragma once

#include <QCoreApplication>
#include <QString>

// The words for DescribeCustomizeReportList's ReportType (0 daily, 1 weekly,
// 2 monthly, 3 custom, 4 recent N days), shared by the GUI and the CLI and
// translated at the moment they are asked for.
class ReportTypeNames
{
    Q_DECLARE_TR_FUNCTIONS(ReportTypeNames)

public:
    static QString name(int reportType);
};
