#pragma once

#include "tasks/ExportTask.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
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
    // The tasks of profile that writers other than writer changed after revision
    // since (with their status history), skipping the ids in skip; removals
    // apart. *highest grows to the newest revision seen. False if the query failed.
    static bool readChangedSince(QSqlDatabase db, const QString &profile, qint64 since, const QString &writer,
                                 const QSet<qint64> &skip, QVector<ExportTask> *changed, QList<qint64> *removed,
                                 qint64 *highest);
    // Rows of HistorySql::selectHistory() into the tasks they belong to.
    static void readHistory(QSqlQuery &query, QVector<ExportTask> *tasks, const QHash<qint64, int> &rowById);

    TaskRows() = delete;
};
