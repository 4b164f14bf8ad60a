#include "api/ExportStatusNames.h"

QString ExportStatusNames::notFound()
{
    return tr("Not found", "an ExportId the service does not know");
}

QString ExportStatusNames::name(ExportStatus status, const QString &rawStatus)
{
    switch (status) {
    case ExportStatus::Failed: return tr("Failed");
    case ExportStatus::Initializing: return tr("Initializing");
    case ExportStatus::Exporting: return tr("Exporting");
    case ExportStatus::Succeeded: return tr("Succeeded");
    case ExportStatus::Unknown: break;
    }
    if (rawStatus.isEmpty())
        return tr("Not checked yet");
    return tr("Unknown (%1)").arg(rawStatus);
}
