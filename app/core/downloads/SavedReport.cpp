#include "downloads/SavedReport.h"

#include <QFileInfo>

bool SavedReport::canOpen(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return false;
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("pdf");
}
