#pragma once

#include <QSortFilterProxyModel>
#include <QVector>

class TaskTableModel;
struct ExportTask;

// Sorts the task table on raw values and filters it by status category and
// by a text search. Keeps live per-category counters of the rows matching the
// text search, so the filter buttons can say "In progress 2".
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    enum class StatusFilter
    {
        All,
        InProgress, // Initializing, Exporting, and not yet checked / unknown
        Succeeded,
        Failed, // Failed, or carrying an error
        NotFound, // ExportIds the service rejected
    };
    Q_ENUM(StatusFilter)

    explicit TaskFilterProxyModel(QObject *parent = nullptr);
    ~TaskFilterProxyModel() override;

    // Only a TaskTableModel (or nullptr) is accepted.
    void setSourceModel(QAbstractItemModel *model) override;
    TaskTableModel *taskModel() const { return m_taskModel; }

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    // Case-insensitive substring of ExportId, ReportId or title; empty shows all.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // Rows matching the text search in each category (All counts them all).
    int count(StatusFilter category) const;

    static StatusFilter categoryOf(const ExportTask &task);
    bool matchesText(const ExportTask &task) const;

Q_SIGNALS:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void recountAll();
    bool buildSortKeys(int column) const;
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // -1 when the row does not match the text search, else its StatusFilter.
    qint8 slotOf(const ExportTask &task) const;
    void applySlot(qint8 slot, int delta);
    void emitIfCountsChanged(const int (&before)[5]);

    TaskTableModel *m_taskModel = nullptr;
    StatusFilter m_statusFilter = StatusFilter::All;
    QString m_text;
    bool m_textIsNumber = false;
    QVector<qint8> m_slots; // per source row
    struct SortKey
    {
        qint64 primary;
        qint64 exportId;
    };
    // Numeric columns sort on these compact per-source-row keys: reading 16 bytes
    // instead of whole tasks keeps 100k-row sorts in the cache. Built on first
    // use, dropped on any change of the source.
    mutable QVector<SortKey> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
    int m_counts[5] = { 0, 0, 0, 0, 0 };
};
