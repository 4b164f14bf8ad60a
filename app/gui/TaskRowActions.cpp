#include "TaskRowActions.h"

#include "AppContext.h"
#include "SaveLocationChooser.h"
#include "downloads/SavedReport.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

TaskRowActions::TaskRowActions(AppContext *context, QWidget *window, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_statusBar(statusBar)
{
}

bool TaskRowActions::run(qint64 exportId, TaskTableModel::RowAction action)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    switch (action) {
    case TaskTableModel::RowAction::Download:
        if (!task || task->status != ExportStatus::Succeeded)
            return false;
        download(exportId);
        return true;
    case TaskTableModel::RowAction::Open: openFile(exportId); return true;
    case TaskTableModel::RowAction::ExportAgain: exportAgain(exportId); return true;
    case TaskTableModel::RowAction::Cancel: cancelDownloads({ exportId }); return true;
    case TaskTableModel::RowAction::None: break;
    }
    return false;
}

void TaskRowActions::download(qint64 exportId)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    if (!task || task->status != ExportStatus::Succeeded)
        return;
    const QString target = SaveLocationChooser::choose(m_window, *task);
    if (target.isEmpty())
        return;
    m_context->downloads()->download(exportId, target);
}

void TaskRowActions::exportAgain(qint64 exportId)
{
    if (exportId)
        m_context->tasks()->exportAgain(exportId);
}

void TaskRowActions::openFile(qint64 exportId)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    if (!task || task->savedFilePath.isEmpty())
        return;
    const QString path = task->savedFilePath;
    if (!QFileInfo::exists(path)) {
        // Moved or deleted: the row offers Download again, and says why.
        m_context->tasks()->noteSavedFileMissing(exportId);
        m_statusBar->showMessage(tr("%1 is no longer there (moved or deleted). Download the report again.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 15000);
        return;
    }
    if (!SavedReport::canOpen(path)) {
        m_statusBar->showMessage(tr("ReportDesk opens only the HTML and PDF reports it saved."), 15000);
        return;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    QMessageBox box(QMessageBox::Information, tr("Cannot open the report"),
                    tr("No application can open this file:\n%1").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, m_window);
    QPushButton *show = box.addButton(tr("Show in folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == show)
        showInFolder(exportId);
}

void TaskRowActions::showInFolder(qint64 exportId)
{
    const ExportTask *task = m_context->tasks()->model()->task(exportId);
    if (task && QFileInfo::exists(task->savedFilePath))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(task->savedFilePath).absolutePath()));
}

void TaskRowActions::remove(const QList<qint64> &exportIds)
{
    if (exportIds.isEmpty())
        return;
    const auto answer
        = QMessageBox::question(m_window, tr("Remove exports"),
                                tr("Remove %n export(s) from the list? Downloaded files stay where they are.", nullptr,
                                   static_cast<int>(exportIds.size())));
    if (answer != QMessageBox::Yes)
        return;
    cancelDownloads(exportIds);
    m_context->tasks()->remove(exportIds);
}

void TaskRowActions::cancelDownloads(const QList<qint64> &exportIds)
{
    for (const qint64 id : exportIds)
        m_context->downloads()->cancel(id);
}

void TaskRowActions::copyExportIds(const QList<qint64> &exportIds)
{
    QStringList ids;
    for (const qint64 id : exportIds)
        ids << QString::number(id);
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void TaskRowActions::copyRequestId(qint64 exportId)
{
    const QString requestId = m_context->tasks()->lastRequestId(exportId);
    if (!requestId.isEmpty())
        QGuiApplication::clipboard()->setText(requestId);
}
