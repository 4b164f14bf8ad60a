#include "api/ExportStatus.h"

ExportStatus exportStatusFromString(const QString &raw)
{
    const QString s = raw.trimmed().toLower();
    if (s == QLatin1String("-1") || s == QLatin1String("fail") || s == QLatin1String("failed"))
        return ExportStatus::Failed;
    if (s == QLatin1String("0"))
        return ExportStatus::Initializing;
    if (s == QLatin1String("1") || s == QLatin1String("exporting"))
        return ExportStatus::Exporting;
    if (s == QLatin1String("2") || s == QLatin1String("success") || s == QLatin1String("succeeded"))
        return ExportStatus::Succeeded;
    return ExportStatus::Unknown;
}

QString exportStatusCode(ExportStatus status)
{
    switch (status) {
    case ExportStatus::Failed: return QStringLiteral("-1");
    case ExportStatus::Initializing: return QStringLiteral("0");
    case ExportStatus::Exporting: return QStringLiteral("1");
    case ExportStatus::Succeeded: return QStringLiteral("2");
    case ExportStatus::Unknown: break;
    }
    return {};
}
