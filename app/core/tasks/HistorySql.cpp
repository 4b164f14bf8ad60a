#include "tasks/HistorySql.h"

namespace {

const char TaskColumns[] = "export_id, report_id, report_title, export_type, status, raw_status, export_date, "
                           "file_name, url_expires_at, last_checked_at, created_at, error_code, error_message, "
                           "error_request_id, error_http_status, saved_path, saved_size, saved_sha256, "
                           "removed_at, revision";

const char SavedFileSelect[]
    = "SELECT profile, export_id, report_id, report_title, export_date, saved_path, saved_size, saved_sha256, "
      "last_checked_at, removed_at FROM tasks WHERE saved_path IS NOT NULL AND saved_path <> '' ";

QString insertTaskStatement()
{
    return QStringLiteral(
        "INSERT INTO tasks (profile, export_id, report_id, report_title, export_type, status, raw_status, "
        "export_date, file_name, url_expires_at, last_checked_at, created_at, error_code, error_message, "
        "error_request_id, error_http_status, saved_path, saved_size, saved_sha256, removed_at, revision, writer) "
        "VALUES (:profile, :export_id, :report_id, :report_title, :export_type, :status, :raw_status, "
        ":export_date, :file_name, :url_expires_at, :last_checked_at, :created_at, :error_code, :error_message, "
        ":error_request_id, :error_http_status, :saved_path, :saved_size, :saved_sha256, NULL, :revision, "
        ":writer) ");
}

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
               "saved_sha256 = excluded.saved_sha256, removed_at = NULL, revision = excluded.revision, "
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

QString HistorySql::selectSavedFiles()
{
    return QLatin1String(SavedFileSelect) + QStringLiteral("ORDER BY profile, export_id");
}

QString HistorySql::selectSavedFilesOf()
{
    return QLatin1String(SavedFileSelect) + QStringLiteral("AND profile = :profile ORDER BY export_id");
}
