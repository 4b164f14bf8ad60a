#pragma once

#include "tasks/TaskTableModel.h"

#include <QList>
#include <QObject>

class AppContext;
class QStatusBar;
class QWidget;

// What the window does to tasks the user picked: run a row's action
// (TaskTableModel::rowAction), download into a chosen place, open a saved
// report or show its folder, remove after asking, cancel downloads, copy IDs.
// Dialogs open over `window`; short notes go to `statusBar`.
class TaskRowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRowActions)

public:
    TaskRowActions(AppContext *context, QWidget *window, QStatusBar *statusBar, QObject *parent = nullptr);

    // False when the row has nothing to do (a Download the task cannot take yet, or None).
    bool run(qint64 exportId, TaskTableModel::RowAction action);
    void download(qint64 exportId);
    void exportAgain(qint64 exportId);
    void openFile(qint64 exportId);
    void showInFolder(qint64 exportId);
    void remove(const QList<qint64> &exportIds);
    void cancelDownloads(const QList<qint64> &exportIds);
    void copyExportIds(const QList<qint64> &exportIds);
    void copyRequestId(qint64 exportId);

private:
    AppContext *m_context;
    QWidget *m_window;
    QStatusBar *m_statusBar;
};
