#pragma once

#include "tasks/HistoryBatch.h"
#include "tasks/HistoryDatabase.h"

#include <QObject>
#include <functional>

// Writes batches of task changes into the history, one transaction each, on
// the thread it lives on (TaskHistoryStore gives it its own, so a slow disk or
// another process holding the lock never blocks the window). Every write takes
// the next revision number and records which instance wrote the rows, so that
// readers find what others changed.
class QTimer;

class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    enum class Failure
    {
        None,
        Busy, // another process kept the lock past the busy timeout, every attempt
        DiskFull,
        Corrupt,
        Other,
    };
    Q_ENUM(Failure)

    // Attempts per batch when the database stays locked (each waits BusyTimeoutMs).
    static constexpr int MaxAttempts = 3;

    explicit HistoryWriter(const QString &writerId, QObject *parent = nullptr);
    ~HistoryWriter() override;

    // These run on the writer's thread (call them through QMetaObject::invokeMethod).
    HistoryDatabase::State open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isWritable(); }
    QSqlDatabase database() const { return m_db.database(); }
    // Runs PRAGMA integrity_check on the open database.
    bool checkIntegrity(QString *problem);
    // Writes one batch; on failure nothing of it is kept (the transaction is rolled back).
    bool write(const HistoryBatch &batch, Failure *failure, QString *detail);
    // Tests: runs inside the transaction after the rows, before COMMIT.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

    // Writes a batch in this thread's own transaction (also used by the JSON import).
    static bool writeInTransaction(QSqlDatabase db, const HistoryBatch &batch, const QString &writerId,
                                   bool keepExisting, const std::function<void()> &beforeCommit, QString *error,
                                   QSqlError *sqlError);

Q_SIGNALS:
    void integrityChecked(bool ok, const QString &problem);
    void written(quint64 batchId);
    void writeFailed(quint64 batchId, HistoryWriter::Failure failure, const QString &detail);

public:
    // Queued entry points: report through the signals.
    void writeQueued(const HistoryBatch &batch);
    void checkIntegrityQueued();
    // checkIntegrityQueued() after a delay, on a timer of the writer's own: a
    // one-shot timer left in a thread that ends before it fires is never freed.
    void checkIntegrityLater(int delayMs);

private:
    QString m_writerId;
    HistoryDatabase m_db;
    std::function<void()> m_beforeCommit;
    QTimer *m_integrityTimer = nullptr; // created on the writer's thread
};
