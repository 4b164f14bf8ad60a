#include "TaskTableLayout.h"

#include "tasks/TaskTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace {
// The order in which columns step aside when the window is narrow.
constexpr int SqueezeOrder[]
    = { TaskTableModel::LinkExpiresColumn, TaskTableModel::ExportDateColumn, TaskTableModel::FormatColumn };
} // namespace

TaskTableLayout::TaskTableLayout(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    setInitialWidths();
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
}

void TaskTableLayout::setInitialWidths()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_minReportWidth = width(QStringLiteral("Weekly security"));
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("0000")) + 16);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TaskTableModel::ReportColumn, QHeaderView::Stretch);
    // Room for the content and the (possibly Chinese) header, whichever is wider.
    const auto fitColumn = [&](int column, const QString &sample) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, qMax(width(sample), width(title) + 12));
    };
    fitColumn(TaskTableModel::ExportIdColumn, QStringLiteral("9999999999999"));
    fitColumn(TaskTableModel::FormatColumn, QStringLiteral("HTML"));
    fitColumn(TaskTableModel::StatusColumn, QStringLiteral("●  Initializing  ▒▒▒▒▒"));
    fitColumn(TaskTableModel::ExportDateColumn, QStringLiteral("2026-12-01"));
    fitColumn(TaskTableModel::LinkExpiresColumn, QStringLiteral("in 59 min"));
    fitColumn(TaskTableModel::LastCheckedColumn, QStringLiteral("2026-12-01 10:42"));
    // A running download: its line in the bar, and Cancel beside it (see DownloadDelegate).
    m_view->setColumnWidth(
        TaskTableModel::DownloadColumn,
        qMax(width(QStringLiteral("300 / 300 MiB · 100 %")) + width(tr("Cancel")) + 16,
             width(m_view->model()->headerData(TaskTableModel::DownloadColumn, Qt::Horizontal).toString()) + 12));
    // Format belongs beside the report it is a format of.
    header->moveSection(header->visualIndex(TaskTableModel::FormatColumn),
                        header->visualIndex(TaskTableModel::ReportColumn) + 1);
    m_view->setColumnHidden(TaskTableModel::LastCheckedColumn, true);
}

int TaskTableLayout::fixedWidth() const
{
    int sum = 0;
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        if (column != TaskTableModel::ReportColumn && !m_view->isColumnHidden(column))
            sum += m_view->columnWidth(column);
    }
    return sum;
}

void TaskTableLayout::fit()
{
    const int available = m_view->viewport()->width();
    // Narrower: squeeze in order until the Report column has its minimum.
    for (const int column : SqueezeOrder) {
        if (available - fixedWidth() >= m_minReportWidth)
            break;
        if (!m_view->isColumnHidden(column)) {
            m_squeezed.insert(column, m_view->columnWidth(column)); // a hidden column's width reads 0
            m_view->setColumnHidden(column, true);
        }
    }
    // Wider: bring back the last squeezed first, while it fits.
    for (auto it = std::rbegin(SqueezeOrder); it != std::rend(SqueezeOrder); ++it) {
        const int column = *it;
        if (!m_squeezed.contains(column))
            continue;
        if (available - fixedWidth() - m_squeezed.value(column) < m_minReportWidth)
            break;
        m_view->setColumnHidden(column, false);
        m_squeezed.remove(column);
    }
}

QByteArray TaskTableLayout::saveState() const
{
    for (auto it = m_squeezed.cbegin(); it != m_squeezed.cend(); ++it) {
        m_view->setColumnHidden(it.key(), false);
        m_view->setColumnWidth(it.key(), it.value());
    }
    const QByteArray state = m_view->horizontalHeader()->saveState();
    for (auto it = m_squeezed.cbegin(); it != m_squeezed.cend(); ++it)
        m_view->setColumnHidden(it.key(), true);
    return state;
}

bool TaskTableLayout::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport is compared with the pointer kept at the start: while the
    // view is being destroyed its children still send events, and asking the
    // half-destroyed view for its viewport would read freed memory.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}
