#pragma once

#include "tasks/ExportTask.h"

#include <QSqlDatabase>
#include <QVector>

// Reads all live tasks of one profile with their status history: the one hot
// read of the history (a window's start, a profile switch).
//
// On a QSQLITE database it steps the statements of HistorySql through
// SQLite's C API on the driver's handle, the status history on a read-only
// connection of its own beside it on a second thread: QSqlQuery turns every
// column of every row into a QVariant first, which made 100,000 tasks take
// 400 ms to read instead of under 100. A profile holding a good share of the
// history is read by a table scan and sorted afterwards if need be, not through
// the primary-key index (a second b-tree lookup per row). Other drivers (a
// PostgreSQL history one day) take the portable QSqlQuery path.
class TaskBulkReader final
{
public:
    // From this many tasks on, the history is read on a second thread.
    static constexpr int SplitAbove = 2000;

    static bool read(const QSqlDatabase &db, const QString &profile, QVector<ExportTask> *tasks, QString *error);
    // The portable path, also used by tests to check both give the same tasks.
    static bool readPortable(const QSqlDatabase &db, const QString &profile, QVector<ExportTask> *tasks,
                             QString *error);

    TaskBulkReader() = delete;
};
