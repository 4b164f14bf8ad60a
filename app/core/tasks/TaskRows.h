#pragma once

#include "tasks/ExportTask.h"

#include <QHash>
#include <QVector>

class QSqlQuery;

// Converts between ExportTask and the rows of the history's tables (HistorySql).
// Download links and progress are in memory only and never bound.
class TaskRows final
{
public:
    // Binds every column of HistorySql::upsertTask() / insertTaskIfAbsent().
    static void bindTask(QSqlQuery &query, const QString &profile, const ExportTask &task, qint64 revision,
                         const QString &writer);
    // One row of HistorySql::selectTasks(), in TaskRowColumn order.
    static ExportTask readTask(const QSqlQuery &query);
    // True when the row read by readTask() is a removal.
    static bool isRemoved(const QSqlQuery &query);
    static qint64 revisionOf(const QSqlQuery &query);

    // Writes a task's status history: upserts every entry, drops any beyond it.
    // With ifAbsent, existing entries are kept (the import never overwrites).
    static bool writeHistory(QSqlQuery &upsert, QSqlQuery &trim, const QString &profile, const ExportTask &task,
                             QString *error);
    // Rows of HistorySql::selectHistory() into the tasks they belong to.
    static void readHistory(QSqlQuery &query, QVector<ExportTask> *tasks, const QHash<qint64, int> &rowById);

    TaskRows() = delete;
};
