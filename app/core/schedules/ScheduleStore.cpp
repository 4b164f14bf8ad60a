#include "schedules/ScheduleStore.h"

#include "schedules/ScheduleRows.h"

#include "tasks/HistoryDatabase.h"
#include "tasks/HistorySql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

void bindKey(QSqlQuery &q, const QString &scheduleId, const QDateTime &occursAt)
{
    q.bindValue(QStringLiteral(":schedule_id"), scheduleId);
    q.bindValue(QStringLiteral(":occurs_at"), occursAt.toMSecsSinceEpoch());
}

} // namespace

ScheduleStore::ScheduleStore(QObject *parent)
    : QObject(parent)
    , m_writerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ScheduleStore::~ScheduleStore() = default;

bool ScheduleStore::open(const QString &path)
{
    m_path = path.isEmpty() ? HistoryDatabase::defaultPath() : path;
    m_db = std::make_unique<HistoryDatabase>(QStringLiteral("schedules-") + m_writerId);
    const HistoryDatabase::State state = m_db->open(m_path);
    m_error = m_db->errorText();
    if (state == HistoryDatabase::State::NewerVersion && m_error.isEmpty())
        m_error = QStringLiteral("written by a newer version (read-only)");
    return m_db->isOpen();
}

bool ScheduleStore::isWritable() const
{
    return m_db && m_db->isWritable();
}

bool ScheduleStore::ensureOpen()
{
    return (m_db && m_db->isOpen()) || open(m_path);
}

bool ScheduleStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool ScheduleStore::write(const std::function<bool(qint64 revision)> &body)
{
    if (!ensureOpen() || !isWritable()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the history is not writable");
        return false;
    }
    QSqlDatabase db = m_db->database();
    QSqlQuery q(db);
    // IMMEDIATE: take the write lock first, so two claimers queue instead of deadlocking.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = q.lastError().text();
        return false;
    }
    bool ok = q.exec(HistorySql::bumpRevision()) && q.exec(HistorySql::selectRevision()) && q.next();
    if (!ok)
        m_error = q.lastError().text();
    const qint64 revision = ok ? q.value(0).toLongLong() : 0;
    q.finish();
    ok = ok && body(revision);
    QSqlQuery end(db);
    if (ok && end.exec(QStringLiteral("COMMIT")))
        return true;
    if (ok)
        m_error = end.lastError().text();
    end.exec(QStringLiteral("ROLLBACK"));
    return false;
}

ScheduleStore::Result ScheduleStore::add(Schedule *schedule, const QDateTime &now)
{
    schedule->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    schedule->createdAt = now.toUTC();
    schedule->updatedAt = now.toUTC();
    bool taken = false;
    const bool ok = write([&](qint64 revision) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::insertSchedule());
        ScheduleRows::bindSchedule(q, *schedule);
        q.bindValue(QStringLiteral(":created_at"), schedule->createdAt.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":revision"), revision);
        q.bindValue(QStringLiteral(":writer"), m_writerId);
        if (!exec(q))
            return false;
        taken = q.numRowsAffected() == 0;
        return !taken;
    });
    return ok ? Result::Ok : (taken ? Result::NameTaken : Result::Unavailable);
}

ScheduleStore::Result ScheduleStore::update(const Schedule &schedule, const QDateTime &now)
{
    Schedule changed = schedule;
    changed.updatedAt = now.toUTC();
    int affected = 0;
    const bool ok = write([&](qint64 revision) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::updateSchedule());
        ScheduleRows::bindSchedule(q, changed);
        q.bindValue(QStringLiteral(":revision"), revision);
        q.bindValue(QStringLiteral(":writer"), m_writerId);
        if (!exec(q))
            return false;
        affected = q.numRowsAffected();
        return true;
    });
    if (!ok) // a rename onto another schedule's name breaks the UNIQUE constraint
        return find(schedule.name) ? Result::NameTaken : Result::Unavailable;
    return affected == 0 ? Result::NotFound : Result::Ok;
}

ScheduleStore::Result ScheduleStore::updateOne(const QString &sql, const QDateTime &now,
                                               const std::function<void(QSqlQuery &)> &bind)
{
    int affected = 0;
    const bool ok = write([&](qint64 revision) {
        QSqlQuery q(m_db->database());
        q.prepare(sql);
        bind(q);
        q.bindValue(QStringLiteral(":updated_at"), now.toUTC().toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":revision"), revision);
        q.bindValue(QStringLiteral(":writer"), m_writerId);
        if (!exec(q))
            return false;
        affected = q.numRowsAffected();
        return true;
    });
    return !ok ? Result::Unavailable : (affected == 0 ? Result::NotFound : Result::Ok);
}

ScheduleStore::Result ScheduleStore::setPaused(const QString &name, bool paused, const QDateTime &now)
{
    return updateOne(HistorySql::setSchedulePaused(), now, [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":paused"), paused ? 1 : 0);
    });
}

ScheduleStore::Result ScheduleStore::setReportTitle(const QString &id, const QString &title, const QDateTime &now)
{
    return updateOne(HistorySql::setScheduleReportTitle(), now, [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":report_title"), title);
    });
}

ScheduleStore::Result ScheduleStore::remove(const QString &name)
{
    int affected = 0;
    const bool ok = write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::deleteSchedule());
        q.bindValue(QStringLiteral(":name"), name);
        if (!exec(q))
            return false;
        affected = q.numRowsAffected();
        return true;
    });
    return !ok ? Result::Unavailable : (affected == 0 ? Result::NotFound : Result::Ok);
}

QList<Schedule> ScheduleStore::schedules()
{
    QList<Schedule> result;
    if (!ensureOpen())
        return result;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(HistorySql::selectSchedules());
    if (!exec(q))
        return result;
    while (q.next())
        result.append(ScheduleRows::scheduleFrom(q));
    return result;
}

