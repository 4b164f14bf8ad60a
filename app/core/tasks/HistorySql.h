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
    static constexpr int SchemaVersion = 3;

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

    // SQLite only, for TaskBulkReader's fast path (like the pragmas in
    // HistoryDatabase): the rows of selectTasks()/selectHistory() in storage
    // order, read straight through the table. Through the primary-key index
    // every row costs a second b-tree lookup, three times the work of a scan
    // when the profile holds most of the rows.
    static QString scanTasks(); // :profile, live rows, in no particular order
    static QString scanHistory(); // :profile, in no particular order
    static QString estimateTaskRows(); // at least the number of rows in tasks, found in O(log n)
    static QString estimateHistoryRows(); // the same for status_history
    static QString hasOtherProfiles(); // :profile; 1 when another profile has tasks, in O(log n) (portable)

    // Schedules (version 2). Columns of selectSchedules*() are in ScheduleColumn order,
    // of the occurrence selects in OccurrenceColumn order. An occurrence is claimed by
    // inserting its row: the process whose insert took it runs it (see ScheduleStore).
    static QString insertSchedule(); // all schedule columns; nothing when the name is taken
    static QString updateSchedule(); // by :id
    static QString setSchedulePaused(); // :name, :paused, :updated_at, :revision, :writer
    static QString setScheduleReportTitle(); // :id, :report_title, :updated_at, :revision, :writer
    static QString deleteSchedule(); // :name
    static QString selectSchedules();
    static QString selectScheduleByName(); // :name
    static QString claimOccurrence(); // insert-if-absent, state 'running'
    static QString claimRetry(); // :schedule_id, :occurs_at, :claimer, :now, :stale
    static QString selectRetriesDue(); // :now, :stale
    static QString failAbandoned(); // :now, :stale: claims that died and whose window passed
    static QString recordOccurrenceExport(); // :schedule_id, :occurs_at, :claimer, :export_id
    static QString finishOccurrence(); // :state, :next_attempt_at, :error_kind, :error_detail, saved_*...
    static QString selectOccurrence(); // :schedule_id, :occurs_at
    static QString selectOccurrences(); // :schedule_id, newest first
    static QString selectLatestOccurrence(); // :schedule_id
    static QString selectKeptFiles(); // :schedule_id: saved files not yet let go, newest first
    static QString setFileState(); // :schedule_id, :occurs_at, :file_state

    // The saved report files, removed rows included (they are evidence), in
    // SavedFileColumn order; ordered by profile, then export_id.
    static QString selectSavedFiles(); // every profile
    static QString selectSavedFilesOf(); // :profile

    HistorySql() = delete;
};

// Column positions of selectSchedules() / selectScheduleByName().
enum ScheduleColumn
{
    SchedColId,
    SchedColName,
    SchedColProfile,
    SchedColReportId,
    SchedColReportTitle,
    SchedColExportType,
    SchedColCadence,
    SchedColTimeZone,
    SchedColFolder,
    SchedColNameTemplate,
    SchedColKeepCount,
    SchedColPaused,
    SchedColCreatedAt,
    SchedColUpdatedAt,
    SchedColRevision,
};

// Column positions of the occurrence selects.
enum OccurrenceColumn
{
    OccColScheduleId,
    OccColOccursAt,
    OccColState,
    OccColAttempts,
    OccColClaimedBy,
    OccColClaimedAt,
    OccColNextAttemptAt,
    OccColWindowEndsAt,
    OccColManual,
    OccColExportId,
    OccColSavedPath,
    OccColSavedSize,
    OccColSavedSha256,
    OccColFileState,
    OccColErrorKind,
    OccColErrorDetail,
    OccColFinishedAt,
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
    ColSavedAt,
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
    SavedColSavedAt, // saved_at, else (rows of a version before 3) last_checked_at
    SavedColRemovedAt,
    SavedFileColumnCount,
};
