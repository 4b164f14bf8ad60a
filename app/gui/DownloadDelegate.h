#pragma once

#include <QStyledItemDelegate>

// Paints the Download column: a button on finished rows ("Download" on a
// succeeded export, "Export again" on a failed one, disabled while exporting),
// a progress bar with percent, speed and time left while downloading,
// "Queued" in the queue, and "Open" once saved. Clicks are reported through
// actionTriggered(); no widget is created per row.
class DownloadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadDelegate)

public:
    enum class CellAction
    {
        None,
        Download,
        ExportAgain,
        Cancel,
        Open,
    };
    Q_ENUM(CellAction)

    explicit DownloadDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // What a click on this cell does; None where the cell shows no button.
    static CellAction actionFor(const QModelIndex &index);
    // "43% · 2.1 MB/s · 5 s left" (translated now).
    static QString progressText(const QModelIndex &index);

Q_SIGNALS:
    void actionTriggered(const QModelIndex &index, DownloadDelegate::CellAction action);

private:
    static QString buttonText(CellAction action);
    static bool buttonEnabled(const QModelIndex &index);
    QRect buttonRect(const QStyleOptionViewItem &option, const QString &text) const;
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QModelIndex m_pressed;
};
