#include "tasks/TaskHistoryStore.h"

#include "tasks/HistoryDatabase.h"
#include "tasks/HistoryPrefetch.h"
#include "tasks/HistorySql.h"
#include "tasks/LegacyTaskImport.h"
#include "tasks/TaskBulkReader.h"
#include "tasks/TaskRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVariant>

namespace {

constexpr int MaxRetryDelayMs = 60000;
constexpr int IntegrityCheckDelayMs = 1500;

QString failureText(HistoryWriter::Failure failure, const QString &detail)
{
    switch (failure) {
    case HistoryWriter::Failure::DiskFull: return QStringLiteral("disk full: ") + detail;
    case HistoryWriter::Failure::Busy: return QStringLiteral("locked by another program: ") + detail;
    case HistoryWriter::Failure::Corrupt: return QStringLiteral("database damaged: ") + detail;
    case HistoryWriter::Failure::Other:
    case HistoryWriter::Failure::None: break;
    }
    return detail;
}

} // namespace

QString TaskHistoryStore::LoadResult::message() const
{
    switch (status) {
    case LoadStatus::Corrupt:
        if (movedAsidePath.isEmpty())
            return QCoreApplication::translate("TaskStore",
                                               "The export history could not be read and could not be moved "
                                               "aside. Changes are kept only until ReportDesk closes.");
        if (carriedOver > 0)
            return QCoreApplication::translate("TaskStore",
                                               "The export history was damaged. It was kept as %1; the %n "
                                               "export(s) still readable were written to a new history.",
                                               nullptr, carriedOver)
                .arg(QDir::toNativeSeparators(movedAsidePath));
        return QCoreApplication::translate("TaskStore",
                                           "The export history was damaged. It was kept as %1 and ReportDesk "
                                           "started with an empty history.")
            .arg(QDir::toNativeSeparators(movedAsidePath));
    case LoadStatus::NewerVersion:
        return QCoreApplication::translate("TaskStore",
                                           "The export history was written by a newer version of ReportDesk "
                                           "(schema %1). It is shown as far as understood but will not be "
                                           "changed: changes are not saved.")
            .arg(schemaVersion);
    case LoadStatus::Unavailable:
        return QCoreApplication::translate("TaskStore",
                                           "The export history cannot be opened (%1). Changes are kept and "
                                           "saved as soon as it can be written.")
            .arg(detail);
    case LoadStatus::Loaded: break;
    }
    return {};
}

TaskHistoryStore::TaskHistoryStore(QObject *parent)
    : QObject(parent)
    , m_path(defaultPath())
    , m_legacyDirectory(LegacyTaskImport::defaultDirectory())
    , m_writerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_writeTimer(new QTimer(this))
    , m_watchTimer(new QTimer(this))
{
    m_writeTimer->setSingleShot(true);
    connect(m_writeTimer, &QTimer::timeout, this, &TaskHistoryStore::sendBatch);
    m_watchTimer->setInterval(2000);
    connect(m_watchTimer, &QTimer::timeout, this, &TaskHistoryStore::checkForExternalChanges);
}

TaskHistoryStore::~TaskHistoryStore()
{
    flush();
    closeDatabase();
}

QString TaskHistoryStore::defaultPath()
{
    return HistoryDatabase::defaultPath();
}

void TaskHistoryStore::setDatabasePath(const QString &path)
{
    m_path = path;
}

void TaskHistoryStore::setLegacyDirectory(const QString &directory)
{
    m_legacyDirectory = directory;
}

void TaskHistoryStore::setSaveDelay(int milliseconds)
{
    m_saveDelayMs = milliseconds;
}

void TaskHistoryStore::setLazySaveDelay(int milliseconds)
{
    m_lazySaveDelayMs = milliseconds;
}

void TaskHistoryStore::setWatchInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_watchTimer->stop();
        m_watchTimer->setInterval(0);
        return;
    }
    m_watchTimer->setInterval(milliseconds);
    if (m_watching && !m_profileId.isEmpty() && m_reader && m_reader->isOpen())
        m_watchTimer->start();
}

void TaskHistoryStore::setWatching(bool watching)
{
    if (watching == m_watching)
        return;
    m_watching = watching;
    if (!watching) {
        m_watchTimer->stop();
        return;
    }
    if (m_watchTimer->interval() > 0 && !m_profileId.isEmpty()) {
        checkForExternalChanges();
        m_watchTimer->start();
    }
}

void TaskHistoryStore::setTaskLookup(TaskLookup lookup)
{
    m_lookup = std::move(lookup);
}

void TaskHistoryStore::setBeforeCommitHook(std::function<void()> hook)
{
    m_beforeCommit = std::move(hook);
    if (m_writer) {
        HistoryWriter *writer = m_writer;
        std::function<void()> copy = m_beforeCommit;
        QMetaObject::invokeMethod(
            writer, [writer, copy] { writer->setBeforeCommitHook(copy); }, Qt::BlockingQueuedConnection);
    }
}

