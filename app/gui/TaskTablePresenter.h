#pragma once

#include "tasks/TaskTableModel.h"

#include <QObject>
#include <QTimer>

class DownloadDelegate;
class QAction;
class QTableView;
class StatusDelegate;
class TaskFilterProxyModel;
class TaskTableLayout;

// The export table: its model and delegates, its columns (TaskTableLayout),
// the selection, the context menu and what a row does when activated. A row's
// button, Enter, a double click and the context menu's bold entry all ask the
// model (TaskTableModel::rowAction) and report it as rowActionRequested(); the
// window carries it out. The two timers run only while there is something to
// animate or to age.
class TaskTablePresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTablePresenter)

public:
    // The actions the context menu shows for a row's action.
    struct RowActions
    {
        QAction *download;
        QAction *open;
        QAction *exportAgain;
        QAction *cancel;
    };

    TaskTablePresenter(TaskTableModel *model, TaskFilterProxyModel *proxy, QTableView *view, QObject *parent = nullptr);

    // The context menu: the row's own action in bold; nullptr is a separator.
    void setContextMenu(const QList<QAction *> &actions, const RowActions &rowActions);

    QList<qint64> selectedExportIds() const;
    qint64 currentExportId() const; // 0 unless the current row is selected
    TaskTableModel::RowAction currentRowAction() const; // None without a current task
    // Whether the filters let the task's row show.
    bool isShown(qint64 exportId) const;
    void selectExportId(qint64 exportId);

    // The header as the user left it; false when there was nothing to restore.
    bool restoreHeaderState(const QByteArray &state);
    QByteArray saveHeaderState() const;

Q_SIGNALS:
    void selectionChanged();
    // A row asked for `action` (None: it has nothing to do, Enter moves on).
    void rowActionRequested(qint64 exportId, TaskTableModel::RowAction action);

private:
    void activateRow(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void updateTimers();
    void updateAnimationTimer();
    void updateRelativeTimeTimer();

    TaskTableModel *m_model;
    TaskFilterProxyModel *m_proxy;
    QTableView *m_view;
    StatusDelegate *m_statusDelegate;
    DownloadDelegate *m_downloadDelegate;
    TaskTableLayout *m_layout;
    QList<QAction *> m_menuActions;
    RowActions m_rowActions {};
    QTimer m_animationTimer; // runs only while an export is in progress
    QTimer m_relativeTimeTimer; // ages "in 9 min" texts; runs only while links are known
    int m_animationPhase = 0;
};
