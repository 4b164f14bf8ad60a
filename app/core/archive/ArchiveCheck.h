#pragma once

#include "archive/ArchiveEntry.h"

#include <QMetaType>
#include <QString>

// What ArchiveVerifier found for one saved report.
struct ArchiveCheck
{
    enum class Status
    {
        Ok, // the file has the recorded size and SHA-256
        Missing, // no file at the recorded path
        Modified, // a file is there, but its size or SHA-256 differs from the record
        Unreadable, // a file is there and cannot be read (permissions, a folder, an I/O error)
    };

    ArchiveEntry entry;
    Status status = Status::Ok;
    QString foundSha256; // lower-case hex of the file as read now; empty unless read whole
    qint64 foundSize = -1;
    QString detail; // Unreadable: the system's reason (not translated)

    bool differs() const { return status != Status::Ok; }
    // A stable key for scripts ("ok", "missing", "modified", "unreadable").
    static QString statusKey(Status status);
};

Q_DECLARE_METATYPE(ArchiveCheck)
