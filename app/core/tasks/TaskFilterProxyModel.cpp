#include "tasks/TaskFilterProxyModel.h"

#include "tasks/TaskTableModel.h"

#include <algorithm>
#include <optional>

namespace {

// Non-negative integer as text, without allocating.
bool numberContains(qint64 value, const QString &digits)
{
    char buffer[24];
    int length = 0;
    quint64 v = value < 0 ? 0 : static_cast<quint64>(value);
    do {
        buffer[length++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0);
    std::reverse(buffer, buffer + length);
    return QLatin1String(buffer, length).contains(digits);
}

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

template<typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 msecs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int compareTasks(const ExportTask &a, const ExportTask &b, int column)
{
    switch (column) {
    case TaskTableModel::ReportColumn:
        if (a.reportTitle.isEmpty() != b.reportTitle.isEmpty())
            return a.reportTitle.isEmpty() ? 1 : -1; // titled first
        if (!a.reportTitle.isEmpty())
            return compareText(a.reportTitle, b.reportTitle);
        return compareValues(a.reportId, b.reportId);
    case TaskTableModel::StatusColumn: return compareValues(static_cast<int>(a.status), static_cast<int>(b.status));
    case TaskTableModel::ExportDateColumn: return compareValues(a.exportDate, b.exportDate);
    case TaskTableModel::LinkExpiresColumn: return compareValues(msecs(a.urlExpiresAt), msecs(b.urlExpiresAt));
    case TaskTableModel::DownloadColumn: {
        const int byState = compareValues(static_cast<int>(a.download.state), static_cast<int>(b.download.state));
        return byState != 0 ? byState : compareValues(a.download.fraction(), b.download.fraction());
    }
    case TaskTableModel::LastCheckedColumn: return compareValues(msecs(a.lastChecked), msecs(b.lastChecked));
    default: return 0;
    }
}

} // namespace

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::RawValueRole);
    // Not DisplayRole: a retranslation (display texts only) must not re-filter 100k rows.
    setFilterRole(TaskTableModel::RawValueRole);
}

TaskFilterProxyModel::~TaskFilterProxyModel() = default;

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    auto *taskModel = qobject_cast<TaskTableModel *>(model);
    Q_ASSERT(model == nullptr || taskModel != nullptr);
    if (m_taskModel)
        disconnect(m_taskModel, nullptr, this, nullptr);
    m_taskModel = taskModel;
    m_sortKeysColumn = -1;
    if (m_taskModel) {
        // Connected before QSortFilterProxyModel's own handlers, so stale keys are
        // dropped before it re-sorts on a change.
        auto dropKeys = [this] { m_sortKeysColumn = -1; };
        connect(m_taskModel, &QAbstractItemModel::dataChanged, this, dropKeys);
        connect(m_taskModel, &QAbstractItemModel::rowsInserted, this, dropKeys);
        connect(m_taskModel, &QAbstractItemModel::rowsRemoved, this, dropKeys);
        connect(m_taskModel, &QAbstractItemModel::rowsMoved, this, dropKeys);
        connect(m_taskModel, &QAbstractItemModel::modelReset, this, dropKeys);
        connect(m_taskModel, &QAbstractItemModel::layoutChanged, this, dropKeys);
    }
    QSortFilterProxyModel::setSourceModel(taskModel);
    if (m_taskModel) {
        connect(m_taskModel, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(m_taskModel, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
        connect(m_taskModel, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    // Role-specific changes are retranslations and ageing texts: categories stay.
                    if (roles.isEmpty())
                        onDataChanged(topLeft, bottomRight);
                });
        connect(m_taskModel, &QAbstractItemModel::modelReset, this, &TaskFilterProxyModel::recountAll);
        connect(m_taskModel, &QAbstractItemModel::layoutChanged, this, &TaskFilterProxyModel::recountAll);
        connect(m_taskModel, &QAbstractItemModel::rowsMoved, this, &TaskFilterProxyModel::recountAll);
    }
    recountAll();
}

void TaskFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_textIsNumber = !m_text.isEmpty()
        && std::all_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    recountAll();
    invalidateRowsFilter();
}

int TaskFilterProxyModel::count(StatusFilter category) const
{
    if (category == StatusFilter::All)
        return m_counts[1] + m_counts[2] + m_counts[3] + m_counts[4];
    return m_counts[static_cast<int>(category)];
}

TaskFilterProxyModel::StatusFilter TaskFilterProxyModel::categoryOf(const ExportTask &task)
{
    if (task.isRejected())
        return StatusFilter::NotFound;
    if (task.status == ExportStatus::Failed || (task.hasError() && !task.isInProgress()))
        return task.status == ExportStatus::Succeeded ? StatusFilter::Succeeded : StatusFilter::Failed;
    if (task.status == ExportStatus::Succeeded)
        return StatusFilter::Succeeded;
    // Initializing, Exporting, and not-yet-known statuses are still being asked about.
    return StatusFilter::InProgress;
}

