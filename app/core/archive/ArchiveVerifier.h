#pragma once

#include "archive/ArchiveCheck.h"
#include "archive/ArchiveEntry.h"

#include <QObject>
#include <QVector>

#include <atomic>

class QThread;

// Re-hashes the saved report files and compares each with its record in the history.
// The files are read and hashed (SHA-256, the downloads' Sha256) on a thread of the
// verifier's own, in chunks, so a window stays responsive over gigabytes of reports
// and cancel() takes effect within one chunk. Results arrive on the verifier's thread.
class ArchiveVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveVerifier)

public:
    // Read at a time: large enough to hash at disk speed, small enough to stop at once.
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    explicit ArchiveVerifier(QObject *parent = nullptr);
    // Cancels and waits for the thread (at most one chunk).
    ~ArchiveVerifier() override;

    // Starts checking; returns at once. Ignored while a check runs.
    void start(const QVector<ArchiveEntry> &entries);
    // Stops after the chunk being hashed; finished() follows with wasCancelled().
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int totalCount() const { return m_entries.size(); }
    // The recorded sizes added up (what progress' bytes goes towards).
    qint64 totalBytes() const { return m_totalBytes; }
    int checkedCount() const { return m_checked; }
    int differingCount() const { return m_differing; }

Q_SIGNALS:
    // done files of total; bytes read so far over all files.
    void progress(int done, int total, qint64 bytes);
    void entryChecked(const ArchiveCheck &check);
    void finished();

private:
    void work();
    ArchiveCheck check(const ArchiveEntry &entry, qint64 *bytesRead);
    void report(const ArchiveCheck &check, int done, qint64 bytes);
    void reportProgress(int done, qint64 bytes);
    void onThreadFinished();

    QVector<ArchiveEntry> m_entries; // written before the thread starts, only read while it runs
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested { false };
    qint64 m_totalBytes = 0;
    int m_checked = 0;
    int m_differing = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
