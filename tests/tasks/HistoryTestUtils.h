#pragma once

#include "tasks/ExportTask.h"
#include "tasks/TaskHistoryStore.h"

#include <QHash>
#include <QList>
#include <QVector>

// Tasks with every persistent field set (Chinese, quotes, newlines) and the
// in-memory ones too, so a test can tell what is kept from what must not be.
QVector<ExportTask> sampleHistoryTasks(int count, qint64 firstId = 1000);

// A store over a plain list of tasks: what a model would be for it.
class TaskListForStore
{
public:
    explicit TaskListForStore(TaskHistoryStore *store);
    void add(const ExportTask &task);
    void update(const ExportTask &task);
    void remove(qint64 exportId);
    const ExportTask *find(qint64 exportId) const;

private:
    TaskHistoryStore *m_store;
    QHash<qint64, ExportTask> m_tasks;
};

// The raw bytes of the database and its write-ahead log.
QByteArray historyFileBytes(const QString &path);
