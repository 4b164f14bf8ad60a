#include "tasks/HistorySql.h"

namespace {

const char TaskColumns[] = "export_id, report_id, report_title, export_type, status, raw_status, export_date, "
                           "file_name, url_expires_at, last_checked_at, created_at, error_code, error_message, "
                           "error_request_id, error_http_status, saved_path, saved_size, saved_sha256, "
                           "saved_at, removed_at, revision";

const char SavedFileSelect[]
    = "SELECT profile, export_id, report_id, report_title, export_date, saved_path, saved_size, saved_sha256, "
      "COALESCE(saved_at, last_checked_at), removed_at FROM tasks WHERE saved_path IS NOT NULL AND saved_path <> '' ";

QString insertTaskStatement()
{
    return QStringLiteral(
        "INSERT INTO tasks (profile, export_id, report_id, report_title, export_type, status, raw_status, "
        "export_date, file_name, url_expires_at, last_checked_at, created_at, error_code, error_message, "
        "error_request_id, error_http_status, saved_path, saved_size, saved_sha256, saved_at, removed_at, revision, "
        "writer) "
        "VALUES (:profile, :export_id, :report_id, :report_title, :export_type, :status, :raw_status, "
        ":export_date, :file_name, :url_expires_at, :last_checked_at, :created_at, :error_code, :error_message, "
        ":error_request_id, :error_http_status, :saved_path, :saved_size, :saved_sha256, :saved_at, NULL, :revision, "
        ":writer) ");
}

const char ScheduleColumns[] = "id, name, profile, report_id, report_title, export_type, cadence, time_zone, folder, "
                               "name_template, keep_count, paused, created_at, updated_at, revision";

const char OccurrenceColumns[] = "schedule_id, occurs_at, state, attempts, claimed_by, claimed_at, next_attempt_at, "
                                 "window_ends_at, manual, export_id, saved_path, saved_size, saved_sha256, "
                                 "file_state, error_kind, error_detail, finished_at";

// A retry that is due, or a claim whose process died (claimed long ago, still running).
const char RetryDue[]
    = "((state = 'retry' AND next_attempt_at <= :now) OR (state = 'running' AND claimed_at < :stale))";

} // namespace

QStringList HistorySql::migrationSteps(int from)
{
    switch (from) {
    case 0:
        return {
            QStringLiteral("CREATE TABLE meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE revision_counter (id INTEGER NOT NULL PRIMARY KEY, value BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO revision_counter (id, value) VALUES (1, 0)"),
            // removed_at: a removed task stays as evidence of what was exported,
            // and its removal reaches other windows like any other change.
            QStringLiteral("CREATE TABLE tasks ("
                           "profile TEXT NOT NULL, export_id BIGINT NOT NULL, "
                           "report_id BIGINT NOT NULL DEFAULT 0, report_title TEXT NOT NULL DEFAULT '', "
                           "export_type TEXT, status INTEGER NOT NULL, raw_status TEXT NOT NULL DEFAULT '', "
                           "export_date TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '', "
                           "url_expires_at BIGINT, last_checked_at BIGINT, created_at BIGINT, "
                           "error_code TEXT, error_message TEXT, error_request_id TEXT, error_http_status INTEGER, "
                           "saved_path TEXT, saved_size BIGINT, saved_sha256 TEXT, removed_at BIGINT, "
                           "revision BIGINT NOT NULL, writer TEXT NOT NULL, "
                           "PRIMARY KEY (profile, export_id))"),
            QStringLiteral("CREATE INDEX tasks_by_revision ON tasks (profile, revision)"),
            QStringLiteral("CREATE TABLE status_history ("
                           "profile TEXT NOT NULL, export_id BIGINT NOT NULL, seq INTEGER NOT NULL, "
                           "status INTEGER NOT NULL, raw_status TEXT NOT NULL, changed_at BIGINT, "
                           "PRIMARY KEY (profile, export_id, seq))"),
        };
    case 1:
        return {
            // cadence: ScheduleCadence::toText(); time_zone: an IANA id, the zone the
            // schedule was created in, so "07:30" stays 07:30 local across DST.
            QStringLiteral("CREATE TABLE schedules ("
                           "id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL UNIQUE, profile TEXT NOT NULL, "
                           "report_id BIGINT NOT NULL, report_title TEXT NOT NULL DEFAULT '', "
                           "export_type TEXT NOT NULL, cadence TEXT NOT NULL, time_zone TEXT NOT NULL, "
                           "folder TEXT NOT NULL, name_template TEXT NOT NULL, keep_count INTEGER NOT NULL DEFAULT 0, "
                           "paused INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
                           "revision BIGINT NOT NULL, writer TEXT NOT NULL)"),
            // One row per occurrence, inserted before it starts: the claim. No foreign
            // key: a removed schedule's occurrences stay as evidence of what was written.
            QStringLiteral("CREATE TABLE schedule_occurrences ("
                           "schedule_id TEXT NOT NULL, occurs_at BIGINT NOT NULL, state TEXT NOT NULL, "
                           "attempts INTEGER NOT NULL DEFAULT 1, claimed_by TEXT NOT NULL, claimed_at BIGINT NOT NULL, "
                           "next_attempt_at BIGINT, window_ends_at BIGINT NOT NULL, manual INTEGER NOT NULL DEFAULT 0, "
                           "export_id BIGINT, saved_path TEXT, saved_size BIGINT, saved_sha256 TEXT, file_state TEXT, "
                           "error_kind TEXT, error_detail TEXT, finished_at BIGINT, "
                           "PRIMARY KEY (schedule_id, occurs_at))"),
            QStringLiteral(
                "CREATE INDEX schedule_occurrences_by_state ON schedule_occurrences (state, next_attempt_at)"),
        };
    case 2:
        return {
            // When the saved file was written, for the auditors' CSV ("saved at").
            // Rows saved before it keep NULL; readers fall back to last_checked_at.
            QStringLiteral("ALTER TABLE tasks ADD COLUMN saved_at BIGINT"),
        };
    default: break;
    }
    return {};
}

