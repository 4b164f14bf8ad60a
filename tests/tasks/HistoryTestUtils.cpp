#include "HistoryTestUtils.h"

#include <QFile>

QVector<ExportTask> sampleHistoryTasks(int count, qint64 firstId)
{
    QVector<ExportTask> tasks;
    const QDateTime base(QDate(2026, 11, 28), QTime(10, 31, 5, 123), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        ExportTask t;
        t.exportId = firstId + i;
        t.reportId = 377665;
        t.reportTitle = QStringLiteral("Weekly \"security\" report\\%1 \t每日安全日报 🛡").arg(i);
        t.exportType = i % 2 ? ExportType::Pdf : ExportType::Html;
        t.exportTypeKnown = true;
        t.status = ExportStatus::Succeeded;
        t.rawStatus = QStringLiteral("2");
        t.exportDate = QStringLiteral("2026-11-28");
        t.fileName = QStringLiteral("weekly_%1.html").arg(i);
        t.urlExpiresAt = base.addSecs(3600);
        t.lastChecked = base.addSecs(61);
        t.createdAt = base;
        t.lastError = { QStringLiteral("ServerError"), QStringLiteral("line1\nline2 服务繁忙"),
                        QStringLiteral("REQ-%1").arg(i), 500 };
        t.history = { { ExportStatus::Initializing, QStringLiteral("0"), base },
                      { ExportStatus::Succeeded, QStringLiteral("success"), base.addSecs(60) } };
        t.savedFilePath = QStringLiteral("/home/me/下载/weekly %1.html").arg(i);
        t.savedFileSize = 1024 + i;
        t.savedFileSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        t.savedAt = base.addSecs(120);
        t.downloadUrl
            = QUrl(QStringLiteral("https://bucket.oss-cn-hangzhou.aliyuncs.com/r?Expires=1&Signature=SECRETSIG"));
        t.download.state = DownloadProgress::State::Downloading;
        t.download.received = 10;
        tasks.append(t);
    }
    return tasks;
}

TaskListForStore::TaskListForStore(TaskHistoryStore *store)
    : m_store(store)
{
    m_store->setTaskLookup([this](qint64 id) { return find(id); });
}

void TaskListForStore::add(const ExportTask &task)
{
    m_tasks.insert(task.exportId, task);
    m_store->markChanged({ task.exportId });
}

void TaskListForStore::update(const ExportTask &task)
{
    add(task);
}

void TaskListForStore::remove(qint64 exportId)
{
    m_tasks.remove(exportId);
    m_store->markRemoved({ exportId });
}

const ExportTask *TaskListForStore::find(qint64 exportId) const
{
    const auto it = m_tasks.constFind(exportId);
    return it == m_tasks.cend() ? nullptr : &it.value();
}

QByteArray historyFileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}
