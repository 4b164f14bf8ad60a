#include "CliHistory.h"

#include "downloads/DownloadResult.h"
#include "tasks/TaskHistoryStore.h"
#include "tasks/TaskTableModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>

CliHistory::CliHistory(const QString &profileId, QIODevice *warnings, QObject *parent)
    : QObject(parent)
    , m_model(new TaskTableModel(this))
    , m_store(new TaskHistoryStore(this))
    , m_warnings(warnings)
{
    m_store->setWatchInterval(0); // a run is short: nobody to show others' changes to
    m_store->setTaskLookup([this](qint64 exportId) { return m_model->task(exportId); });
    connect(m_model, &TaskTableModel::tasksChanged, m_store, &TaskHistoryStore::markChanged);
    connect(m_model, &TaskTableModel::tasksTouched, m_store, &TaskHistoryStore::markChanged);
    connect(m_store, &TaskHistoryStore::saveFailed, this,
            [this](const QString &path, const QString &error) { warn(path + QStringLiteral(": ") + error); });
    TaskHistoryStore::LoadResult loaded = m_store->open(profileId);
    if (loaded.isProblem())
        warn(loaded.message());
    m_model->resetTasks(std::move(loaded.tasks));
}

CliHistory::~CliHistory()
{
    commit();
}

void CliHistory::recordStarted(const ExportInfo &info, qint64 reportId, ExportType type)
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

void CliHistory::recordStatus(const ExportInfo &info, bool addIfAbsent)
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

void CliHistory::recordSaved(const ExportInfo &info, const DownloadResult &result)
{
    recordStatus(info, true);
    m_model->setSavedFile(info.exportId, result.filePath, result.bytesReceived, result.sha256);
    commit();
}

void CliHistory::commit()
{
    if (!m_store->flush())
        warn(QDir::toNativeSeparators(m_store->databasePath()));
}

void CliHistory::warn(const QString &detail)
{
    // Once: the export itself went through, the history is what is missing.
    if (m_warned || !m_warnings)
        return;
    m_warned = true;
    const QString text
        = QCoreApplication::translate("Cli", "Warning: this run could not be recorded in the export history (%1).")
              .arg(detail)
        + QLatin1Char('\n');
    m_warnings->write(text.toUtf8());
}
