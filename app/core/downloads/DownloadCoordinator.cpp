#include "downloads/DownloadCoordinator.h"

#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "downloads/DownloadJob.h"
#include "downloads/DownloadQueue.h"

#include <QJsonValue>
#include <QUrlQuery>

DownloadCoordinator::DownloadCoordinator(SecurityCenterClient *client, DownloadQueue *queue, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_queue(queue)
{
    connect(m_queue, &DownloadQueue::queued, this, [this](qint64 id) {
        if (isActive(id))
            Q_EMIT queued(id);
    });
    connect(m_queue, &DownloadQueue::started, this, [this](qint64 id) {
        if (isActive(id))
            Q_EMIT started(id);
    });
    connect(m_queue, &DownloadQueue::progress, this,
            [this](qint64 id, qint64 received, qint64 total, double speed, qint64 eta) {
                if (isActive(id))
                    Q_EMIT progress(id, received, total, speed, eta);
            });
    connect(m_queue, &DownloadQueue::finished, this, &DownloadCoordinator::onQueueFinished);
}

DownloadCoordinator::~DownloadCoordinator()
{
    for (const Active &active : std::as_const(m_active)) {
        if (active.linkReply) {
            active.linkReply->disconnect(this);
            active.linkReply->cancel();
            active.linkReply->deleteLater();
        }
    }
}

void DownloadCoordinator::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime DownloadCoordinator::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool DownloadCoordinator::download(qint64 exportId, const QString &targetPath, const CachedLink &cached)
{
    if (isActive(exportId) || m_queue->state(exportId) != DownloadQueue::State::None)
        return false;
    Active active;
    active.targetPath = targetPath;
    m_active.insert(exportId, active);

    // The caller owns the link (the task keeps it); a fresh one goes back to it through linkReceived().
    if (needsFreshLink(cached, now()))
        requestLink(exportId);
    else
        enqueue(exportId, cached.url);
    return true;
}

bool DownloadCoordinator::cancel(qint64 exportId)
{
    if (!isActive(exportId))
        return false;
    const QPointer<ApiReply> reply = m_active.value(exportId).linkReply;
    if (!reply)
        return m_queue->cancel(exportId); // finished(Cancelled) comes back through onQueueFinished
    m_active[exportId].linkReply = nullptr; // so its finished(), even a synchronous one, is ignored
    reply->cancel();
    DownloadResult result;
    result.kind = DownloadResult::Kind::Cancelled;
    finish(exportId, result);
    return true;
}

bool DownloadCoordinator::needsFreshLink(const CachedLink &link, const QDateTime &nowUtc)
{
    if (link.url.isEmpty() || !link.url.isValid())
        return true;
    const QDateTime expiry = linkExpiry(link);
    if (expiry.isValid() && expiry <= nowUtc.addSecs(ExpiryMarginSeconds))
        return true;
    // Links may be revoked or shortened without notice: an old answer is not trusted.
    return !link.answeredAt.isValid() || link.answeredAt.secsTo(nowUtc) > MaxLinkAgeSeconds;
}

QDateTime DownloadCoordinator::linkExpiry(const CachedLink &link)
{
    if (link.expiresAt.isValid())
        return link.expiresAt;
    bool ok = false;
    const qint64 seconds = QUrlQuery(link.url).queryItemValue(QStringLiteral("Expires")).toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

QUrl DownloadCoordinator::downloadUrlOf(const ExportInfo &info)
{
    const QString raw = info.rawBody.value(QLatin1String("DownloadUrl")).toString().trimmed();
    const QUrl exact = DownloadJob::urlFromEncoded(raw.toUtf8());
    return exact.isValid() && !raw.isEmpty() ? exact : info.downloadUrl;
}

void DownloadCoordinator::requestLink(qint64 exportId)
{
    ApiReply *reply = m_client->describeReportExport(exportId);
    m_active[exportId].linkReply = reply;
    connect(reply, &ApiReply::finished, this, [this, exportId, reply] { onLinkReply(exportId, reply); });
    Q_EMIT linkRequested(exportId);
}

void DownloadCoordinator::onLinkReply(qint64 exportId, ApiReply *reply)
{
    reply->deleteLater();
    auto it = m_active.find(exportId);
    if (it == m_active.end() || it->linkReply != reply)
        return; // cancelled meanwhile
    it->linkReply = nullptr;

    const ExportInfo &info = reply->exportInfo();
    const QUrl url = reply->error().isError() ? QUrl() : downloadUrlOf(info);
    if (url.isEmpty()) {
        DownloadResult result;
        const bool cancelled = reply->error().kind == ApiError::Kind::Cancelled;
        result.kind = cancelled ? DownloadResult::Kind::Cancelled : DownloadResult::Kind::LinkUnavailable;
        result.apiError = reply->error();
        result.detail = info.rawStatus;
        finish(exportId, result);
        return;
    }
    Q_EMIT linkReceived(exportId, info);
    enqueue(exportId, url);
}

void DownloadCoordinator::enqueue(qint64 exportId, const QUrl &url)
{
    // Plain HTTP links are the simulator's: trusted only while the API itself is local.
    DownloadOptions options = m_queue->options();
    options.allowLoopbackHttp = m_client->endpoint().url().scheme() == QLatin1String("http")
        && ApiEndpoint::isLoopbackHost(m_client->endpoint().url().host());
    m_queue->setOptions(options);
    const Active &active = m_active[exportId];
    if (!m_queue->enqueue(exportId, url, active.targetPath, active.retried)) {
        DownloadResult result;
        result.kind = DownloadResult::Kind::Cancelled;
        result.detail = QStringLiteral("AlreadyQueued");
        finish(exportId, result);
    }
}

void DownloadCoordinator::onQueueFinished(qint64 exportId, const DownloadResult &result)
{
    auto it = m_active.find(exportId);
    if (it == m_active.end())
        return; // someone else's download on the shared queue
    if (result.kind == DownloadResult::Kind::LinkExpired && !it->retried) {
        it->retried = true;
        requestLink(exportId);
        return;
    }
    finish(exportId, result);
}

void DownloadCoordinator::finish(qint64 exportId, DownloadResult result)
{
    result.filePath = m_active.value(exportId).targetPath;
    m_active.remove(exportId);
    Q_EMIT finished(exportId, result);
}