QString HistorySql::hasMetaTable()
{
    // sqlite_master is SQLite's; PostgreSQL would ask information_schema.tables.
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
}

QString HistorySql::selectSchemaVersion()
{
    return QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'");
}

QString HistorySql::upsertSchemaVersion()
{
    return QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :version) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
}

QString HistorySql::selectRevision()
{
    return QStringLiteral("SELECT value FROM revision_counter WHERE id = 1");
}

QString HistorySql::bumpRevision()
{
    return QStringLiteral("UPDATE revision_counter SET value = value + 1 WHERE id = 1");
}

QString HistorySql::selectTasks()
{
    return QStringLiteral("SELECT ") + QLatin1String(TaskColumns)
        + QStringLiteral(" FROM tasks WHERE profile = :profile AND removed_at IS NULL ORDER BY export_id");
}

QString HistorySql::selectTasksChangedSince()
{
    return QStringLiteral("SELECT ") + QLatin1String(TaskColumns)
        + QStringLiteral(" FROM tasks WHERE profile = :profile AND revision > :revision AND writer <> :writer "
                         "ORDER BY export_id");
}

QString HistorySql::selectHistory()
{
    return QStringLiteral("SELECT export_id, seq, status, raw_status, changed_at FROM status_history "
                          "WHERE profile = :profile ORDER BY export_id, seq");
}

QString HistorySql::scanTasks()
{
    return QStringLiteral("SELECT ") + QLatin1String(TaskColumns)
        + QStringLiteral(" FROM tasks NOT INDEXED WHERE profile = :profile AND removed_at IS NULL");
}

QString HistorySql::scanHistory()
{
    return QStringLiteral("SELECT export_id, seq, status, raw_status, changed_at FROM status_history NOT INDEXED "
                          "WHERE profile = :profile");
}

QString HistorySql::estimateTaskRows()
{
    // Rowids are distinct positive integers, so the highest is at least the
    // row count (equal to it here: a removal only sets removed_at), and it is
    // read from the end of the table's b-tree instead of counting.
    return QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM tasks");
}

QString HistorySql::estimateHistoryRows()
{
    return QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM status_history");
}

QString HistorySql::hasOtherProfiles()
{
    // Two seeks into the primary key, on either side of the profile.
    return QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM tasks WHERE profile < :profile) "
                          "OR EXISTS (SELECT 1 FROM tasks WHERE profile > :profile) THEN 1 ELSE 0 END");
}

QString HistorySql::selectHistoryOf()
{
    return QStringLiteral("SELECT export_id, seq, status, raw_status, changed_at FROM status_history "
                          "WHERE profile = :profile AND export_id = :export_id ORDER BY seq");
}

