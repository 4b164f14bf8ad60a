#pragma once

#include <QStyledItemDelegate>

// Paints the Status column: icon + word + colour, never colour alone. Rows in
// progress show a small moving bar so the user sees they are alive; the phase
// comes from the owner's animation tick (setAnimationPhase), which only runs
// while something is in progress.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void setAnimationPhase(int phase) { m_phase = phase; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The icon for a status (shared with the details pane and the filter bar).
    static QIcon statusIcon(int status);

private:
    void paintActivity(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option) const;

    int m_phase = 0;
};
