#pragma once

#include "tasks/ExportTask.h"

#include <QSqlDatabase>
#include <QVector>

// Reads all live tasks of one profile with their status history: the one hot
// read of the history (a window's start, a profile switch).
//
// On a QSQLITE connection it steps the statements through SQLite's C API on
// the driver's own handle (QSqlDriver::handle(), which Qt documents for this):
// QSqlQuery turns every column of every row into a QVariant first, which made
// 100,000 tasks take 400 ms to read instead of about 60. Other drivers (a
// PostgreSQL history one day) take the portable QSqlQuery path with the same
// statements (HistorySql).
class TaskBulkReader final
{
public:
    static bool read(const QSqlDatabase &db, const QString &profile, QVector<ExportTask> *tasks, QString *error);
    // The portable path, also used by tests to check both give the same tasks.
    static bool readPortable(const QSqlDatabase &db, const QString &profile, QVector<ExportTask> *tasks,
                             QString *error);

    TaskBulkReader() = delete;
};
