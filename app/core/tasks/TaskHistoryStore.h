#pragma once

#include "tasks/ExportTask.h"
#include "tasks/HistoryBatch.h"
#include "tasks/HistoryWriter.h"
#include "tasks/LegacyTaskImport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>
#include <functional>
#include <memory>

class HistoryDatabase;
class HistoryPrefetch;
class QSqlDatabase;
class QThread;
class QTimer;

// The export history of every profile, in one SQLite database shared by every
// window, reportdesk-cli and cron job of the user (HistoryDatabase).
//
// Reads run on the calling thread; writes are row-level (a changed task is one
// upsert, a removed one one update) and go to a HistoryWriter on its own
// thread in batches, so a poll round over thousands of exports is one
// transaction and the window never waits for the disk. A batch that fails
// (disk full, locked past every retry) stays pending and is retried with
// backoff: nothing is silently dropped. Rows written by other processes are
// picked up on a timer and announced with externalChanges().
// Download links and secrets are never written.
class TaskHistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskHistoryStore)

public:
    enum class LoadStatus
    {
        Loaded, // tasks read (possibly none)
        Corrupt, // the database was damaged: moved aside, starting empty
        NewerVersion, // written by a newer ReportDesk: read-only
        Unavailable, // cannot be opened or created: changes are kept in memory and retried
    };
    Q_ENUM(LoadStatus)

    struct LoadResult
    {
        LoadStatus status = LoadStatus::Loaded;
        QVector<ExportTask> tasks;
        QString movedAsidePath; // Corrupt: where the damaged file went (empty if it could not be moved)
        QString detail; // technical reason, not translated
        int schemaVersion = 0;
        int carriedOver = 0; // Corrupt, found after the start: exports still readable, written anew

        bool isProblem() const { return status != LoadStatus::Loaded; }
        // A sentence for the UI, translated when called; empty when all is well.
        QString message() const;
    };

    // What the first open took over from 0.1's JSON task files.
    using ImportReport = LegacyTaskImport::Report;

    using TaskLookup = std::function<const ExportTask *(qint64 exportId)>;

    explicit TaskHistoryStore(QObject *parent = nullptr);
    ~TaskHistoryStore() override;

    static QString defaultPath();
    // Before the first open(): where the database and 0.1's task files are.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    void setLegacyDirectory(const QString &directory);

    // How long changes are gathered before one write (default 200 ms), how long
    // "last checked"-only changes may wait (default 10 s), how often other
    // processes' changes are looked for (default 2 s; 0 stops looking).
    void setSaveDelay(int milliseconds);
    void setLazySaveDelay(int milliseconds);
    void setWatchInterval(int milliseconds);
    // Pauses looking for other processes' changes (a minimized window) and
    // resumes with a look at once.
    void setWatching(bool watching);
    // An instance id for the rows this store writes (default: a new UUID).
    QString writerId() const { return m_writerId; }

    // Where a changed task's current state comes from at write time (the model).
    void setTaskLookup(TaskLookup lookup);

    // Flushes, then reads the given profile's tasks. The first call opens the
    // database (importing 0.1's task files once).
    LoadResult open(const QString &profileId);
    // Starts reading a profile's tasks on another thread, for the open() of
    // the same profile that follows (see HistoryPrefetch).
    void prefetch(const QString &profileId);
    void close();
    QString profileId() const { return m_profileId; }
    bool isReadOnly() const;
    const ImportReport &lastImport() const { return m_import; }
    // Tasks waiting to be written (changed, removed, or in a batch not yet committed).
    int pendingCount() const;
    // Waits until every pending change is committed (at shutdown, before a
    // profile switch); false if some could not be (they stay pending).
    bool flush();

    // Tests: runs on the writer thread inside each write, before COMMIT.
    void setBeforeCommitHook(std::function<void()> hook);
    // Tests and diagnostics: runs on the writer's thread with its connection
    // (e.g. to limit the file's size and see a full disk). False when not open.
    bool withWriterConnection(const std::function<void(QSqlDatabase)> &function);

public Q_SLOTS:
    void markChanged(const QList<qint64> &exportIds);
    // Minor changes (only "last checked"): written within the lazy delay.
    void markTouched(const QList<qint64> &exportIds);
    void markRemoved(const QList<qint64> &exportIds);
    // Looks for rows other processes wrote since the last look (the timer calls this).
    void checkForExternalChanges();

Q_SIGNALS:
    void saved();
    // A write failed; the changes stay pending and are retried.
    void saveFailed(const QString &path, const QString &error);
    // Other processes changed or removed these tasks of the current profile.
    void externalChanges(const QVector<ExportTask> &changed, const QList<qint64> &removed);
    // The integrity check (run on the writer thread after opening, so that
    // start-up does not wait for it) found damage: the file was moved aside
    // and a new history started. The tasks in memory should be written anew
    // (markChanged) so that nothing readable is lost.
    void historyDamaged(const TaskHistoryStore::LoadResult &result);

private:
    bool ensureDatabase(LoadResult *result);
    void closeDatabase();
    void onIntegrityChecked(bool ok, const QString &problem);
    QVector<ExportTask> readTasks(bool *ok, QString *error);
    qint64 readRevision() const;
    void scheduleWrite(int delayMs);
    void sendBatch();
    HistoryBatch takeBatch();
    // Everything waiting: other profiles' snapshots first, then this profile's changes.
    QList<HistoryBatch> takeAllBatches();
    void noteWritten();
    void noteFailure(HistoryWriter::Failure failure, const QString &detail);
    void onWritten(quint64 batchId);
    void onWriteFailed(quint64 batchId, HistoryWriter::Failure failure, const QString &detail);
    void requeue(const HistoryBatch &batch);
    bool writeSynchronously(const HistoryBatch &batch);

    QString m_path;
    QString m_legacyDirectory;
    QString m_writerId;
    QString m_profileId;
    std::unique_ptr<HistoryDatabase> m_reader;
    std::unique_ptr<HistoryPrefetch> m_prefetch;
    QThread *m_thread = nullptr;
    HistoryWriter *m_writer = nullptr;
    bool m_databaseTried = false;
    LoadStatus m_databaseStatus = LoadStatus::Loaded;
    LoadResult m_openProblem;
    ImportReport m_import;
    TaskLookup m_lookup;

    QSet<qint64> m_changed;
    QSet<qint64> m_removed;
    QHash<quint64, HistoryBatch> m_inFlight;
    QList<HistoryBatch> m_laterBatches; // snapshots of another profile, or failed at a profile switch
    quint64 m_nextBatchId = 1;
    qint64 m_seenRevision = 0;
    bool m_failing = false;
    int m_retryDelayMs = 0;

    QTimer *m_writeTimer;
    QTimer *m_watchTimer;
    bool m_watching = true;
    int m_saveDelayMs = 200;
    int m_lazySaveDelayMs = 10000;
    std::function<void()> m_beforeCommit;
};
