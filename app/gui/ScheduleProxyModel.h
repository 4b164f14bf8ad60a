#pragma once

#include <QSortFilterProxyModel>

// The Schedules pane's view of ScheduleListModel: sorts on the raw values
// (SortRole) and adds what the core model cannot, being GUI-free: a status icon
// and colour beside the last result (never colour alone), and paused rows muted.
class ScheduleProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleProxyModel)

public:
    explicit ScheduleProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
