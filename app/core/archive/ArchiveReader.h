#pragma once

#include "archive/ArchiveEntry.h"

#include <QDate>
#include <QString>
#include <QVector>

// Reads the saved report files out of the export history (HistorySql's
// selectSavedFiles*), read-only: checking or listing the archive never changes the
// history, never migrates it and works on one a newer ReportDesk wrote. Rows whose
// task was removed from the window are included: they are evidence too.
class ArchiveReader final
{
public:
    struct Result
    {
        bool ok = true;
        QString detail; // why not, not translated (the driver's text)
        QVector<ArchiveEntry> entries;
    };

    // profileId empty: every profile. A history that does not exist yet holds no entries.
    static Result read(const QString &databasePath, const QString &profileId = QString());

    // The entries whose filterDate() is on or after day (entries without any date are left out).
    static QVector<ArchiveEntry> since(const QVector<ArchiveEntry> &entries, const QDate &day);

    ArchiveReader() = delete;
};
