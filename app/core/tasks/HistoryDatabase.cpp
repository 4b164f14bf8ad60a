#include "tasks/HistoryDatabase.h"

#include "tasks/HistorySql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace {

// SQLite's primary result codes (sqlite3.h), as the driver reports them in nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended codes keep the primary one in the low byte
}

// Set when a statement met another connection's lock: open() then tries again
// instead of taking a busy file for a damaged one.
thread_local bool t_metLock = false;

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    t_metLock = t_metLock || HistoryDatabase::isBusy(query.lastError());
    return false;
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

QString HistoryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.db");
}

QSqlDatabase HistoryDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

HistoryDatabase::State HistoryDatabase::fail(State state, const QString &error)
{
    m_error = error;
    // Removed by close() later: the caller may still hold a handle to it now.
    QSqlDatabase::database(m_connectionName, false).close();
    m_state = state;
    return state;
}

HistoryDatabase::State HistoryDatabase::open(const QString &path, bool readOnly)
{
    // Another process creating, migrating or switching the file to WAL holds
    // locks that SQLite's busy handler does not always wait for: bounded retries.
    for (int attempt = 1;; ++attempt) {
        t_metLock = false;
        const State state = openOnce(path, readOnly);
        if (!t_metLock || state == State::Ready || state == State::NewerVersion)
            return state;
        if (attempt == OpenAttempts) // still locked: unavailable for now, never "damaged"
            return state == State::Corrupt ? (m_state = State::Failed) : state;
        QThread::msleep(static_cast<unsigned long>(40 * attempt));
    }
}

HistoryDatabase::State HistoryDatabase::openOnce(const QString &path, bool readOnly)
{
    close();
    m_path = path;
    m_error.clear();
    if (!readOnly && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(State::Failed, QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return fail(State::Failed, db.lastError().text());
    }
    QSqlDatabase db = database();
    QString error;
    // journal_mode is answered with the mode in force; a read-only open keeps the file's.
    if (!readOnly && !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error))
        return fail(State::Corrupt, error);
    if (!exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error))
        return fail(State::Failed, error);
    // Reading through a memory map saves a copy of every page on a large load.
    exec(db, QStringLiteral("PRAGMA mmap_size = 268435456"), &error);

    bool ok = false;
    m_schemaVersion = readSchemaVersion(&ok);
    if (!ok)
        return fail(State::Corrupt, m_error);
    if (m_schemaVersion > HistorySql::SchemaVersion) {
        if (!readOnly) // never touch what a newer version wrote
            return openOnce(path, true);
        m_state = State::NewerVersion;
        return m_state;
    }
    if (readOnly) {
        m_state = m_schemaVersion == HistorySql::SchemaVersion ? State::Ready : State::NewerVersion;
        return m_state;
    }
    if (!migrate())
        return fail(State::Failed, m_error);
    m_state = m_schemaVersion > HistorySql::SchemaVersion ? State::NewerVersion : State::Ready;
    if (m_state == State::NewerVersion) // another process upgraded it meanwhile
        return openOnce(path, true);
    return m_state;
}

void HistoryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_state = State::Closed;
}

int HistoryDatabase::readSchemaVersion(bool *ok)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(HistorySql::hasMetaTable()) || !query.next()) {
        *ok = false;
        m_error = query.lastError().text();
        t_metLock = t_metLock || isBusy(query.lastError());
        return 0;
    }
    *ok = true;
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(HistorySql::selectSchemaVersion())) {
        *ok = false;
        m_error = query.lastError().text();
        t_metLock = t_metLock || isBusy(query.lastError());
        return 0;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool HistoryDatabase::migrate()
{
    QSqlDatabase db = database();
    while (m_schemaVersion < HistorySql::SchemaVersion) {
        // IMMEDIATE: two processes starting on a new file must not both create the schema.
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &m_error))
            return false;
        bool ok = false;
        const int current = readSchemaVersion(&ok);
        if (!ok || current != m_schemaVersion) {
            exec(db, QStringLiteral("ROLLBACK"), &m_error);
            if (!ok)
                return false;
            m_schemaVersion = current; // someone else migrated: go on from there
            continue;
        }
        const QStringList steps = HistorySql::migrationSteps(current);
        bool stepsOk = !steps.isEmpty();
        for (const QString &statement : steps) {
            if (!exec(db, statement, &m_error)) {
                stepsOk = false;
                break;
            }
        }
        QSqlQuery bump(db);
        bump.prepare(HistorySql::upsertSchemaVersion());
        bump.bindValue(QStringLiteral(":version"), QString::number(current + 1));
        if (!stepsOk || !bump.exec()) {
            if (stepsOk)
                m_error = bump.lastError().text();
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
        if (!exec(db, QStringLiteral("COMMIT"), &m_error))
            return false;
        m_schemaVersion = current + 1;
    }
    return true;
}

bool HistoryDatabase::checkIntegrity(QString *problem)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        *problem = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *problem = QStringLiteral("no answer");
        return false;
    }
    const QString first = query.value(0).toString();
    if (first == QLatin1String("ok"))
        return true;
    *problem = first;
    return false;
}

QString HistoryDatabase::unusedPath(const QString &base, const QString &suffix)
{
    QString target = base + suffix;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n) + suffix;
    return target;
}

QString HistoryDatabase::asidePath(const QString &path, const QString &extension)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return unusedPath(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".corrupt-")
                          + stamp,
                      extension);
}

QString HistoryDatabase::moveAside(const QString &path)
{
    const QString target = asidePath(path, QStringLiteral(".db"));
    if (!QFile::rename(path, target))
        return {};
    // The journal belongs to the damaged file: keep it beside it, never replay it into a new one.
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            QFile::remove(side);
    }
    return target;
}

bool HistoryDatabase::isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

bool HistoryDatabase::isDiskFull(const QSqlError &error)
{
    return primaryCode(error) == SqliteFull;
}

bool HistoryDatabase::isCorruption(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}
