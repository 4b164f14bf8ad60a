#include "TaskTablePresenter.h"

#include "DownloadDelegate.h"
#include "StatusDelegate.h"
#include "TaskTableLayout.h"
#include "tasks/TaskFilterProxyModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <algorithm>

namespace {
constexpr int AnimationIntervalMs = 80;
constexpr int RelativeTimeIntervalMs = 30 * 1000;

TaskTableModel::RowAction rowActionFor(DownloadDelegate::CellAction action)
{
    using RowAction = TaskTableModel::RowAction;
    switch (action) {
    case DownloadDelegate::CellAction::Download: return RowAction::Download;
    case DownloadDelegate::CellAction::ExportAgain: return RowAction::ExportAgain;
    case DownloadDelegate::CellAction::Cancel: return RowAction::Cancel;
    case DownloadDelegate::CellAction::Open: return RowAction::Open;
    case DownloadDelegate::CellAction::None: break;
    }
    return RowAction::None;
}
} // namespace

TaskTablePresenter::TaskTablePresenter(TaskTableModel *model, TaskFilterProxyModel *proxy, QTableView *view,
                                       QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(view)
    , m_statusDelegate(new StatusDelegate(this))
    , m_downloadDelegate(new DownloadDelegate(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(TaskTableModel::StatusColumn, m_statusDelegate);
    m_view->setItemDelegateForColumn(TaskTableModel::DownloadColumn, m_downloadDelegate);
    m_view->setMouseTracking(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->sortByColumn(TaskTableModel::ExportIdColumn, Qt::DescendingOrder);
    m_layout = new TaskTableLayout(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaskTablePresenter::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TaskTableModel::DownloadColumn) // there the button took the click
            activateRow(index);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &TaskTablePresenter::showContextMenu);
    connect(m_downloadDelegate, &DownloadDelegate::actionTriggered, this,
            [this](const QModelIndex &index, DownloadDelegate::CellAction action) {
                Q_EMIT rowActionRequested(index.data(TaskTableModel::ExportIdRole).toLongLong(), rowActionFor(action));
            });

    // Enter on a row does what its button says; Tab leaves the table instead of
    // walking its cells.
    m_view->setTabKeyNavigation(false);
    auto *enter = new QAction(this);
    enter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    enter->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(enter);
    connect(enter, &QAction::triggered, this, [this] { activateRow(m_view->currentIndex()); });

    m_animationTimer.setInterval(AnimationIntervalMs);
    connect(&m_animationTimer, &QTimer::timeout, this, [this] {
        m_statusDelegate->setAnimationPhase(++m_animationPhase);
        m_view->viewport()->update();
    });
    m_relativeTimeTimer.setInterval(RelativeTimeIntervalMs);
    connect(&m_relativeTimeTimer, &QTimer::timeout, this, [this] {
        m_model->refreshRelativeTimes();
        updateRelativeTimeTimer(); // stops once no link is left to age
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateAnimationTimer();
        // A running timer re-checks on its own tick; a stopped one may need to
        // start for a link that just arrived.
        if (!m_relativeTimeTimer.isActive())
            updateRelativeTimeTimer();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TaskTablePresenter::updateTimers);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TaskTablePresenter::updateTimers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskTablePresenter::updateTimers);
    updateTimers();
}

void TaskTablePresenter::setContextMenu(const QList<QAction *> &actions, const RowActions &rowActions)
{
    m_menuActions = actions;
    m_rowActions = rowActions;
}

QList<qint64> TaskTablePresenter::selectedExportIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(TaskTableModel::ExportIdRole).toLongLong();
    return ids;
}

qint64 TaskTablePresenter::currentExportId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return index.data(TaskTableModel::ExportIdRole).toLongLong();
}

TaskTableModel::RowAction TaskTablePresenter::currentRowAction() const
{
    const ExportTask *task = m_model->task(currentExportId());
    return task ? TaskTableModel::rowAction(*task) : TaskTableModel::RowAction::None;
}

bool TaskTablePresenter::isShown(qint64 exportId) const
{
    const int sourceRow = m_model->rowOf(exportId);
    return sourceRow >= 0 && m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid();
}

void TaskTablePresenter::selectExportId(qint64 exportId)
{
    const int sourceRow = m_model->rowOf(exportId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool TaskTablePresenter::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return false;
    m_view->horizontalHeader()->restoreState(state);
    m_layout->fit();
    return true;
}

QByteArray TaskTablePresenter::saveHeaderState() const
{
    return m_layout->saveState();
}

void TaskTablePresenter::activateRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    // Enter does what the row's button says (TaskTableModel::rowAction).
    const auto action = static_cast<TaskTableModel::RowAction>(proxyIndex.data(TaskTableModel::RowActionRole).toInt());
    Q_EMIT rowActionRequested(proxyIndex.data(TaskTableModel::ExportIdRole).toLongLong(), action);
}

void TaskTablePresenter::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(m_view);
    for (QAction *action : std::as_const(m_menuActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    // The row's own action, in bold: what Enter and a double click would do.
    switch (currentRowAction()) {
    case TaskTableModel::RowAction::Download: menu.setDefaultAction(m_rowActions.download); break;
    case TaskTableModel::RowAction::Open: menu.setDefaultAction(m_rowActions.open); break;
    case TaskTableModel::RowAction::ExportAgain: menu.setDefaultAction(m_rowActions.exportAgain); break;
    case TaskTableModel::RowAction::Cancel: menu.setDefaultAction(m_rowActions.cancel); break;
    case TaskTableModel::RowAction::None: break;
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TaskTablePresenter::updateTimers()
{
    updateAnimationTimer();
    updateRelativeTimeTimer();
}

void TaskTablePresenter::updateAnimationTimer()
{
    const bool active
        = m_model->statusCount(ExportStatus::Initializing) + m_model->statusCount(ExportStatus::Exporting) > 0;
    if (active && !m_animationTimer.isActive())
        m_animationTimer.start();
    else if (!active)
        m_animationTimer.stop();
}

void TaskTablePresenter::updateRelativeTimeTimer()
{
    // "in 9 min" texts age only while some link has not expired yet; an idle
    // window with nothing running and only expired links runs no timer at all.
    const QDateTime now = m_model->now();
    const QVector<ExportTask> &tasks = m_model->tasks();
    const bool anyLiveLink = std::any_of(tasks.cbegin(), tasks.cend(), [&now](const ExportTask &task) {
        return task.urlExpiresAt.isValid() && task.urlExpiresAt > now;
    });
    if (anyLiveLink && !m_relativeTimeTimer.isActive())
        m_relativeTimeTimer.start();
    else if (!anyLiveLink)
        m_relativeTimeTimer.stop();
}
