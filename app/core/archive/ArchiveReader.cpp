#include "archive/ArchiveReader.h"

#include "tasks/HistoryDatabase.h"
#include "tasks/HistorySql.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ArchiveEntry entryFrom(const QSqlQuery &q)
{
    ArchiveEntry e;
    e.profileId = q.value(SavedColProfile).toString();
    e.exportId = q.value(SavedColExportId).toLongLong();
    e.reportId = q.value(SavedColReportId).toLongLong();
    e.reportTitle = q.value(SavedColTitle).toString();
    e.exportDate = q.value(SavedColExportDate).toString();
    e.savedPath = q.value(SavedColPath).toString();
    e.savedSize = q.value(SavedColSize).isNull() ? -1 : q.value(SavedColSize).toLongLong();
    e.savedSha256 = q.value(SavedColSha256).toString();
    e.savedAt = timeFrom(q.value(SavedColSavedAt));
    e.removed = !q.value(SavedColRemovedAt).isNull();
    return e;
}

} // namespace

ArchiveReader::Result ArchiveReader::read(const QString &databasePath, const QString &profileId)
{
    Result result;
    if (!QFileInfo::exists(databasePath))
        return result;
    // Any thread may read, several at once: each read has a connection of its own.
    static std::atomic<int> counter { 0 };
    HistoryDatabase database(QStringLiteral("archive-reader-%1").arg(++counter));
    database.open(databasePath, true);
    if (!database.isOpen()) {
        result.ok = false;
        result.detail = database.errorText();
        return result;
    }
    {
        QSqlQuery q(database.database());
        q.setForwardOnly(true);
        const bool one = !profileId.isEmpty();
        q.prepare(one ? HistorySql::selectSavedFilesOf() : HistorySql::selectSavedFiles());
        if (one)
            q.bindValue(QStringLiteral(":profile"), profileId);
        if (!q.exec()) {
            result.ok = false;
            result.detail = q.lastError().text();
            return result;
        }
        while (q.next())
            result.entries.append(entryFrom(q));
    }
    database.close();
    return result;
}

QVector<ArchiveEntry> ArchiveReader::since(const QVector<ArchiveEntry> &entries, const QDate &day)
{
    QVector<ArchiveEntry> kept;
    for (const ArchiveEntry &entry : entries) {
        const QDate date = entry.filterDate();
        if (date.isValid() && date >= day)
            kept.append(entry);
    }
    return kept;
}
