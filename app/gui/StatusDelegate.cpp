#include "StatusDelegate.h"
#include "Icons.h"

#include "api/ExportStatus.h"
#include "tasks/TaskTableModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int ActivityWidth = 36;
constexpr int PhaseSteps = 24;

QColor statusColor(ExportStatus status, const QPalette &palette)
{
    switch (status) {
    case ExportStatus::Failed: return QColor(0xc6, 0x28, 0x28);
    case ExportStatus::Succeeded: return QColor(0x1f, 0x7a, 0x3a);
    case ExportStatus::Initializing:
    case ExportStatus::Exporting: return palette.color(QPalette::Highlight);
    case ExportStatus::Unknown: break;
    }
    return palette.color(QPalette::PlaceholderText);
}
} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QIcon StatusDelegate::statusIcon(int status)
{
    switch (static_cast<ExportStatus>(status)) {
    case ExportStatus::Failed: return Icons::get(QStringLiteral("status-failed"));
    case ExportStatus::Initializing: return Icons::get(QStringLiteral("status-initializing"));
    case ExportStatus::Exporting: return Icons::get(QStringLiteral("status-exporting"));
    case ExportStatus::Succeeded: return Icons::get(QStringLiteral("status-succeeded"));
    case ExportStatus::Unknown: break;
    }
    return Icons::get(QStringLiteral("status-unknown"));
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto status = static_cast<ExportStatus>(index.data(TaskTableModel::StatusRole).toInt());
    const bool hasError = index.data(TaskTableModel::HasErrorRole).toBool();

    opt.icon = statusIcon(static_cast<int>(status));
    opt.features |= QStyleOptionViewItem::HasDecoration;
    opt.decorationSize = QSize(16, 16);
    if (!(opt.state & QStyle::State_Selected))
        opt.palette.setColor(QPalette::Text, statusColor(status, opt.palette));
    if (hasError)
        opt.text += QStringLiteral("  ⓘ");

    const bool inProgress = isExportInProgress(status);
    QRect activityRect;
    if (inProgress) {
        activityRect = QRect(opt.rect.right() - ActivityWidth - 4, opt.rect.center().y() - 3, ActivityWidth, 6);
        opt.rect.setRight(activityRect.left() - 4);
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background covers the whole cell, including the activity area.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (inProgress)
        paintActivity(painter, activityRect, option);
}

void StatusDelegate::paintActivity(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor highlight = option.palette.color(QPalette::Highlight);
    QColor track = highlight;
    track.setAlpha(50);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(rect, 3, 3);
    // A segment a third of the track wide sweeps across, wrapping around.
    const int segment = rect.width() / 3;
    const int offset = (m_phase % PhaseSteps) * (rect.width() + segment) / PhaseSteps - segment;
    const QRect bar = QRect(rect.left() + offset, rect.top(), segment, rect.height()).intersected(rect);
    painter->setBrush(highlight);
    painter->drawRoundedRect(bar, 3, 3);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 16 + ActivityWidth + 16;
    return size;
}
