#include "DownloadDelegate.h"

#include "api/ExportStatus.h"
#include "tasks/ExportTask.h"
#include "tasks/TaskTableModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr int ButtonMargin = 3;

DownloadProgress::State downloadState(const QModelIndex &index)
{
    return static_cast<DownloadProgress::State>(index.data(TaskTableModel::DownloadStateRole).toInt());
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

DownloadDelegate::DownloadDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

DownloadDelegate::CellAction DownloadDelegate::actionFor(const QModelIndex &index)
{
    // The model decides (TaskTableModel::rowAction); the delegate only draws it.
    using RowAction = TaskTableModel::RowAction;
    switch (static_cast<RowAction>(index.data(TaskTableModel::RowActionRole).toInt())) {
    case RowAction::Download: return CellAction::Download;
    case RowAction::ExportAgain: return CellAction::ExportAgain;
    case RowAction::Cancel: return CellAction::Cancel;
    case RowAction::Open: return CellAction::Open;
    case RowAction::None: break;
    }
    return CellAction::None;
}

QString DownloadDelegate::buttonText(CellAction action)
{
    switch (action) {
    case CellAction::Download: return tr("Download");
    case CellAction::ExportAgain: return tr("Export again");
    case CellAction::Cancel: return tr("Cancel");
    case CellAction::Open: return tr("Open");
    case CellAction::None: break;
    }
    return {};
}

bool DownloadDelegate::buttonEnabled(const QModelIndex &index)
{
    const auto status = static_cast<ExportStatus>(index.data(TaskTableModel::StatusRole).toInt());
    return actionFor(index) != CellAction::Download || status == ExportStatus::Succeeded;
}

bool DownloadDelegate::isRunning(const QModelIndex &index)
{
    const DownloadProgress::State state = downloadState(index);
    return state == DownloadProgress::State::Downloading || state == DownloadProgress::State::Queued;
}

QRect DownloadDelegate::buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString text = buttonText(actionFor(index));
    const int width = option.fontMetrics.horizontalAdvance(text) + 24;
    const QRect cell = option.rect.adjusted(ButtonMargin, ButtonMargin, -ButtonMargin, -ButtonMargin);
    // A running download's Cancel sits at the right end, after its bar.
    if (isRunning(index))
        return QRect(cell.right() - qMin(width, cell.width()) + 1, cell.top(), qMin(width, cell.width()),
                     cell.height());
    return QRect(cell.left(), cell.top(), qMin(width, cell.width()), cell.height());
}

void DownloadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    if (isRunning(index))
        paintProgress(painter, option, index);
    paintButton(painter, option, index);
}

void DownloadDelegate::paintButton(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const CellAction action = actionFor(index);
    if (action == CellAction::None)
        return; // nothing to do on this row (an ExportId the service does not know): no empty button
    QStyleOptionButton button;
    button.text = buttonText(action);
    button.rect = buttonRect(option, index);
    button.state = QStyle::State_Raised;
    button.palette = option.palette;
    if (buttonEnabled(index))
        button.state |= QStyle::State_Enabled;
    else
        button.palette.setCurrentColorGroup(QPalette::Disabled);
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    button.fontMetrics = option.fontMetrics;
    styleOf(option)->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);

    if (downloadState(index) == DownloadProgress::State::Failed) {
        const QRect rest(button.rect.right() + 6, option.rect.top(), option.rect.right() - button.rect.right() - 6,
                         option.rect.height());
        painter->save();
        painter->setPen(QColor(0xc6, 0x28, 0x28));
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft, tr("Download failed"));
        painter->restore();
    }
}

void DownloadDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionProgressBar bar;
    const QRect cancel = buttonRect(option, index);
    bar.rect = option.rect.adjusted(ButtonMargin, ButtonMargin, -ButtonMargin, -ButtonMargin);
    bar.rect.setRight(cancel.left() - 4);
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal; // Qt 6 needs State_Horizontal set
    bar.minimum = 0;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (downloadState(index) == DownloadProgress::State::Queued) {
        bar.maximum = 100;
        bar.progress = 0;
        bar.text = tr("Queued");
    } else {
        const double fraction = index.data(TaskTableModel::ProgressRole).toDouble();
        // Without Content-Length the bar is indeterminate (max == min == 0).
        bar.maximum = fraction < 0 ? 0 : 1000;
        bar.progress = fraction < 0 ? 0 : static_cast<int>(fraction * 1000);
        bar.text = index.data(Qt::DisplayRole).toString();
        // Always one line: where the size does not fit, the percent alone.
        if (fraction >= 0 && option.fontMetrics.horizontalAdvance(bar.text) > bar.rect.width() - 8)
            bar.text = tr("%1 %", "percent").arg(static_cast<int>(fraction * 100.0));
    }
    styleOf(option)->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize DownloadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int buttonWidth = option.fontMetrics.horizontalAdvance(buttonText(actionFor(index))) + 24;
    // A running download needs room for its line ("46 / 300 MiB · 15 %") beside Cancel.
    const int progressWidth = isRunning(index)
        ? option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 24 + buttonWidth
        : 0;
    size.setWidth(qMax(size.width(), qMax(buttonWidth, progressWidth)));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

bool DownloadDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    const CellAction action = actionFor(index);
    const QRect hitRect = buttonRect(option, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && hitRect.contains(mouse->position().toPoint()) && buttonEnabled(index))
            m_pressed = index;
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool clicked = m_pressed == index && hitRect.contains(mouse->position().toPoint());
        m_pressed = QPersistentModelIndex();
        // Only the button itself acts: a click on a progress bar must not stop
        // a download by accident.
        if (clicked && action != CellAction::None) {
            Q_EMIT actionTriggered(index, action);
            return true;
        }
        break;
    }
    default: break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
