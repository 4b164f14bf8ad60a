#pragma once

#include "api/ExportInfo.h"
#include "api/ExportType.h"
#include "tasks/TaskHistoryStore.h"

#include <QObject>

class TaskTableModel;

// Records exports that someone other than the window's TaskController runs (a
// reportdesk-cli command, a scheduled export) in the export history of one
// profile: the exports started, what is learned about them, the files saved.
// Its own model and store (TaskTableModel, TaskHistoryStore), so the rows are the
// ones the window would have written, under a writer id of their own: an open
// window picks them up as another writer's within its watch interval. Every
// record is committed at once: a process killed afterwards loses nothing.
class TaskHistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskHistoryRecorder)

public:
    // Empty databasePath: TaskHistoryStore::defaultPath().
    explicit TaskHistoryRecorder(const QString &profileId, const QString &databasePath = QString(),
                                 QObject *parent = nullptr);
    ~TaskHistoryRecorder() override;

    // How opening the history went (isProblem(), message()).
    const TaskHistoryStore::LoadResult &loadResult() const { return m_loaded; }
    QString databasePath() const;

    void recordStarted(const ExportInfo &info, qint64 reportId, ExportType type);
    // A status answer: kept when the export is in the history (or added when asked).
    void recordStatus(const ExportInfo &info, bool addIfAbsent);
    void recordSaved(const ExportInfo &info, const QString &filePath, qint64 size, const QString &sha256);
    // Writes what is pending; false (and writeFailed) when it could not be.
    bool commit();

Q_SIGNALS:
    // The history could not be written (raw detail, not translated).
    void writeFailed(const QString &detail);

private:
    TaskTableModel *m_model;
    TaskHistoryStore *m_store;
    TaskHistoryStore::LoadResult m_loaded;
};
