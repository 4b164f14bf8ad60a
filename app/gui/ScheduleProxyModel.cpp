#include "ScheduleProxyModel.h"

#include "Icons.h"
#include "schedules/ScheduleListModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

ScheduleProxyModel::ScheduleProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScheduleListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

QVariant ScheduleProxyModel::data(const QModelIndex &index, int role) const
{
    using State = ScheduleListModel::LastState;
    const bool resultColumn = index.column() == ScheduleListModel::LastResultColumn;
    const auto state = State(QSortFilterProxyModel::data(index, ScheduleListModel::LastStateRole).toInt());
    if (role == Qt::DecorationRole && resultColumn) {
        switch (state) {
        case State::Succeeded: return Icons::get(QStringLiteral("status-succeeded"));
        case State::Failed: return Icons::get(QStringLiteral("status-failed"));
        case State::Retry: return Icons::get(QStringLiteral("warning"));
        case State::Running: return Icons::get(QStringLiteral("status-exporting"));
        case State::Never: break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        const QPalette palette = QGuiApplication::palette();
        if (QSortFilterProxyModel::data(index, ScheduleListModel::PausedRole).toBool())
            return palette.color(QPalette::PlaceholderText);
        if (resultColumn && state == State::Failed)
            return QColor(0xc6, 0x28, 0x28); // the task table's failed red
        if (resultColumn && state == State::Succeeded)
            return QColor(0x1f, 0x7a, 0x3a);
        if (resultColumn && state == State::Never)
            return palette.color(QPalette::PlaceholderText);
    }
    return QSortFilterProxyModel::data(index, role);
}