QString HistorySql::upsertTask()
{
    return insertTaskStatement()
        + QStringLiteral(
               "ON CONFLICT (profile, export_id) DO UPDATE SET report_id = excluded.report_id, "
               "report_title = excluded.report_title, export_type = excluded.export_type, status = excluded.status, "
               "raw_status = excluded.raw_status, export_date = excluded.export_date, "
               "file_name = excluded.file_name, url_expires_at = excluded.url_expires_at, "
               "last_checked_at = excluded.last_checked_at, created_at = excluded.created_at, "
               "error_code = excluded.error_code, error_message = excluded.error_message, "
               "error_request_id = excluded.error_request_id, error_http_status = excluded.error_http_status, "
               "saved_path = excluded.saved_path, saved_size = excluded.saved_size, "
               "saved_sha256 = excluded.saved_sha256, saved_at = excluded.saved_at, removed_at = NULL, "
               "revision = excluded.revision, "
               "writer = excluded.writer");
}

QString HistorySql::insertTaskIfAbsent()
{
    return insertTaskStatement() + QStringLiteral("ON CONFLICT (profile, export_id) DO NOTHING");
}

QString HistorySql::markTaskRemoved()
{
    return QStringLiteral("UPDATE tasks SET removed_at = :removed_at, revision = :revision, writer = :writer "
                          "WHERE profile = :profile AND export_id = :export_id AND removed_at IS NULL");
}

QString HistorySql::upsertHistory()
{
    return QStringLiteral("INSERT INTO status_history (profile, export_id, seq, status, raw_status, changed_at) "
                          "VALUES (:profile, :export_id, :seq, :status, :raw_status, :changed_at) "
                          "ON CONFLICT (profile, export_id, seq) DO UPDATE SET status = excluded.status, "
                          "raw_status = excluded.raw_status, changed_at = excluded.changed_at");
}

QString HistorySql::insertHistoryIfAbsent()
{
    return QStringLiteral("INSERT INTO status_history (profile, export_id, seq, status, raw_status, changed_at) "
                          "VALUES (:profile, :export_id, :seq, :status, :raw_status, :changed_at) "
                          "ON CONFLICT (profile, export_id, seq) DO NOTHING");
}

QString HistorySql::trimHistory()
{
    return QStringLiteral(
        "DELETE FROM status_history WHERE profile = :profile AND export_id = :export_id AND seq >= :count");
}

QString HistorySql::countTasks()
{
    return QStringLiteral("SELECT COUNT(*) FROM tasks WHERE profile = :profile AND removed_at IS NULL");
}

QString HistorySql::insertSchedule()
{
    return QStringLiteral("INSERT INTO schedules (id, name, profile, report_id, report_title, export_type, cadence, "
                          "time_zone, folder, name_template, keep_count, paused, created_at, updated_at, revision, "
                          "writer) VALUES (:id, :name, :profile, :report_id, :report_title, :export_type, :cadence, "
                          ":time_zone, :folder, :name_template, :keep_count, :paused, :created_at, :updated_at, "
                          ":revision, :writer) ON CONFLICT DO NOTHING");
}

QString HistorySql::updateSchedule()
{
    return QStringLiteral("UPDATE schedules SET name = :name, profile = :profile, report_id = :report_id, "
                          "report_title = :report_title, export_type = :export_type, cadence = :cadence, "
                          "time_zone = :time_zone, folder = :folder, name_template = :name_template, "
                          "keep_count = :keep_count, paused = :paused, updated_at = :updated_at, "
                          "revision = :revision, writer = :writer WHERE id = :id");
}

QString HistorySql::setSchedulePaused()
{
    return QStringLiteral("UPDATE schedules SET paused = :paused, updated_at = :updated_at, revision = :revision, "
                          "writer = :writer WHERE name = :name");
}

QString HistorySql::setScheduleReportTitle()
{
    return QStringLiteral("UPDATE schedules SET report_title = :report_title, updated_at = :updated_at, "
                          "revision = :revision, writer = :writer WHERE id = :id");
}

QString HistorySql::deleteSchedule()
{
    return QStringLiteral("DELETE FROM schedules WHERE name = :name");
}