bool TaskHistoryStore::withWriterConnection(const std::function<void(QSqlDatabase)> &function)
{
    if (!m_writer)
        return false;
    HistoryWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, &function] { function(writer->database()); }, Qt::BlockingQueuedConnection);
    return true;
}

bool TaskHistoryStore::isReadOnly() const
{
    return m_databaseStatus == LoadStatus::NewerVersion;
}

bool TaskHistoryStore::ensureDatabase(LoadResult *result)
{
    if (m_reader && m_reader->isOpen() && (m_writer || isReadOnly()))
        return true;
    if (!m_reader)
        m_reader = std::make_unique<HistoryDatabase>(
            QStringLiteral("reportdesk-history-reader-%1").arg(reinterpret_cast<quintptr>(this)));
    HistoryDatabase::State state = m_reader->open(m_path);
    if (state == HistoryDatabase::State::Corrupt) {
        m_reader->close();
        result->status = LoadStatus::Corrupt;
        result->detail = m_reader->errorText();
        result->movedAsidePath = HistoryDatabase::moveAside(m_path);
        state = result->movedAsidePath.isEmpty() ? HistoryDatabase::State::Failed : m_reader->open(m_path);
    }
    result->schemaVersion = m_reader->schemaVersion();
    if (state == HistoryDatabase::State::NewerVersion) {
        m_databaseStatus = LoadStatus::NewerVersion;
        result->status = LoadStatus::NewerVersion;
        return true;
    }
    if (state != HistoryDatabase::State::Ready) {
        m_databaseStatus = LoadStatus::Unavailable;
        if (result->status == LoadStatus::Loaded)
            result->status = LoadStatus::Unavailable;
        result->detail = m_reader->errorText();
        return false;
    }
    m_databaseStatus = LoadStatus::Loaded;
    m_import = LegacyTaskImport::importAll(m_reader->database(), m_legacyDirectory, m_writerId);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("HistoryWriter"));
    m_writer = new HistoryWriter(m_writerId);
    m_writer->moveToThread(m_thread);
    connect(m_writer, &HistoryWriter::written, this, &TaskHistoryStore::onWritten);
    connect(m_writer, &HistoryWriter::writeFailed, this, &TaskHistoryStore::onWriteFailed);
    connect(m_writer, &HistoryWriter::integrityChecked, this, &TaskHistoryStore::onIntegrityChecked);
    m_thread->start();
    HistoryWriter *writer = m_writer;
    const QString path = m_path;
    const std::function<void()> hook = m_beforeCommit;
    HistoryDatabase::State writerState = HistoryDatabase::State::Closed;
    QMetaObject::invokeMethod(
        writer,
        [writer, path, hook, &writerState] {
            writer->setBeforeCommitHook(hook);
            writerState = writer->open(path);
        },
        Qt::BlockingQueuedConnection);
    if (writerState != HistoryDatabase::State::Ready) {
        m_databaseStatus = LoadStatus::Unavailable;
        result->status = LoadStatus::Unavailable;
        result->detail = QStringLiteral("the history cannot be written");
        return true;
    }
    // A full integrity check reads the whole file (about 200 ms for 100,000
    // tasks): it runs on the writer's thread once the first load is shown,
    // instead of holding up the start.
    QMetaObject::invokeMethod(writer, [writer] { writer->checkIntegrityLater(IntegrityCheckDelayMs); });
    return true;
}

