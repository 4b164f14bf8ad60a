#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// One report file the export history says was saved: where, how big, its SHA-256
// as written, and what it is a report of. Read from the history (ArchiveReader),
// checked against the disk (ArchiveVerifier), listed for auditors (HistoryCsvWriter).
struct ArchiveEntry
{
    QString profileId;
    QString profileName; // filled in by the caller from the saved profiles; empty when unknown
    qint64 exportId = 0;
    qint64 reportId = 0;
    QString reportTitle; // empty when unknown
    QString exportDate; // "YYYY-MM-DD" as the service sent it
    QString savedPath;
    qint64 savedSize = -1; // -1 when unknown
    QString savedSha256; // lower-case hex; empty when unknown (0.1 recorded none)
    // When the file was committed (tasks.saved_at). Rows saved before history
    // version 3 have none: then the time of the last service answer the row
    // recorded, the answer whose link was downloaded. Invalid when unknown.
    QDateTime savedAt;
    bool removed = false; // the row was removed from the window; the history keeps it as evidence

    // The day --since compares: the export date, else the day of savedAt (UTC).
    QDate filterDate() const;
    // The profile as a person knows it: its name, else its id.
    QString profileLabel() const { return profileName.isEmpty() ? profileId : profileName; }
};

Q_DECLARE_TYPEINFO(ArchiveEntry, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ArchiveEntry)
