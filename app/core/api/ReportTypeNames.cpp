#include "api/ReportTypeNames.h"

QString ReportTypeNames::name(int reportType)
{
    switch (reportType) {
    case 0: return tr("Daily");
    case 1: return tr("Weekly");
    case 2: return tr("Monthly");
    case 3: return tr("Custom");
    case 4: return tr("Recent days");
    default: break;
    }
    return tr("Unknown (%1)").arg(reportType);
}