std::optional<Schedule> ScheduleStore::find(const QString &name)
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery q(m_db->database());
    q.prepare(HistorySql::selectScheduleByName());
    q.bindValue(QStringLiteral(":name"), name);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return ScheduleRows::scheduleFrom(q);
}

bool ScheduleStore::claim(const QString &scheduleId, const QDateTime &occursAt, const QDateTime &windowEndsAt,
                          bool manual, const QDateTime &now)
{
    bool won = false;
    write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::claimOccurrence());
        bindKey(q, scheduleId, occursAt);
        q.bindValue(QStringLiteral(":claimer"), m_writerId);
        q.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":window_ends_at"), windowEndsAt.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":manual"), manual ? 1 : 0);
        if (!exec(q))
            return false;
        won = q.numRowsAffected() == 1;
        return true;
    });
    return won;
}

bool ScheduleStore::claimRetry(const QString &scheduleId, const QDateTime &occursAt, const QDateTime &now)
{
    bool won = false;
    write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::claimRetry());
        bindKey(q, scheduleId, occursAt);
        q.bindValue(QStringLiteral(":claimer"), m_writerId);
        q.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":stale"), now.addSecs(-StaleClaimSecs).toMSecsSinceEpoch());
        if (!exec(q))
            return false;
        won = q.numRowsAffected() == 1;
        return true;
    });
    return won;
}

QList<ScheduleOccurrence> ScheduleStore::retriesDue(const QDateTime &now)
{
    if (!ensureOpen())
        return {};
    QSqlQuery q(m_db->database());
    q.prepare(HistorySql::selectRetriesDue());
    q.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":stale"), now.addSecs(-StaleClaimSecs).toMSecsSinceEpoch());
    return readOccurrences(q);
}

bool ScheduleStore::failAbandoned(const QDateTime &now)
{
    return write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::failAbandoned());
        q.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":stale"), now.addSecs(-StaleClaimSecs).toMSecsSinceEpoch());
        return exec(q);
    });
}

bool ScheduleStore::recordExport(const QString &scheduleId, const QDateTime &occursAt, qint64 exportId)
{
    return write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::recordOccurrenceExport());
        bindKey(q, scheduleId, occursAt);
        q.bindValue(QStringLiteral(":claimer"), m_writerId);
        q.bindValue(QStringLiteral(":export_id"), exportId);
        return exec(q) && q.numRowsAffected() == 1;
    });
}

bool ScheduleStore::finish(const ScheduleOccurrence &o)
{
    return write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::finishOccurrence());
        bindKey(q, o.scheduleId, o.occursAt);
        q.bindValue(QStringLiteral(":claimer"), m_writerId);
        q.bindValue(QStringLiteral(":state"), ScheduleOccurrence::stateKey(o.state));
        q.bindValue(QStringLiteral(":next_attempt_at"), msOrNull(o.nextAttemptAt));
        q.bindValue(QStringLiteral(":error_kind"), textOrNull(o.errorKind));
        q.bindValue(QStringLiteral(":error_detail"), textOrNull(o.errorDetail));
        q.bindValue(QStringLiteral(":finished_at"), msOrNull(o.finishedAt));
        q.bindValue(QStringLiteral(":saved_path"), textOrNull(o.savedPath));
        q.bindValue(QStringLiteral(":saved_size"),
                    o.savedPath.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(o.savedSize));
        q.bindValue(QStringLiteral(":saved_sha256"), textOrNull(o.savedSha256));
        return exec(q) && q.numRowsAffected() == 1;
    });
}

bool ScheduleStore::setFileState(const QString &scheduleId, const QDateTime &occursAt,
                                 ScheduleOccurrence::FileState state)
{
    return write([&](qint64) {
        QSqlQuery q(m_db->database());
        q.prepare(HistorySql::setFileState());
        bindKey(q, scheduleId, occursAt);
        q.bindValue(QStringLiteral(":file_state"), textOrNull(ScheduleOccurrence::fileStateKey(state)));
        return exec(q);
    });
}

QList<ScheduleOccurrence> ScheduleStore::readOccurrences(QSqlQuery &q)
{
    QList<ScheduleOccurrence> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        result.append(ScheduleRows::occurrenceFrom(q));
    }
    return result;
}

std::optional<ScheduleOccurrence> ScheduleStore::occurrence(const QString &scheduleId, const QDateTime &occursAt)
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery q(m_db->database());
    q.prepare(HistorySql::selectOccurrence());
    bindKey(q, scheduleId, occursAt);
    const QList<ScheduleOccurrence> found = readOccurrences(q);
    return found.isEmpty() ? std::nullopt : std::optional<ScheduleOccurrence>(found.first());
}

QList<ScheduleOccurrence> ScheduleStore::occurrencesOf(const QString &sql, const QString &scheduleId)
{
    if (!ensureOpen())
        return {};
    QSqlQuery q(m_db->database());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":schedule_id"), scheduleId);
    return readOccurrences(q);
}

std::optional<ScheduleOccurrence> ScheduleStore::latestOccurrence(const QString &scheduleId)
{
    const QList<ScheduleOccurrence> found = occurrencesOf(HistorySql::selectLatestOccurrence(), scheduleId);
    return found.isEmpty() ? std::nullopt : std::optional<ScheduleOccurrence>(found.first());
}

QList<ScheduleOccurrence> ScheduleStore::occurrences(const QString &scheduleId)
{
    return occurrencesOf(HistorySql::selectOccurrences(), scheduleId);
}

QList<ScheduleOccurrence> ScheduleStore::keptFiles(const QString &scheduleId)
{
    return occurrencesOf(HistorySql::selectKeptFiles(), scheduleId);
}