bool TaskFilterProxyModel::matchesText(const ExportTask &task) const
{
    if (m_text.isEmpty())
        return true;
    if (m_textIsNumber && (numberContains(task.exportId, m_text) || numberContains(task.reportId, m_text)))
        return true;
    return task.reportTitle.contains(m_text, Qt::CaseInsensitive);
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_taskModel || sourceParent.isValid())
        return false;
    const ExportTask &task = m_taskModel->taskAt(sourceRow);
    if (m_statusFilter != StatusFilter::All && categoryOf(task) != m_statusFilter)
        return false;
    return matchesText(task);
}

bool TaskFilterProxyModel::buildSortKeys(int column) const
{
    if (m_sortKeysColumn == column)
        return true;
    auto key = [column](const ExportTask &t) -> std::optional<qint64> {
        switch (column) {
        case TaskTableModel::ExportIdColumn: return t.exportId;
        case TaskTableModel::StatusColumn: return static_cast<qint64>(t.status);
        case TaskTableModel::LinkExpiresColumn: return msecs(t.urlExpiresAt);
        case TaskTableModel::LastCheckedColumn: return msecs(t.lastChecked);
        default: return std::nullopt;
        }
    };
    const QVector<ExportTask> &tasks = m_taskModel->tasks();
    if (tasks.isEmpty() || !key(tasks.first()))
        return false;
    m_sortKeys.resize(tasks.size());
    for (int row = 0; row < tasks.size(); ++row)
        m_sortKeys[row] = { *key(tasks.at(row)), tasks.at(row).exportId };
    m_sortKeysColumn = column;
    return true;
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_taskModel || sortRole() != TaskTableModel::RawValueRole)
        return QSortFilterProxyModel::lessThan(left, right);
    if (buildSortKeys(left.column())) {
        const SortKey &a = m_sortKeys.at(left.row());
        const SortKey &b = m_sortKeys.at(right.row());
        return a.primary != b.primary ? a.primary < b.primary : a.exportId < b.exportId;
    }
    // Straight from the tasks: going through QVariant costs several times more on 100k rows.
    const ExportTask &a = m_taskModel->taskAt(left.row());
    const ExportTask &b = m_taskModel->taskAt(right.row());
    const int c = compareTasks(a, b, left.column());
    if (c != 0)
        return c < 0;
    return a.exportId < b.exportId; // a stable, meaningful tie-break
}

qint8 TaskFilterProxyModel::slotOf(const ExportTask &task) const
{
    if (!matchesText(task))
        return -1;
    return static_cast<qint8>(categoryOf(task));
}

void TaskFilterProxyModel::applySlot(qint8 slot, int delta)
{
    if (slot >= 0)
        m_counts[slot] += delta;
}

void TaskFilterProxyModel::emitIfCountsChanged(const int (&before)[5])
{
    if (!std::equal(std::begin(before), std::end(before), std::begin(m_counts)))
        Q_EMIT countsChanged();
}

void TaskFilterProxyModel::recountAll()
{
    int before[5];
    std::copy(std::begin(m_counts), std::end(m_counts), std::begin(before));
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_slots.clear();
    if (m_taskModel) {
        const QVector<ExportTask> &tasks = m_taskModel->tasks();
        m_slots.resize(tasks.size());
        for (int row = 0; row < tasks.size(); ++row) {
            m_slots[row] = slotOf(tasks.at(row));
            applySlot(m_slots.at(row), 1);
        }
    }
    emitIfCountsChanged(before);
}

void TaskFilterProxyModel::onRowsInserted(int first, int last)
{
    int before[5];
    std::copy(std::begin(m_counts), std::end(m_counts), std::begin(before));
    QVector<qint8> inserted;
    inserted.reserve(last - first + 1);
    for (int row = first; row <= last; ++row) {
        inserted.append(slotOf(m_taskModel->taskAt(row)));
        applySlot(inserted.last(), 1);
    }
    m_slots.insert(first, inserted.size(), 0);
    std::copy(inserted.cbegin(), inserted.cend(), m_slots.begin() + first);
    emitIfCountsChanged(before);
}

void TaskFilterProxyModel::onRowsAboutToBeRemoved(int first, int last)
{
    int before[5];
    std::copy(std::begin(m_counts), std::end(m_counts), std::begin(before));
    for (int row = first; row <= last; ++row)
        applySlot(m_slots.at(row), -1);
    m_slots.remove(first, last - first + 1);
    emitIfCountsChanged(before);
}

void TaskFilterProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    int before[5];
    std::copy(std::begin(m_counts), std::end(m_counts), std::begin(before));
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const qint8 slot = slotOf(m_taskModel->taskAt(row));
        if (slot != m_slots.at(row)) {
            applySlot(m_slots.at(row), -1);
            applySlot(slot, 1);
            m_slots[row] = slot;
        }
    }
    emitIfCountsChanged(before);
}
