#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// One connection to the export history (SQLite through Qt's QSQLITE driver),
// opened on the thread that uses it. Opening creates or migrates the schema
// (HistorySql), sets WAL with synchronous=NORMAL (a crash of the app loses no
// committed row) and a busy timeout, so windows, reportdesk-cli and cron jobs
// can share one file.
class HistoryDatabase final
{
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

public:
    enum class State
    {
        Closed,
        Ready, // read-write, schema current
        NewerVersion, // written by a newer ReportDesk: read-only
        Corrupt, // not a database, or unreadable
        Failed, // cannot be opened or created (permissions, full disk...)
    };

    // Milliseconds a statement waits for another process's lock before it fails.
    static constexpr int BusyTimeoutMs = 5000;
    // Tries of open() while another process holds a lock SQLite does not wait for.
    static constexpr int OpenAttempts = 8;

    // connectionName must be unique per thread and per open connection.
    explicit HistoryDatabase(const QString &connectionName);
    ~HistoryDatabase();

    // <AppDataLocation>/history.db
    static QString defaultPath();

    State open(const QString &path, bool readOnly = false);
    void close();
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Ready || m_state == State::NewerVersion; }
    bool isWritable() const { return m_state == State::Ready; }
    int schemaVersion() const { return m_schemaVersion; }
    QString path() const { return m_path; }
    // The driver's or SQLite's reason when open() failed (not translated).
    QString errorText() const { return m_error; }
    QSqlDatabase database() const;

    // Runs PRAGMA integrity_check; false (with the first complaint) when damaged.
    bool checkIntegrity(QString *problem);

    // Renames the file (and its -wal/-shm) to <name>.corrupt-<stamp>.db; returns
    // the new path, empty if it could not be moved.
    static QString moveAside(const QString &path);
    // <folder>/<name>.corrupt-<stamp><extension>, numbered if taken: where a
    // damaged file goes (the history, or a task file of 0.1).
    static QString asidePath(const QString &path, const QString &extension);
    // path + suffix, or path-2 + suffix, ... whichever does not exist yet.
    static QString unusedPath(const QString &base, const QString &suffix);

    // SQLite's result codes, from a QSqlError of this driver.
    static bool isBusy(const QSqlError &error);
    static bool isDiskFull(const QSqlError &error);
    static bool isCorruption(const QSqlError &error);

private:
    State openOnce(const QString &path, bool readOnly);
    State fail(State state, const QString &error);
    bool migrate();
    int readSchemaVersion(bool *ok);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    State m_state = State::Closed;
    int m_schemaVersion = 0;
};
