#pragma once

#include "downloads/DownloadOptions.h"
#include "downloads/DownloadResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class DownloadJob;
class QNetworkAccessManager;

// Runs at most maxConcurrent() downloads at once (3 by default); the others wait
// in order, visibly Queued. Every signal names the ExportId it is about, and each
// enqueued download ends with exactly one finished().
class DownloadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    enum class State
    {
        None,
        Queued,
        Running,
    };

    static constexpr int DefaultMaxConcurrent = 3;

    explicit DownloadQueue(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DownloadQueue() override;

    void setMaxConcurrent(int count); // at least 1; raising it starts waiting downloads
    int maxConcurrent() const { return m_maxConcurrent; }
    void setOptions(const DownloadOptions &options) { m_options = options; }
    const DownloadOptions &options() const { return m_options; }

    // False (and nothing happens) when this export is already queued or running.
    // atFront: a retry of a download that already had its turn goes first.
    bool enqueue(qint64 exportId, const QUrl &url, const QString &targetPath, bool atFront = false);
    // False when nothing was queued or running for it; else finished(Cancelled) follows.
    bool cancel(qint64 exportId);
    void cancelAll();

    State state(qint64 exportId) const;
    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_waiting.size()); }

Q_SIGNALS:
    void queued(qint64 exportId);
    void started(qint64 exportId);
    void progress(qint64 exportId, qint64 received, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void finished(qint64 exportId, const DownloadResult &result);

private:
    struct Pending
    {
        qint64 exportId = 0;
        QUrl url; // signed: memory only
        QString targetPath;
    };

    void startWaiting();
    void startJob(const Pending &pending);
    void onJobFinished(qint64 exportId, DownloadJob *job, const DownloadResult &result);

    QNetworkAccessManager *m_network;
    DownloadOptions m_options;
    int m_maxConcurrent = DefaultMaxConcurrent;
    QList<Pending> m_waiting;
    QHash<qint64, DownloadJob *> m_running;
};
