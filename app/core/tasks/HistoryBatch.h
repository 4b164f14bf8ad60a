#pragma once

#include "tasks/ExportTask.h"

#include <QList>
#include <QString>
#include <QVector>

// One transaction's worth of changes to one profile's tasks: rows to insert or
// update (whole tasks, as the model has them now) and rows to mark removed.
struct HistoryBatch
{
    quint64 id = 0;
    QString profile;
    QVector<ExportTask> upserts;
    QList<qint64> removals;

    bool isEmpty() const { return upserts.isEmpty() && removals.isEmpty(); }
};
