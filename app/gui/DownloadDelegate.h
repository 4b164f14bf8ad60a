#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Paints the Download column: a button on finished rows ("Download" on a
// succeeded export, "Export again" on a failed one, disabled while exporting),
// while downloading a progress bar with one short line ("46 / 300 MiB · 15 %",
// the model's text; speed and time left are in its tooltip) and a Cancel
// button beside it, "Queued" in the queue, and "Open" once saved. Clicks are
// reported through actionTriggered(); no widget is created per row.
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
    // Where the button of this cell is drawn (and clicked): the row's action
    // button, or Cancel beside a running download's bar.
    static QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index);

Q_SIGNALS:
    void actionTriggered(const QModelIndex &index, DownloadDelegate::CellAction action);

private:
    static QString buttonText(CellAction action);
    static bool buttonEnabled(const QModelIndex &index);
    static bool isRunning(const QModelIndex &index);
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // Persistent: a re-sort or a new row between press and release moves the
    // pressed task, and the release must not click the task now in its place.
    QPersistentModelIndex m_pressed;
};
