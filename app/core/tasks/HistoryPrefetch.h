#pragma once

#include "tasks/ExportTask.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QThread;

// Reads one profile's tasks on a thread of its own while the caller does
// something else: at a window's start the read overlaps building the window,
// which on two cores takes it off the time to the first painted window.
//
// The read is a guess made early: it is used only for the same profile and if
// nothing was written since (the revision counter is unchanged), so a legacy
// import, a repair or another process's write in between costs one more read,
// never a stale list.
class HistoryPrefetch final
{
public:
    // Starts reading at once. The file is opened read-only and never created,
    // migrated or repaired: that stays the job of TaskHistoryStore::open().
    HistoryPrefetch(const QString &databasePath, const QString &profileId);
    ~HistoryPrefetch(); // waits for the read
    Q_DISABLE_COPY_MOVE(HistoryPrefetch)

    // Waits for the read, then gives its tasks if they are the ones a read of
    // `profileId` at `revision` would give now.
    std::optional<QVector<ExportTask>> take(const QString &profileId, qint64 revision);

private:
    void read(const QString &databasePath);

    QString m_profileId;
    std::unique_ptr<QThread> m_thread;
    bool m_ok = false;
    qint64 m_revision = -1;
    QVector<ExportTask> m_tasks;
};
