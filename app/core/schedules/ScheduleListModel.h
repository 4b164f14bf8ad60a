#pragma once

#include "schedules/Schedule.h"
#include "schedules/ScheduleOccurrence.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

class ScheduleClock;
class ScheduleStore;

// The schedules of the history, one row each, for the window's Schedules pane:
// name, report, format, profile, cadence, next run (in the clock's zone, the
// user's local time) and the last result with its reason. Raw values live in
// the rows and the custom roles; every text is made in data() when asked for, so
// retranslate() only has to announce that all of it changed.
class ScheduleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleListModel)

public:
    enum Column
    {
        NameColumn,
        ReportColumn,
        FormatColumn,
        ProfileColumn,
        CadenceColumn,
        NextRunColumn,
        LastResultColumn,
        ColumnCount
    };

    // What the last occurrence came to; Never when there is none.
    enum class LastState
    {
        Never,
        Running,
        Succeeded,
        Retry,
        Failed,
    };
    Q_ENUM(LastState)

    enum Role
    {
        ScheduleIdRole = Qt::UserRole + 1,
        NameRole,
        NextRunRole, // QDateTime, UTC; invalid when paused or unusable
        PausedRole,
        LastStateRole, // int(LastState)
        LastFinishedRole, // QDateTime, UTC
        LastErrorKindRole, // ScheduleFailure kind, empty on success
        SavedPathRole, // the last saved file
        SortRole, // a raw value per column, for the proxy
    };

    // Nothing is owned.
    ScheduleListModel(ScheduleStore *store, const ScheduleClock *clock, QObject *parent = nullptr);
    ~ScheduleListModel() override;

    // A profile id to the name to show (translated when called); the id when unset.
    void setProfileNames(std::function<QString(const QString &profileId)> names);

    // Reads the schedules and their latest occurrences again. Rows keep their
    // place (and the view its selection) when the same schedules are there.
    void reload();
    // The language changed: every text is announced as changed.
    void retranslate();

    int rowOf(const QString &scheduleId) const;
    std::optional<Schedule> schedule(int row) const;
    std::optional<ScheduleOccurrence> lastOccurrence(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static LastState lastStateOf(const std::optional<ScheduleOccurrence> &occurrence);

private:
    struct Row
    {
        Schedule schedule;
        std::optional<ScheduleOccurrence> last;
        QDateTime nextRun;
    };

    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString reportText(const Schedule &schedule) const;
    QString nextRunText(const Row &row) const;
    QString lastResultText(const Row &row) const;
    QString profileText(const QString &profileId) const;

    ScheduleStore *m_store;
    const ScheduleClock *m_clock;
    std::function<QString(const QString &)> m_profileNames;
    QList<Row> m_rows;
};
