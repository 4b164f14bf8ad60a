#pragma once

#include <QHash>
#include <QObject>

class QTableView;

// How the export table shares its width: the Report column takes what is left
// and gives way first, the others are as wide as their content needs (from
// the font, so Chinese and high-DPI screens get room too), and the Download
// column with the row's button stays in view at 800 px: when even a narrow
// Report column does not fit, Link expires, then Export date, then Format step
// aside (they are in the details pane too) and come back when there is room.
// "Last checked" is in the details pane and hidden by default.
class TaskTableLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableLayout)

public:
    // Lays out the view's columns now and follows its resizes; a child of the view.
    explicit TaskTableLayout(QTableView *view);

    // Columns hidden for lack of room (not by the user).
    QList<int> squeezedColumns() const { return m_squeezed.keys(); }
    // Lays out again (after the header's state was restored).
    void fit();
    // The header's state with the squeezed columns as the user left them (shown).
    QByteArray saveState() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setInitialWidths();
    int fixedWidth() const;

    QTableView *m_view;
    QObject *m_viewport = nullptr; // only compared, never dereferenced: see eventFilter()
    QHash<int, int> m_squeezed; // column -> its width before it stepped aside
    int m_minReportWidth = 0;
};