QString HistorySql::selectSchedules()
{
    return QStringLiteral("SELECT ") + QLatin1String(ScheduleColumns) + QStringLiteral(" FROM schedules ORDER BY name");
}

QString HistorySql::selectScheduleByName()
{
    return QStringLiteral("SELECT ") + QLatin1String(ScheduleColumns)
        + QStringLiteral(" FROM schedules WHERE name = :name");
}

QString HistorySql::claimOccurrence()
{
    return QStringLiteral("INSERT INTO schedule_occurrences (schedule_id, occurs_at, state, attempts, claimed_by, "
                          "claimed_at, window_ends_at, manual) VALUES (:schedule_id, :occurs_at, 'running', 1, "
                          ":claimer, :now, :window_ends_at, :manual) ON CONFLICT (schedule_id, occurs_at) DO NOTHING");
}

QString HistorySql::claimRetry()
{
    return QStringLiteral("UPDATE schedule_occurrences SET state = 'running', attempts = attempts + 1, "
                          "claimed_by = :claimer, claimed_at = :now, next_attempt_at = NULL "
                          "WHERE schedule_id = :schedule_id AND occurs_at = :occurs_at AND window_ends_at > :now AND ")
        + QLatin1String(RetryDue);
}

QString HistorySql::selectRetriesDue()
{
    return QStringLiteral("SELECT ") + QLatin1String(OccurrenceColumns)
        + QStringLiteral(" FROM schedule_occurrences WHERE window_ends_at > :now AND ") + QLatin1String(RetryDue)
        + QStringLiteral(" ORDER BY occurs_at");
}

QString HistorySql::failAbandoned()
{
    return QStringLiteral("UPDATE schedule_occurrences SET state = 'failed', finished_at = :now, "
                          "next_attempt_at = NULL, error_kind = CASE WHEN state = 'running' THEN 'interrupted' "
                          "ELSE error_kind END WHERE window_ends_at <= :now AND "
                          "(state = 'retry' OR (state = 'running' AND claimed_at < :stale))");
}

QString HistorySql::recordOccurrenceExport()
{
    return QStringLiteral("UPDATE schedule_occurrences SET export_id = :export_id WHERE schedule_id = :schedule_id "
                          "AND occurs_at = :occurs_at AND claimed_by = :claimer");
}

QString HistorySql::finishOccurrence()
{
    return QStringLiteral("UPDATE schedule_occurrences SET state = :state, next_attempt_at = :next_attempt_at, "
                          "error_kind = :error_kind, error_detail = :error_detail, finished_at = :finished_at, "
                          "saved_path = :saved_path, saved_size = :saved_size, saved_sha256 = :saved_sha256 "
                          "WHERE schedule_id = :schedule_id AND occurs_at = :occurs_at AND claimed_by = :claimer");
}

QString HistorySql::selectOccurrence()
{
    return QStringLiteral("SELECT ") + QLatin1String(OccurrenceColumns)
        + QStringLiteral(" FROM schedule_occurrences WHERE schedule_id = :schedule_id AND occurs_at = :occurs_at");
}

QString HistorySql::selectOccurrences()
{
    return QStringLiteral("SELECT ") + QLatin1String(OccurrenceColumns)
        + QStringLiteral(" FROM schedule_occurrences WHERE schedule_id = :schedule_id ORDER BY occurs_at DESC");
}

QString HistorySql::selectLatestOccurrence()
{
    return selectOccurrences() + QStringLiteral(" LIMIT 1");
}

QString HistorySql::selectKeptFiles()
{
    return QStringLiteral("SELECT ") + QLatin1String(OccurrenceColumns)
        + QStringLiteral(" FROM schedule_occurrences WHERE schedule_id = :schedule_id AND saved_path IS NOT NULL "
                         "AND file_state IS NULL ORDER BY occurs_at DESC");
}

QString HistorySql::setFileState()
{
    return QStringLiteral("UPDATE schedule_occurrences SET file_state = :file_state WHERE schedule_id = :schedule_id "
                          "AND occurs_at = :occurs_at");
}

QString HistorySql::selectSavedFiles()
{
    return QLatin1String(SavedFileSelect) + QStringLiteral("ORDER BY profile, export_id");
}

QString HistorySql::selectSavedFilesOf()
{
    return QLatin1String(SavedFileSelect) + QStringLiteral("AND profile = :profile ORDER BY export_id");
}
