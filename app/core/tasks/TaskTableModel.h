#pragma once

#include "tasks/ExportTask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <functional>

struct ExportInfo;

// The export tasks as a table. Display text is formatted in data() when asked
// (translated then, never cached); raw values live in custom roles for
// sorting and for the delegates. Rows are found by ExportId in O(1).
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column
    {
        ExportIdColumn,
        ReportColumn,
        StatusColumn,
        ExportDateColumn,
        LinkExpiresColumn,
        DownloadColumn,
        LastCheckedColumn,
        FormatColumn, // HTML / PDF; shown after Report (the header moves it there)
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // per column, what the proxy sorts on
        StatusRole, // int(ExportStatus)
        RawStatusRole, // QString as sent
        ExportIdRole, // qint64
        ReportIdRole, // qint64
        ReportTitleRole, // QString
        ExportTypeRole, // int(ExportType), invalid QVariant when unknown
        ExportDateRole, // QString "YYYY-MM-DD"
        UrlExpiresRole, // QDateTime (UTC)
        LinkExpiredRole, // bool: a link expiry is known and past
        LastCheckedRole, // QDateTime (UTC)
        HasErrorRole, // bool
        ErrorCodeRole, // QString
        ErrorMessageRole, // QString
        ErrorRequestIdRole, // QString
        ErrorHttpStatusRole, // int
        DownloadStateRole, // int(DownloadProgress::State)
        ProgressRole, // double 0..1, -1 when unknown
        BytesReceivedRole, // qint64
        BytesTotalRole, // qint64, -1 when unknown
        SpeedRole, // qint64 bytes/s
        SavedFilePathRole, // QString
        FileNameRole, // QString
        HasDownloadUrlRole, // bool (the URL itself is not exposed)
        IsInProgressRole, // bool
        IsRejectedRole, // bool: the service does not know this ExportId ("Not found")
        RowActionRole, // int(RowAction): what the row's button, Enter and a double click do
        SecondsLeftRole, // qint64, -1 while unknown or not steady yet
    };
    Q_ENUM(Role)

    // The one decision of what acting on a row does.
    enum class RowAction
    {
        None,
        Download, // possible only once the export succeeded
        ExportAgain,
        Cancel, // the running or queued download
        Open, // the file ReportDesk saved
    };
    Q_ENUM(RowAction)
    static RowAction rowAction(const ExportTask &task);

    using Clock = std::function<QDateTime()>;

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "now" for relative expiry texts and history times; UTC. Tests inject a fixed one.
    void setClock(Clock clock);
    QDateTime now() const;

    // -1 when absent.
    int rowOf(qint64 exportId) const;
    bool contains(qint64 exportId) const { return m_rowById.contains(exportId); }
    const ExportTask &taskAt(int row) const { return m_tasks.at(row); }
    const ExportTask *task(qint64 exportId) const;
    const QVector<ExportTask> &tasks() const { return m_tasks; }

    // Appends a task; a duplicate ExportId is not added. Returns the row.
    int addTask(const ExportTask &task);
    // Replaces everything (e.g. on profile switch or restore).
    void resetTasks(QVector<ExportTask> tasks);
    void clear();
    bool removeTask(qint64 exportId);
    int removeTasks(const QList<qint64> &exportIds);
    // Takes in what another process wrote to the history: updates and appends
    // rows (keeping this window's links and downloads), removes the removed
    // ones, keeps selection-friendly row identity, and does not announce any of
    // it as a change to save. Returns the ExportIds that were added.
    QList<qint64> mergeStoredTasks(const QVector<ExportTask> &stored, const QList<qint64> &removed);

    // Applies an answer of DescribeReportExport / ExportCustomizeReport;
    // appends to the history when the status changes; clears the last error.
    bool updateFromExportInfo(const ExportInfo &info);
    // Several answers, with one dataChanged per run of adjacent rows.
    int updateFromExportInfos(const QList<ExportInfo> &infos);
    bool setError(qint64 exportId, const TaskError &error);
    bool setDownloadProgress(qint64 exportId, const DownloadProgress &progress);
    bool setSavedFilePath(qint64 exportId, const QString &path);
    // Open found the saved file gone (moved or deleted): the row offers Download again.
    bool setSavedFileMissing(qint64 exportId);
    // A download saved: where, how many bytes, and their SHA-256 (hex).
    bool setSavedFile(qint64 exportId, const QString &path, qint64 size, const QString &sha256);
    bool setReportTitle(qint64 exportId, const QString &title);

    // Status counts over all rows, kept incrementally.
    int statusCount(ExportStatus status) const;

    static QString statusText(ExportStatus status, const QString &rawStatus);
    // "in 9 min", "expired", ... relative to now.
    static QString relativeExpiryText(const QDateTime &expiresAt, const QDateTime &now);
    // Code, Message, RequestId and what to do (translated).
    static QString errorToolTip(const TaskError &error);
    // ExportStatus -1 comes without a reason: what that means and what to do.
    static QString failedExplanation();
    // A running download in one short line, "46 / 300 MiB · 15 %", and with
    // speed and time left when known, "… · 2.1 MiB/s · 2 min left".
    static QString downloadProgressText(const DownloadProgress &progress);
    static QString downloadProgressDetails(const DownloadProgress &progress);

public Q_SLOTS:
    // The GUI calls this on QEvent::LanguageChange: every text is asked again.
    void retranslate();
    // Relative texts ("in 9 min") age: the GUI calls this every minute or so.
    void refreshRelativeTimes();

Q_SIGNALS:
    // Something the history keeps has changed in these tasks (not download
    // progress, not retranslation).
    void tasksChanged(const QList<qint64> &exportIds);
    // Only "last checked" moved: worth saving, but not urgently.
    void tasksTouched(const QList<qint64> &exportIds);
    // These tasks left the list.
    void tasksRemoved(const QList<qint64> &exportIds);
    // A task's status moved (after the change is in the model).
    void statusChanged(qint64 exportId, ExportStatus oldStatus, ExportStatus newStatus);

private:
    QVariant displayData(const ExportTask &task, int column) const;
    QVariant rawValue(const ExportTask &task, int column) const;
    QVariant roleData(const ExportTask &task, int role) const;
    QVariant statusToolTip(const ExportTask &task) const;
    bool applyExportInfo(ExportTask &task, const ExportInfo &info);
    void rebuildIndex(int fromRow);
    void countStatus(ExportStatus status, int delta);
    void emitRowChanged(int row);
    int eraseTasks(const QList<qint64> &exportIds, bool announce);

    QVector<ExportTask> m_tasks;
    QHash<qint64, int> m_rowById;
    int m_statusCounts[5] = { 0, 0, 0, 0, 0 }; // Unknown, Failed, Initializing, Exporting, Succeeded
    Clock m_clock;
};
