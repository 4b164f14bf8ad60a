#include "archive/ArchiveCheck.h"

QString ArchiveCheck::statusKey(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Missing: return QStringLiteral("missing");
    case Status::Modified: return QStringLiteral("modified");
    case Status::Unreadable: return QStringLiteral("unreadable");
    }
    return QString();
}
