#include "tasks/TaskDownloads.h"

#include "api/ExportInfo.h"
#include "downloads/CachedLink.h"
#include "downloads/DownloadCoordinator.h"
#include "downloads/DownloadQueue.h"
#include "downloads/DownloadResult.h"
#include "tasks/DownloadError.h"
#include "tasks/TaskTableModel.h"

#include <QNetworkAccessManager>

namespace {
constexpr qint64 SteadyAfterMs = 3000;
}

TaskDownloads::TaskDownloads(QNetworkAccessManager *network, SecurityCenterClient *client, TaskTableModel *model,
                             QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_queue(new DownloadQueue(network ? network : new QNetworkAccessManager(this), this))
    , m_coordinator(new DownloadCoordinator(client, m_queue, this))
{
    auto setState = [this](qint64 exportId, DownloadProgress::State state) {
        DownloadProgress progress;
        if (const ExportTask *task = m_model->task(exportId))
            progress = task->download;
        progress.state = state;
        m_model->setDownloadProgress(exportId, progress);
    };
    connect(m_coordinator, &DownloadCoordinator::linkRequested, this,
            [setState](qint64 exportId) { setState(exportId, DownloadProgress::State::Queued); });
    connect(m_coordinator, &DownloadCoordinator::queued, this,
            [setState](qint64 exportId) { setState(exportId, DownloadProgress::State::Queued); });
    connect(m_coordinator, &DownloadCoordinator::started, this, [this](qint64 exportId) {
        DownloadProgress progress;
        progress.state = DownloadProgress::State::Downloading;
        m_started[exportId].start();
        m_model->setDownloadProgress(exportId, progress);
    });
    connect(m_coordinator, &DownloadCoordinator::progress, this,
            [this](qint64 exportId, qint64 received, qint64 total, double bytesPerSecond, qint64 etaSeconds) {
                DownloadProgress progress;
                progress.state = DownloadProgress::State::Downloading;
                progress.received = received;
                progress.total = total;
                progress.bytesPerSecond = static_cast<qint64>(bytesPerSecond);
                // The first seconds' speed says little (a burst from a buffer, a slow
                // start): no time left until it has had time to settle.
                const auto started = m_started.constFind(exportId);
                const bool steady = started != m_started.cend() && started->elapsed() >= SteadyAfterMs;
                progress.secondsLeft = steady && etaSeconds >= 1 ? etaSeconds : -1;
                m_model->setDownloadProgress(exportId, progress);
            });
    connect(m_coordinator, &DownloadCoordinator::linkReceived, this, [this](qint64, const ExportInfo &info) {
        // The task is the link's one owner: it keeps the link exactly as the service sent it.
        ExportInfo exact = info;
        exact.downloadUrl = DownloadCoordinator::downloadUrlOf(info);
        m_model->updateFromExportInfo(exact);
    });
    connect(m_coordinator, &DownloadCoordinator::finished, this, &TaskDownloads::onFinished);
}

bool TaskDownloads::download(qint64 exportId, const QString &targetPath)
{
    const ExportTask *task = m_model->task(exportId);
    if (!task)
        return false;
    CachedLink cached;
    cached.url = task->downloadUrl;
    cached.expiresAt = task->urlExpiresAt;
    cached.answeredAt = task->lastChecked;
    return m_coordinator->download(exportId, targetPath, cached);
}

bool TaskDownloads::cancel(qint64 exportId)
{
    return m_coordinator->cancel(exportId);
}

int TaskDownloads::activeCount() const
{
    return m_queue->runningCount() + m_queue->queuedCount();
}

void TaskDownloads::setMaxParallel(int count)
{
    m_queue->setMaxConcurrent(count);
}

void TaskDownloads::onFinished(qint64 exportId, const DownloadResult &result)
{
    m_started.remove(exportId);
    DownloadProgress progress;
    if (result.isSuccess()) {
        progress.state = DownloadProgress::State::Saved;
        progress.received = result.bytesReceived;
        progress.total = result.bytesReceived;
        m_model->setSavedFile(exportId, result.filePath, result.bytesReceived, result.sha256);
        m_model->setDownloadProgress(exportId, progress);
        Q_EMIT downloadSaved(exportId, result.filePath);
        return;
    }
    // A cancel is the user's own doing: the row simply returns to its button.
    progress.state = result.kind == DownloadResult::Kind::Cancelled ? DownloadProgress::State::None
                                                                    : DownloadProgress::State::Failed;
    m_model->setDownloadProgress(exportId, progress);
    if (result.kind != DownloadResult::Kind::Cancelled) {
        m_model->setError(exportId, DownloadError::taskError(result));
        Q_EMIT downloadFailed(exportId, result);
    }
}
