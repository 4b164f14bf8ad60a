#include "tasks/TaskHistoryRecorder.h"

#include "tasks/TaskTableModel.h"

#include <QDir>

TaskHistoryRecorder::TaskHistoryRecorder(const QString &profileId, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_model(new TaskTableModel(this))
    , m_store(new TaskHistoryStore(this))
{
    if (!databasePath.isEmpty())
        m_store->setDatabasePath(databasePath);
    m_store->setWatchInterval(0); // it only writes: nobody to show others' changes to
    m_store->setTaskLookup([this](qint64 exportId) { return m_model->task(exportId); });
    connect(m_model, &TaskTableModel::tasksChanged, m_store, &TaskHistoryStore::markChanged);
    connect(m_model, &TaskTableModel::tasksTouched, m_store, &TaskHistoryStore::markChanged);
    connect(m_store, &TaskHistoryStore::saveFailed, this, [this](const QString &path, const QString &error) {
        Q_EMIT writeFailed(path + QStringLiteral(": ") + error);
    });
    m_loaded = m_store->open(profileId);
    m_model->resetTasks(std::move(m_loaded.tasks));
    m_loaded.tasks.clear();
}

TaskHistoryRecorder::~TaskHistoryRecorder()
{
    commit();
}

QString TaskHistoryRecorder::databasePath() const
{
    return m_store->databasePath();
}

void TaskHistoryRecorder::recordStarted(const ExportInfo &info, qint64 reportId, ExportType type)
{
    if (info.exportId <= 0)
        return;
    ExportTask task;
    task.exportId = info.exportId;
    task.reportId = reportId;
    task.exportType = type;
    task.exportTypeKnown = true;
    m_model->addTask(task);
    m_model->updateFromExportInfo(info);
    commit();
}

void TaskHistoryRecorder::recordStatus(const ExportInfo &info, bool addIfAbsent)
{
    if (info.exportId <= 0)
        return;
    if (!m_model->contains(info.exportId)) {
        if (!addIfAbsent)
            return;
        ExportTask task;
        task.exportId = info.exportId;
        m_model->addTask(task);
    }
    m_model->updateFromExportInfo(info);
    commit();
}

void TaskHistoryRecorder::recordSaved(const ExportInfo &info, const QString &filePath, qint64 size,
                                      const QString &sha256)
{
    recordStatus(info, true);
    m_model->setSavedFile(info.exportId, filePath, size, sha256);
    commit();
}

bool TaskHistoryRecorder::commit()
{
    if (m_store->flush())
        return true;
    Q_EMIT writeFailed(QDir::toNativeSeparators(m_store->databasePath()));
    return false;
}
