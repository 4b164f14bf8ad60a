#include "downloads/DownloadQueue.h"

#include "downloads/DownloadJob.h"

#include <QNetworkAccessManager>

DownloadQueue::DownloadQueue(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

DownloadQueue::~DownloadQueue()
{
    // Jobs are children: their destructors abort the transfer and discard the temp file.
    for (DownloadJob *job : std::as_const(m_running))
        job->disconnect(this);
}

void DownloadQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    startWaiting();
}

bool DownloadQueue::enqueue(qint64 exportId, const QUrl &url, const QString &targetPath, bool atFront)
{
    if (state(exportId) != State::None)
        return false;
    const Pending pending { exportId, url, targetPath };
    if (atFront)
        m_waiting.prepend(pending);
    else
        m_waiting.append(pending);
    Q_EMIT queued(exportId);
    startWaiting();
    return true;
}

bool DownloadQueue::cancel(qint64 exportId)
{
    if (DownloadJob *job = m_running.value(exportId)) {
        job->cancel(); // finished() comes through onJobFinished
        return true;
    }
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).exportId != exportId)
            continue;
        DownloadResult result;
        result.kind = DownloadResult::Kind::Cancelled;
        result.filePath = m_waiting.at(i).targetPath;
        m_waiting.removeAt(i);
        Q_EMIT finished(exportId, result);
        return true;
    }
    return false;
}

void DownloadQueue::cancelAll()
{
    // Waiting ones first, so cancelling a running one does not start them.
    while (!m_waiting.isEmpty())
        cancel(m_waiting.constFirst().exportId);
    const QList<qint64> running = m_running.keys();
    for (const qint64 exportId : running)
        cancel(exportId);
}

DownloadQueue::State DownloadQueue::state(qint64 exportId) const
{
    if (m_running.contains(exportId))
        return State::Running;
    for (const Pending &pending : m_waiting) {
        if (pending.exportId == exportId)
            return State::Queued;
    }
    return State::None;
}

void DownloadQueue::startWaiting()
{
    while (!m_waiting.isEmpty() && m_running.size() < m_maxConcurrent)
        startJob(m_waiting.takeFirst());
}

void DownloadQueue::startJob(const Pending &pending)
{
    auto *job = new DownloadJob(m_network, pending.url, pending.targetPath, this);
    job->setOptions(m_options);
    const qint64 exportId = pending.exportId;
    m_running.insert(exportId, job);
    connect(job, &DownloadJob::progress, this,
            [this, exportId](qint64 received, qint64 total, double speed, qint64 eta) {
                Q_EMIT progress(exportId, received, total, speed, eta);
            });
    connect(job, &DownloadJob::finished, this,
            [this, exportId, job](const DownloadResult &result) { onJobFinished(exportId, job, result); });
    Q_EMIT started(exportId);
    job->start();
}

void DownloadQueue::onJobFinished(qint64 exportId, DownloadJob *job, const DownloadResult &result)
{
    m_running.remove(exportId);
    job->disconnect(this);
    job->deleteLater();
    // Removed before telling anyone, so a listener may enqueue the same export again (a retry).
    Q_EMIT finished(exportId, result);
    startWaiting();
}