void TaskHistoryStore::closeDatabase()
{
    if (m_thread) {
        HistoryWriter *writer = m_writer;
        QMetaObject::invokeMethod(
            writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_writer;
        delete m_thread;
        m_writer = nullptr;
        m_thread = nullptr;
    }
    if (m_reader)
        m_reader->close();
}

void TaskHistoryStore::onIntegrityChecked(bool ok, const QString &problem)
{
    if (ok)
        return;
    m_writeTimer->stop();
    closeDatabase();
    // What was pending belongs to the tasks in memory, which are written anew below.
    m_changed.clear();
    m_removed.clear();
    m_inFlight.clear();
    m_laterBatches.clear();
    LoadResult damage;
    damage.status = LoadStatus::Corrupt;
    damage.detail = problem;
    damage.movedAsidePath = HistoryDatabase::moveAside(m_path);
    LoadResult reopened;
    if (damage.movedAsidePath.isEmpty() || !ensureDatabase(&reopened) || !m_writer)
        m_databaseStatus = LoadStatus::Unavailable;
    m_seenRevision = readRevision();
    Q_EMIT historyDamaged(damage);
}

TaskHistoryStore::LoadResult TaskHistoryStore::open(const QString &profileId)
{
    close();
    LoadResult result;
    m_profileId = profileId;
    if (profileId.isEmpty())
        return result;
    if (!m_databaseTried) {
        m_databaseTried = true;
        if (!ensureDatabase(&result))
            return result;
        m_openProblem = result; // the first open tells; later ones (profile switches) do not repeat it
    } else if (!ensureDatabase(&result)) {
        return result;
    }
    if (isReadOnly())
        result.status = LoadStatus::NewerVersion;
    m_seenRevision = readRevision();
    bool ok = false;
    QString error;
    std::optional<QVector<ExportTask>> prefetched;
    if (m_prefetch) {
        prefetched = m_prefetch->take(profileId, m_seenRevision);
        m_prefetch.reset();
    }
    if (prefetched) {
        result.tasks = std::move(*prefetched);
        ok = true;
    } else {
        result.tasks = readTasks(&ok, &error);
    }
    if (!ok) {
        result.tasks.clear();
        result.status = LoadStatus::Unavailable;
        result.detail = error;
    }
    if (m_watching && m_watchTimer->interval() > 0)
        m_watchTimer->start();
    return result;
}

void TaskHistoryStore::prefetch(const QString &profileId)
{
    m_prefetch = std::make_unique<HistoryPrefetch>(m_path, profileId);
}

void TaskHistoryStore::close()
{
    if (!flush() && !m_profileId.isEmpty()) {
        // Still pending after a failed write: keep them as they are now, for this profile.
        HistoryBatch batch = takeBatch();
        if (!batch.isEmpty())
            m_laterBatches.append(batch);
    }
    m_watchTimer->stop();
    m_profileId.clear();
}

qint64 TaskHistoryStore::readRevision() const
{
    if (!m_reader || !m_reader->isOpen())
        return 0;
    QSqlQuery query(m_reader->database());
    if (!query.exec(HistorySql::selectRevision()) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QVector<ExportTask> TaskHistoryStore::readTasks(bool *ok, QString *error)
{
    QVector<ExportTask> tasks;
    *ok = TaskBulkReader::read(m_reader->database(), m_profileId, &tasks, error);
    return tasks;
}

int TaskHistoryStore::pendingCount() const
{
    qsizetype count = m_changed.size() + m_removed.size();
    for (const HistoryBatch &batch : m_inFlight)
        count += batch.upserts.size() + batch.removals.size();
    for (const HistoryBatch &batch : m_laterBatches)
        count += batch.upserts.size() + batch.removals.size();
    return static_cast<int>(count);
}

void TaskHistoryStore::markChanged(const QList<qint64> &exportIds)
{
    if (m_profileId.isEmpty() || isReadOnly())
        return;
    for (qint64 id : exportIds) {
        m_changed.insert(id);
        m_removed.remove(id);
    }
    scheduleWrite(m_saveDelayMs);
}

void TaskHistoryStore::markTouched(const QList<qint64> &exportIds)
{
    if (m_profileId.isEmpty() || isReadOnly())
        return;
    for (qint64 id : exportIds)
        m_changed.insert(id);
    if (!m_writeTimer->isActive())
        scheduleWrite(m_lazySaveDelayMs);
}

void TaskHistoryStore::markRemoved(const QList<qint64> &exportIds)
{
    if (m_profileId.isEmpty() || isReadOnly())
        return;
    for (qint64 id : exportIds) {
        m_removed.insert(id);
        m_changed.remove(id);
    }
    scheduleWrite(m_saveDelayMs);
}

void TaskHistoryStore::scheduleWrite(int delayMs)
{
    const int delay = std::max(delayMs, m_retryDelayMs);
    // Not restarted on every change: under constant churn a write still happens every interval.
    if (!m_writeTimer->isActive() || m_writeTimer->remainingTime() > delay)
        m_writeTimer->start(delay);
}

HistoryBatch TaskHistoryStore::takeBatch()
{
    HistoryBatch batch;
    batch.id = m_nextBatchId++;
    batch.profile = m_profileId;
    // In ExportId order: rows then lie in the file in the order a load reads them.
    QList<qint64> ids(m_changed.cbegin(), m_changed.cend());
    std::sort(ids.begin(), ids.end());
    batch.upserts.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (const ExportTask *task = m_lookup ? m_lookup(id) : nullptr)
            batch.upserts.append(*task);
    }
    batch.removals = QList<qint64>(m_removed.cbegin(), m_removed.cend());
    m_changed.clear();
    m_removed.clear();
    return batch;
}

void TaskHistoryStore::sendBatch()
{
    if (isReadOnly() || (m_profileId.isEmpty() && m_laterBatches.isEmpty()))
        return;
    if (!m_writer) {
        LoadResult ignored;
        if (!ensureDatabase(&ignored) || !m_writer) {
            onWriteFailed(0, HistoryWriter::Failure::Other, ignored.detail);
            return;
        }
    }
    HistoryWriter *writer = m_writer;
    for (const HistoryBatch &batch : takeAllBatches()) {
        m_inFlight.insert(batch.id, batch);
        QMetaObject::invokeMethod(
            writer, [writer, batch] { writer->writeQueued(batch); }, Qt::QueuedConnection);
    }
}

QList<HistoryBatch> TaskHistoryStore::takeAllBatches()
{
    QList<HistoryBatch> batches = std::exchange(m_laterBatches, {});
    if (!m_profileId.isEmpty())
        batches.append(takeBatch());
    batches.removeIf([](const HistoryBatch &batch) { return batch.isEmpty(); });
    return batches;
}

void TaskHistoryStore::noteWritten()
{
    m_retryDelayMs = 0;
    m_failing = false;
    Q_EMIT saved();
}

void TaskHistoryStore::noteFailure(HistoryWriter::Failure failure, const QString &detail)
{
    if (!m_failing) // one message per streak of failures, not one per retry
        Q_EMIT saveFailed(QDir::toNativeSeparators(m_path), failureText(failure, detail));
    m_failing = true;
}

void TaskHistoryStore::onWritten(quint64 batchId)
{
    m_inFlight.remove(batchId);
    noteWritten();
}

void TaskHistoryStore::onWriteFailed(quint64 batchId, HistoryWriter::Failure failure, const QString &detail)
{
    const auto it = m_inFlight.find(batchId);
    if (it != m_inFlight.end()) {
        requeue(it.value());
        m_inFlight.erase(it);
    }
    m_retryDelayMs = std::min(MaxRetryDelayMs, std::max(1000, m_retryDelayMs * 2));
    noteFailure(failure, detail);
    scheduleWrite(m_retryDelayMs);
}

void TaskHistoryStore::requeue(const HistoryBatch &batch)
{
    if (batch.profile != m_profileId) {
        // The list moved on to another profile meanwhile: the snapshot is written as it was.
        m_laterBatches.append(batch);
        return;
    }
    // The ids go back to pending: the next batch takes the tasks as they are then.
    for (const ExportTask &task : batch.upserts) {
        if (!m_removed.contains(task.exportId))
            m_changed.insert(task.exportId);
    }
    for (qint64 id : batch.removals) {
        if (!m_changed.contains(id))
            m_removed.insert(id);
    }
}

bool TaskHistoryStore::writeSynchronously(const HistoryBatch &batch)
{
    if (!m_writer)
        return false;
    HistoryWriter *writer = m_writer;
    bool ok = false;
    HistoryWriter::Failure failure = HistoryWriter::Failure::None;
    QString detail;
    QMetaObject::invokeMethod(
        writer, [writer, &batch, &ok, &failure, &detail] { ok = writer->write(batch, &failure, &detail); },
        Qt::BlockingQueuedConnection);
    if (!ok)
        noteFailure(failure, detail);
    return ok;
}

bool TaskHistoryStore::flush()
{
    m_writeTimer->stop();
    if (!m_writer) {
        return m_changed.isEmpty() && m_removed.isEmpty() && m_inFlight.isEmpty();
    }
    // Batches already queued finish first (the writer works in order); their
    // results are then delivered here before anything else happens.
    HistoryWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (isReadOnly())
        return true;
    bool allWritten = true;
    for (const HistoryBatch &batch : takeAllBatches()) {
        if (writeSynchronously(batch))
            continue;
        allWritten = false;
        requeue(batch);
    }
    if (!allWritten) {
        scheduleWrite(std::max(1000, m_retryDelayMs));
        return false;
    }
    noteWritten();
    return true;
}

void TaskHistoryStore::checkForExternalChanges()
{
    if (m_profileId.isEmpty() || !m_reader || !m_reader->isOpen())
        return;
    const qint64 revision = readRevision();
    if (revision <= m_seenRevision)
        return;
    // This window's own pending changes are newer than what another wrote before.
    QSet<qint64> pending = m_changed;
    pending.unite(m_removed);
    for (const HistoryBatch &batch : std::as_const(m_inFlight)) {
        for (const ExportTask &task : batch.upserts)
            pending.insert(task.exportId);
        for (qint64 id : batch.removals)
            pending.insert(id);
    }
    QVector<ExportTask> changed;
    QList<qint64> removed;
    qint64 highest = revision;
    if (!TaskRows::readChangedSince(m_reader->database(), m_profileId, m_seenRevision, m_writerId, pending, &changed,
                                    &removed, &highest))
        return; // looked for again at the next tick
    m_seenRevision = highest;
    if (!changed.isEmpty() || !removed.isEmpty())
        Q_EMIT externalChanges(changed, removed);
}
