#pragma once

#include "schedules/Schedule.h"
#include "schedules/ScheduleOccurrence.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class HistoryDatabase;
class QSqlQuery;

// The schedules and their occurrences, in the export history (history.db): one
// owner, so the window and reportdesk-cli see the same schedules. Its own
// connection (HistoryDatabase: WAL, busy timeout) on the calling thread, with one
// short transaction per call; every write takes the next revision and names this
// store as its writer, like the task history's.
//
// Claiming an occurrence is inserting its row (insert-if-absent): only the store
// whose insert took the row may run it and record its result.
class ScheduleStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleStore)

public:
    enum class Result
    {
        Ok,
        NameTaken,
        NotFound,
        Unavailable, // the history cannot be opened or written (see errorText())
    };

    // A claim older than this whose process did not finish is taken to be dead.
    static constexpr qint64 StaleClaimSecs = 3 * 3600;

    explicit ScheduleStore(QObject *parent = nullptr);
    ~ScheduleStore() override;

    // Empty path: HistoryDatabase::defaultPath().
    bool open(const QString &path = QString());
    bool isWritable() const;
    QString errorText() const { return m_error; }
    // Names this store's claims and writes.
    QString writerId() const { return m_writerId; }

    // Assigns id, createdAt and updatedAt.
    Result add(Schedule *schedule, const QDateTime &now);
    Result update(const Schedule &schedule, const QDateTime &now);
    Result setPaused(const QString &name, bool paused, const QDateTime &now);
    // Only the title (what the runner learns from the report list): a pause or an
    // edit made meanwhile elsewhere (the window, the CLI) is left as it is.
    Result setReportTitle(const QString &id, const QString &title, const QDateTime &now);
    // The schedule goes; its occurrences (and the files they name) stay as evidence.
    Result remove(const QString &name);
    QList<Schedule> schedules();
    std::optional<Schedule> find(const QString &name);

    // True when this store won the occurrence (its row did not exist).
    bool claim(const QString &scheduleId, const QDateTime &occursAt, const QDateTime &windowEndsAt, bool manual,
               const QDateTime &now);
    // Takes a retry that is due (or a dead process's claim) within its window.
    bool claimRetry(const QString &scheduleId, const QDateTime &occursAt, const QDateTime &now);
    QList<ScheduleOccurrence> retriesDue(const QDateTime &now);
    // Retries whose window closed, and dead claims, become Failed.
    bool failAbandoned(const QDateTime &now);
    bool recordExport(const QString &scheduleId, const QDateTime &occursAt, qint64 exportId);
    // Writes state, next attempt, error, saved file and finish time of a claimed occurrence.
    bool finish(const ScheduleOccurrence &occurrence);
    bool setFileState(const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::FileState state);

    std::optional<ScheduleOccurrence> occurrence(const QString &scheduleId, const QDateTime &occursAt);
    std::optional<ScheduleOccurrence> latestOccurrence(const QString &scheduleId);
    QList<ScheduleOccurrence> occurrences(const QString &scheduleId); // newest first
    // The files this schedule wrote and retention still looks after, newest first.
    QList<ScheduleOccurrence> keptFiles(const QString &scheduleId);

private:
    bool ensureOpen();
    bool exec(QSqlQuery &query);
    // One write transaction with the next revision; false (and rolled back) when body fails.
    bool write(const std::function<bool(qint64 revision)> &body);
    // One UPDATE of one schedule (by name or id, as `bind` says), stamped with
    // updated_at, the next revision and this writer.
    Result updateOne(const QString &sql, const QDateTime &now, const std::function<void(QSqlQuery &)> &bind);
    QList<ScheduleOccurrence> readOccurrences(QSqlQuery &query);
    // The rows of a select by :schedule_id.
    QList<ScheduleOccurrence> occurrencesOf(const QString &sql, const QString &scheduleId);

    std::unique_ptr<HistoryDatabase> m_db;
    QString m_path;
    QString m_writerId;
    QString m_error;
};
