#pragma once

#include <QString>
#include <QStringList>

// Every SQL statement of the export history, in one place. The statements stay
// within what SQLite and PostgreSQL share (BIGINT/INTEGER/TEXT columns,
// INSERT ... ON CONFLICT ... DO UPDATE, no AUTOINCREMENT, no WITHOUT ROWID), so
// a team history on a PostgreSQL server (QPSQL) can follow without a rewrite.
// Only the connection set-up in HistoryDatabase is SQLite-specific (pragmas).
//
// Times are BIGINT milliseconds since the epoch (UTC), NULL when unknown:
// parsing text dates would cost more than the rest of a 100k-row load.
class HistorySql final
{
public:
    // The schema version this build writes. A database with a higher version
    // was written by a newer ReportDesk and is opened read-only.
    static constexpr int SchemaVersion = 1;

    // The statements that take a database from version `from` to `from + 1`.
    // migrationSteps(0) creates the first schema. Each step runs in its own
    // transaction together with the version bump.
    static QStringList migrationSteps(int from);

    static QString selectSchemaVersion();
    static QString upsertSchemaVersion(); // :version
    static QString hasMetaTable();

    // The revision counter: every write transaction takes the next number, so
    // a reader finds what changed since it last looked (any process).
    static QString selectRevision();
    static QString bumpRevision();

    // Tasks. Columns of selectTasks*() are in TaskRowColumn order.
    static QString selectTasks(); // :profile, live rows
    static QString selectTasksChangedSince(); // :profile, :revision, :writer (rows written by others)
    static QString selectHistory(); // :profile, ordered by export_id, seq
    static QString selectHistoryOf(); // :profile, :export_id
    static QString upsertTask(); // all task columns
    static QString insertTaskIfAbsent(); // the same columns; the import never overwrites newer rows
    static QString markTaskRemoved(); // :profile, :export_id, :removed_at, :revision, :writer
    static QString upsertHistory(); // :profile, :export_id, :seq, :status, :raw_status, :changed_at
    static QString insertHistoryIfAbsent();
    static QString trimHistory(); // :profile, :export_id, :count: drops entries at seq >= count
    static QString countTasks(); // :profile, live rows

    // The saved report files, removed rows included (they are evidence), in
    // SavedFileColumn order; ordered by profile, then export_id.
    static QString selectSavedFiles(); // every profile
    static QString selectSavedFilesOf(); // :profile

    HistorySql() = delete;
};

// Column positions of selectTasks() / selectTasksChangedSince().
enum TaskRowColumn
{
    ColExportId,
    ColReportId,
    ColTitle,
    ColExportType,
    ColStatus,
    ColRawStatus,
    ColExportDate,
    ColFileName,
    ColUrlExpiresAt,
    ColLastCheckedAt,
    ColCreatedAt,
    ColErrorCode,
    ColErrorMessage,
    ColErrorRequestId,
    ColErrorHttpStatus,
    ColSavedPath,
    ColSavedSize,
    ColSavedSha256,
    ColRemovedAt,
    ColRevision,
    TaskRowColumnCount,
};

// Column positions of selectSavedFiles() / selectSavedFilesOf().
enum SavedFileColumn
{
    SavedColProfile,
    SavedColExportId,
    SavedColReportId,
    SavedColTitle,
    SavedColExportDate,
    SavedColPath,
    SavedColSize,
    SavedColSha256,
    SavedColLastCheckedAt,
    SavedColRemovedAt,
    SavedFileColumnCount,
};
