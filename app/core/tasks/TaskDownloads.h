#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class DownloadCoordinator;
class DownloadQueue;
class QNetworkAccessManager;
class SecurityCenterClient;
class TaskTableModel;
struct DownloadResult;

// The downloads of the task list, owned by TaskController (reached as
// TaskController::downloads()), so the controller and this child are the
// model's only writers. Starts a download with the task's own link (the one
// place a link lives: ExportTask::downloadUrl and urlExpiresAt; the coordinator
// decides whether it is fresh enough), mirrors queue/progress/result into the
// row, writes a fresh link from DescribeReportExport back into the task (in
// memory only) and remembers where the report was saved. A failure is kept as
// its kind and raw detail (DownloadError), worded when shown.
class TaskDownloads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDownloads)

public:
    // network may be null: then the downloads use a manager of their own (tests).
    TaskDownloads(QNetworkAccessManager *network, SecurityCenterClient *client, TaskTableModel *model,
                  QObject *parent = nullptr);

    bool download(qint64 exportId, const QString &targetPath);
    bool cancel(qint64 exportId);
    int activeCount() const;
    void setMaxParallel(int count);

    DownloadQueue *queue() const { return m_queue; }
    DownloadCoordinator *coordinator() const { return m_coordinator; }

Q_SIGNALS:
    void downloadSaved(qint64 exportId, const QString &path);
    void downloadFailed(qint64 exportId, const DownloadResult &result);

private:
    void onFinished(qint64 exportId, const DownloadResult &result);

    TaskTableModel *m_model;
    DownloadQueue *m_queue;
    DownloadCoordinator *m_coordinator;
    QHash<qint64, QElapsedTimer> m_started; // running downloads: since when (is the speed steady yet?)
};
