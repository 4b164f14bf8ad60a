#pragma once

#include "api/ExportInfo.h"
#include "downloads/CachedLink.h"
#include "downloads/DownloadResult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class ApiReply;
class DownloadQueue;
class SecurityCenterClient;

// The "fresh link per click" policy. A download first asks DescribeReportExport
// for a new link when there is none, when it has expired or expires within
// ExpiryMarginSeconds, or when the last answer is older than MaxLinkAgeSeconds;
// then it goes through the DownloadQueue. A "Request has expired." answer from
// the storage triggers one more DescribeReportExport and one retry. The link is
// not kept here: the caller gives the one it holds (CachedLink) and is handed a
// fresh one with linkReceived(). Signed links stay in memory and are never logged.
class DownloadCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadCoordinator)

public:
    static constexpr int ExpiryMarginSeconds = 60;
    static constexpr int MaxLinkAgeSeconds = 180;

    DownloadCoordinator(SecurityCenterClient *client, DownloadQueue *queue, QObject *parent = nullptr);
    ~DownloadCoordinator() override;

    // False when a download of this export is already under way.
    bool download(qint64 exportId, const QString &targetPath, const CachedLink &cached = CachedLink());
    // False when nothing was under way; else finished(Cancelled) follows (at once).
    bool cancel(qint64 exportId);
    bool isActive(qint64 exportId) const { return m_active.contains(exportId); }

    // Test hook: "now" in UTC.
    void setClock(std::function<QDateTime()> clock);

    static bool needsFreshLink(const CachedLink &link, const QDateTime &nowUtc);
    // expiresAt, else the link's own Expires parameter (epoch seconds), else invalid.
    static QDateTime linkExpiry(const CachedLink &link);
    // The link exactly as the service sent it (rawBody's DownloadUrl), else info.downloadUrl.
    static QUrl downloadUrlOf(const ExportInfo &info);

Q_SIGNALS:
    void linkRequested(qint64 exportId);
    // A fresh DescribeReportExport answer (its link included: keep it in memory only,
    // where the next download() finds it; downloadUrlOf(info) is the link as sent).
    void linkReceived(qint64 exportId, const ExportInfo &info);
    void queued(qint64 exportId);
    void started(qint64 exportId);
    void progress(qint64 exportId, qint64 received, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void finished(qint64 exportId, const DownloadResult &result);

private:
    struct Active
    {
        QString targetPath;
        bool retried = false;
        QPointer<ApiReply> linkReply; // DescribeReportExport in flight, if any
    };

    void requestLink(qint64 exportId);
    void onLinkReply(qint64 exportId, ApiReply *reply);
    void enqueue(qint64 exportId, const QUrl &url);
    void onQueueFinished(qint64 exportId, const DownloadResult &result);
    void finish(qint64 exportId, DownloadResult result);
    QDateTime now() const;

    SecurityCenterClient *m_client;
    DownloadQueue *m_queue;
    std::function<QDateTime()> m_clock;
    QHash<qint64, Active> m_active;
};
