#include "tasks/HistoryWriter.h"

#include "tasks/HistorySql.h"
#include "tasks/TaskRows.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>

namespace {

bool run(QSqlQuery &query, QString *error, QSqlError *sqlError)
{
    if (query.exec())
        return true;
    *sqlError = query.lastError();
    *error = sqlError->text();
    return false;
}

bool runText(QSqlDatabase &db, const QString &statement, QString *error, QSqlError *sqlError)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *sqlError = query.lastError();
    *error = sqlError->text();
    return false;
}

} // namespace

HistoryWriter::HistoryWriter(const QString &writerId, QObject *parent)
    : QObject(parent)
    , m_writerId(writerId)
    , m_db(QStringLiteral("reportdesk-history-writer-%1").arg(reinterpret_cast<quintptr>(this)))
{
}

HistoryWriter::~HistoryWriter() = default;

HistoryDatabase::State HistoryWriter::open(const QString &path)
{
    return m_db.open(path);
}

void HistoryWriter::close()
{
    if (m_integrityTimer)
        m_integrityTimer->stop(); // stopped on its own thread, before that thread ends
    m_db.close();
}

void HistoryWriter::checkIntegrityLater(int delayMs)
{
    if (!m_integrityTimer) {
        m_integrityTimer = new QTimer(this);
        m_integrityTimer->setSingleShot(true);
        connect(m_integrityTimer, &QTimer::timeout, this, &HistoryWriter::checkIntegrityQueued);
    }
    m_integrityTimer->start(delayMs);
}

bool HistoryWriter::checkIntegrity(QString *problem)
{
    return m_db.checkIntegrity(problem);
}

void HistoryWriter::checkIntegrityQueued()
{
    QString problem;
    const bool ok = m_db.checkIntegrity(&problem);
    Q_EMIT integrityChecked(ok, problem);
}

void HistoryWriter::writeQueued(const HistoryBatch &batch)
{
    Failure failure = Failure::None;
    QString detail;
    if (write(batch, &failure, &detail))
        Q_EMIT written(batch.id);
    else
        Q_EMIT writeFailed(batch.id, failure, detail);
}

bool HistoryWriter::write(const HistoryBatch &batch, Failure *failure, QString *detail)
{
    if (!m_db.isWritable()) {
        *failure = Failure::Other;
        *detail = m_db.errorText().isEmpty() ? QStringLiteral("the history is not open") : m_db.errorText();
        return false;
    }
    QSqlError sqlError;
    for (int attempt = 1; attempt <= MaxAttempts; ++attempt) {
        if (writeInTransaction(m_db.database(), batch, m_writerId, false, m_beforeCommit, detail, &sqlError))
            return true;
        if (!HistoryDatabase::isBusy(sqlError))
            break;
    }
    *failure = HistoryDatabase::isBusy(sqlError)  ? Failure::Busy
        : HistoryDatabase::isDiskFull(sqlError)   ? Failure::DiskFull
        : HistoryDatabase::isCorruption(sqlError) ? Failure::Corrupt
                                                  : Failure::Other;
    return false;
}

bool HistoryWriter::writeInTransaction(QSqlDatabase db, const HistoryBatch &batch, const QString &writerId,
                                       bool keepExisting, const std::function<void()> &beforeCommit, QString *error,
                                       QSqlError *sqlError)
{
    // IMMEDIATE takes the write lock at once: the revision read below cannot be
    // taken by another process before this transaction commits.
    if (!runText(db, QStringLiteral("BEGIN IMMEDIATE"), error, sqlError))
        return false;
    const auto rollback = [&db] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    QSqlQuery bump(db);
    bump.prepare(HistorySql::bumpRevision());
    QSqlQuery revisionQuery(db);
    revisionQuery.prepare(HistorySql::selectRevision());
    if (!run(bump, error, sqlError) || !run(revisionQuery, error, sqlError) || !revisionQuery.next())
        return rollback();
    const qint64 revision = revisionQuery.value(0).toLongLong();
    revisionQuery.finish();

    QSqlQuery upsert(db);
    upsert.prepare(keepExisting ? HistorySql::insertTaskIfAbsent() : HistorySql::upsertTask());
    QSqlQuery history(db);
    history.prepare(keepExisting ? HistorySql::insertHistoryIfAbsent() : HistorySql::upsertHistory());
    QSqlQuery trim(db);
    trim.prepare(HistorySql::trimHistory());
    for (const ExportTask &task : batch.upserts) {
        TaskRows::bindTask(upsert, batch.profile, task, revision, writerId);
        if (!run(upsert, error, sqlError))
            return rollback();
        if (keepExisting && upsert.numRowsAffected() == 0)
            continue; // the history already has this task: it is newer than the import
        if (!TaskRows::writeHistory(history, trim, batch.profile, task, error)) {
            *sqlError = history.lastError().isValid() ? history.lastError() : trim.lastError();
            return rollback();
        }
    }
    if (!batch.removals.isEmpty()) {
        QSqlQuery remove(db);
        remove.prepare(HistorySql::markTaskRemoved());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qint64 id : batch.removals) {
            remove.bindValue(QStringLiteral(":profile"), batch.profile);
            remove.bindValue(QStringLiteral(":export_id"), id);
            remove.bindValue(QStringLiteral(":removed_at"), now);
            remove.bindValue(QStringLiteral(":revision"), revision);
            remove.bindValue(QStringLiteral(":writer"), writerId);
            if (!run(remove, error, sqlError))
                return rollback();
        }
    }
    if (beforeCommit)
        beforeCommit();
    if (!runText(db, QStringLiteral("COMMIT"), error, sqlError))
        return rollback();
    return true;
}
