#pragma once

#include "api/ExportStatus.h"
#include "api/ExportType.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// The last error a task met, kept with the task (shown on its row, saved with it).
struct TaskError
{
    QString code; // service Code, e.g. "InvalidParameter", or a local kind name
    QString message; // as the service sent it (already in the requested Lang)
    QString requestId; // to quote to support
    int httpStatus = 0;
    QString lang {}; // the language of message (the request's Lang); in memory only, empty when unknown

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }
    bool operator==(const TaskError &other) const;
    bool operator!=(const TaskError &other) const { return !(*this == other); }
};

// One entry of a task's status history.
struct StatusChange
{
    ExportStatus status = ExportStatus::Unknown;
    QString rawStatus;
    QDateTime time; // UTC

    bool operator==(const StatusChange &other) const;
};

// Where the download of a task stands. In memory only: a download does not
// survive a restart, only its result (ExportTask::savedFilePath) does.
struct DownloadProgress
{
    enum class State
    {
        None,
        Queued,
        Downloading,
        Saved,
        Failed,
    };

    State state = State::None;
    qint64 received = 0;
    qint64 total = -1; // -1 when unknown
    qint64 bytesPerSecond = 0;
    qint64 secondsLeft = -1; // -1 while unknown or not yet steady (never a "0 s left" guess)

    // 0..1, or -1 when the total is unknown.
    double fraction() const;
    bool operator==(const DownloadProgress &other) const;
    bool operator!=(const DownloadProgress &other) const { return !(*this == other); }
};

// One export the user started or added by ExportId: a plain value.
struct ExportTask
{
    qint64 exportId = 0;
    qint64 reportId = 0; // 0 until known
    QString reportTitle; // empty when unknown
    ExportType exportType = ExportType::Html;
    bool exportTypeKnown = false;
    ExportStatus status = ExportStatus::Unknown;
    QString rawStatus; // as the service sent it; empty before the first answer
    QString exportDate; // "YYYY-MM-DD" as sent
    QString fileName; // FileName from ExportCustomizeReport
    QDateTime urlExpiresAt; // UTC; invalid when no link is known
    QDateTime lastChecked; // UTC; last answer received
    QDateTime createdAt; // UTC; when the task entered the list
    TaskError lastError;
    QList<StatusChange> history;
    QString savedFilePath; // once downloaded
    qint64 savedFileSize = -1; // bytes written, -1 when unknown
    QString savedFileSha256; // lower-case hex of what was written, empty when unknown
    QDateTime savedAt; // UTC; when the saved file was written, invalid when unknown

    // In memory only, never persisted.
    QUrl downloadUrl; // signed: never log or save it
    DownloadProgress download;
    bool savedFileMissing = false; // Open found the saved file gone: the row offers Download again

    bool isInProgress() const { return isExportInProgress(status); }
    bool isFinished() const { return isExportFinished(status); }
    bool hasError() const { return !lastError.isEmpty(); }
    // The service rejected the ExportId before it ever gave a status (it does
    // not know it): shown as "Not found", and never asked about again.
    bool isRejected() const;
    // The fields that TaskStore saves are equal (in-memory fields are ignored).
    bool persistentEquals(const ExportTask &other) const;
};

// Every member is a Qt value type that may be moved in memory as bytes, so a
// QVector of 100,000 tasks grows by memmove instead of 100,000 copies.
Q_DECLARE_TYPEINFO(TaskError, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(StatusChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(DownloadProgress, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ExportTask, Q_RELOCATABLE_TYPE);
