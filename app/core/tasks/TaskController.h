#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ExportStatus.h"
#include "api/ExportType.h"
#include "tasks/TaskHistoryStore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiReply;
class PollScheduler;
class QNetworkAccessManager;
class ReportTitleLookup;
class SecurityCenterClient;
class TaskDownloads;
class TaskTableModel;
struct ExportInfo;

// The export tasks of the current account profile, kept live: glues the
// model, its store, the poll scheduler, the downloads and the Security Center
// client. It (with its children) is the model's only writer.
// Per-row problems are stored with their task; account-wide ones (bad key,
// no permission, clock skew, offline) are announced once with accountProblem().
class TaskController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskController)

public:
    // client is not owned and must outlive the controller.
    explicit TaskController(SecurityCenterClient *client, QObject *parent = nullptr);
    // The downloads go through network (not owned; its proxy settings apply).
    TaskController(SecurityCenterClient *client, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TaskController() override;

    TaskTableModel *model() const { return m_model; }
    // The downloads of the list: with the controller, the model's only writer.
    TaskDownloads *downloads() const { return m_downloads; }
    PollScheduler *scheduler() const { return m_scheduler; }
    TaskHistoryStore *store() const { return m_store; }

    // Saves the current profile's list, loads the given one and resumes polling.
    // An empty id closes the list (no account).
    TaskHistoryStore::LoadResult setProfile(const QString &profileId);
    QString profileId() const { return m_store->profileId(); }
    // The outcome of the last setProfile() (message() is empty when all went well).
    const TaskHistoryStore::LoadResult &lastLoad() const { return m_lastLoad; }

    // Adds a known ExportId and asks about it at once. A duplicate is not added
    // again: the existing row is returned. -1 for an id <= 0.
    int addExportId(qint64 exportId);
    // ExportCustomizeReport; the row appears when the service answers (exportStarted).
    void startExport(qint64 reportId, const QString &title, ExportType type);
    // A new export of the same report as this (usually failed) task.
    bool exportAgain(qint64 exportId);
    void remove(const QList<qint64> &exportIds);
    // Asks about every task still in progress now (within the in-flight limit),
    // plus finished ones whose last check failed.
    // Returns how many are asked about; refreshFinished() follows once each answered.
    int refresh();
    // The saved file of this export is no longer where it was saved.
    void noteSavedFileMissing(qint64 exportId);
    // Writes pending changes (at shutdown).
    bool flush();

    // Every field of the last answer about a task, in memory only
    // (DownloadUrl included: redact before showing). Empty when none.
    QJsonObject lastAnswer(qint64 exportId) const { return m_lastAnswers.value(exportId); }
    QString lastRequestId(qint64 exportId) const;
    bool hasAccountProblem() const { return m_accountProblem.isError(); }

    // Errors that hold every poll of the account rather than one export: announced
    // once with accountProblem() (the banner), the rows parked.
    static bool isAccountWide(const ApiError &error);
    // The next account-wide error is announced even when it equals the last one:
    // after a language switch its Message comes back in the other language.
    void reannounceAccountProblem();
    static bool isThrottling(const ApiError &error);

Q_SIGNALS:
    // An export reached Succeeded or Failed while being watched.
    void taskFinished(qint64 exportId, ExportStatus status);
    void exportStarted(qint64 exportId);
    void exportStartFailed(qint64 reportId, const QString &title, const ApiError &error);
    // The operation tells which RAM action a NoPermission is about.
    void accountProblem(const ApiError &error, ApiReply::Operation operation);
    // A call went through after an accountProblem(): the banner can go.
    void accountOk();
    // The history could not be written (disk full, permissions...); the changes
    // stay pending and are retried.
    void saveFailed(const QString &path, const QString &error);
    // Every export a refresh() asked about has answered (or left the list);
    // -1 when a profile switch ended it first.
    void refreshFinished(int checked);
    // A write went through (after a saveFailed(), the banner can go).
    void saved();
    // Another window or reportdesk-cli changed the history of this profile; the
    // model has taken it in.
    void externalChangesMerged(int changed, int removed);
    // The history file was found damaged after the start and replaced; lastLoad() says how.
    void historyReplaced();

private:
    void poll(qint64 exportId);
    void onPollFinished(qint64 exportId, ApiReply *reply);
    void onExportStarted(qint64 reportId, const QString &title, ExportType type, ApiReply *reply);
    void noteAccountOk();
    bool noteAccountProblem(const ApiError &error, ApiReply::Operation operation);
    void cancelAll();
    void trackUnfinished();
    void refreshAnswered(qint64 exportId);
    void onExternalChanges(const QVector<ExportTask> &changed, const QList<qint64> &removed);
    static TaskError taskErrorFrom(const ApiError &error);

    SecurityCenterClient *m_client;
    TaskTableModel *m_model;
    TaskHistoryStore *m_store;
    PollScheduler *m_scheduler;
    ReportTitleLookup *m_titles;
    TaskDownloads *m_downloads;
    TaskHistoryStore::LoadResult m_lastLoad;
    QHash<qint64, QPointer<ApiReply>> m_polls;
    QList<QPointer<ApiReply>> m_starts;
    QHash<qint64, QJsonObject> m_lastAnswers;
    QSet<qint64> m_refreshing; // asked about by refresh(), not answered yet
    int m_refreshCount = 0;
    ApiError m_accountProblem;
    bool m_reannounce = false;
};
