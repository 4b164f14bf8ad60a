#include "archive/ArchiveEntry.h"

QDate ArchiveEntry::filterDate() const
{
    const QDate date = QDate::fromString(exportDate.left(10), Qt::ISODate);
    if (date.isValid())
        return date;
    return savedAt.isValid() ? savedAt.toUTC().date() : QDate();
}
