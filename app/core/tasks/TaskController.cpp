#include "tasks/TaskController.h"

#include "api/ApiErrorText.h"

#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "tasks/PollScheduler.h"
#include "tasks/ReportTitleLookup.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskTableModel.h"

namespace {

QString kindCode(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network: return QStringLiteral("Network");
    case ApiError::Kind::Timeout: return QStringLiteral("Timeout");
    case ApiError::Kind::MalformedResponse: return QStringLiteral("MalformedResponse");
    case ApiError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case ApiError::Kind::InvalidRequest: return QStringLiteral("InvalidRequest");
    case ApiError::Kind::Service:
    case ApiError::Kind::None: break;
    }
    return {};
}

// An answer that will not change by asking again (e.g. an ExportId the service does not know).
bool isPermanentForTask(const ApiError &error)
{
    if (error.kind == ApiError::Kind::InvalidRequest)
        return error.code == ApiError::invalidIdCode();
    return error.kind == ApiError::Kind::Service && error.httpStatus >= 400 && error.httpStatus < 500
        && !TaskController::isThrottling(error) && !TaskController::isAccountWide(error);
}

} // namespace

TaskController::TaskController(SecurityCenterClient *client, QObject *parent)
    : TaskController(client, nullptr, parent)
{
}

TaskController::TaskController(SecurityCenterClient *client, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new TaskTableModel(this))
    , m_store(new TaskHistoryStore(this))
    , m_scheduler(new PollScheduler(this))
    , m_titles(new ReportTitleLookup(client, m_model, this))
    , m_downloads(new TaskDownloads(network, client, m_model, this))
{
    m_store->setTaskLookup([this](qint64 exportId) { return m_model->task(exportId); });
    connect(m_model, &TaskTableModel::tasksChanged, m_store, &TaskHistoryStore::markChanged);
    connect(m_model, &TaskTableModel::tasksTouched, m_store, &TaskHistoryStore::markTouched);
    connect(m_model, &TaskTableModel::tasksRemoved, m_store, &TaskHistoryStore::markRemoved);
    connect(m_store, &TaskHistoryStore::saveFailed, this, &TaskController::saveFailed);
    connect(m_store, &TaskHistoryStore::saved, this, &TaskController::saved);
    connect(m_store, &TaskHistoryStore::externalChanges, this, &TaskController::onExternalChanges);
    connect(m_store, &TaskHistoryStore::historyDamaged, this, [this](const TaskHistoryStore::LoadResult &damage) {
        // Nothing readable is lost: what the window shows goes into the new history.
        QList<qint64> ids;
        for (const ExportTask &task : m_model->tasks())
            ids.append(task.exportId);
        m_store->markChanged(ids);
        m_lastLoad = damage;
        m_lastLoad.carriedOver = static_cast<int>(ids.size());
        Q_EMIT historyReplaced();
    });
    connect(m_scheduler, &PollScheduler::pollDue, this, &TaskController::poll);
}

TaskController::~TaskController()
{
    cancelAll();
    // The model goes first among the children: save while it is still there.
    m_store->flush();
    m_store->setTaskLookup({});
}

TaskHistoryStore::LoadResult TaskController::setProfile(const QString &profileId)
{
    cancelAll();
    m_scheduler->clear();
    m_titles->reset();
    m_lastAnswers.clear();
    if (!m_refreshing.isEmpty()) { // that list is gone: the refresh ends unfinished
        m_refreshing.clear();
        Q_EMIT refreshFinished(-1);
    }
    noteAccountOk();
    if (profileId.isEmpty()) {
        m_store->close();
        m_lastLoad = {};
        m_model->resetTasks({});
        return m_lastLoad;
    }
    m_lastLoad = m_store->open(profileId);
    m_model->resetTasks(std::move(m_lastLoad.tasks));
    m_lastLoad.tasks = {};
    trackUnfinished();
    return m_lastLoad;
}

void TaskController::onExternalChanges(const QVector<ExportTask> &changed, const QList<qint64> &removed)
{
    for (qint64 id : removed) {
        m_scheduler->untrack(id);
        if (ApiReply *reply = m_polls.take(id))
            reply->cancel();
        m_lastAnswers.remove(id);
    }
    m_model->mergeStoredTasks(changed, removed);
    // Whoever wrote them may have stopped watching (a CLI run that ended): this window follows them on.
    for (const ExportTask &task : changed) {
        if (!task.isFinished() && !task.isRejected())
            m_scheduler->track(task.exportId);
    }
    Q_EMIT externalChangesMerged(static_cast<int>(changed.size()), static_cast<int>(removed.size()));
}

void TaskController::trackUnfinished()
{
    for (const ExportTask &task : m_model->tasks()) {
        // Never answered yet, or still running: polling resumes. An ExportId the
        // service rejected stays rejected: asking again would only repeat that.
        if (!task.isFinished() && !task.isRejected())
            m_scheduler->track(task.exportId);
    }
}

int TaskController::addExportId(qint64 exportId)
{
    if (exportId <= 0)
        return -1;
    const int existing = m_model->rowOf(exportId);
    if (existing >= 0)
        return existing;
    ExportTask task;
    task.exportId = exportId;
    const int row = m_model->addTask(task);
    m_scheduler->track(exportId);
    m_scheduler->pollNow(exportId);
    return row;
}

void TaskController::startExport(qint64 reportId, const QString &title, ExportType type)
{
    ApiReply *reply = m_client->exportCustomizeReport(reportId, type);
    m_starts.append(reply);
    connect(reply, &ApiReply::finished, this,
            [this, reportId, title, type, reply] { onExportStarted(reportId, title, type, reply); });
    if (reply->isFinished())
        onExportStarted(reportId, title, type, reply);
}

bool TaskController::exportAgain(qint64 exportId)
{
    const ExportTask *task = m_model->task(exportId);
    if (!task || task->reportId <= 0)
        return false;
    startExport(task->reportId, task->reportTitle, task->exportTypeKnown ? task->exportType : ExportType::Html);
    return true;
}

void TaskController::remove(const QList<qint64> &exportIds)
{
    for (qint64 id : exportIds) {
        m_scheduler->untrack(id);
        // Taken out first: the cancelled reply's finished() then finds nobody waiting for it.
        if (ApiReply *reply = m_polls.take(id))
            reply->cancel();
        m_lastAnswers.remove(id);
        refreshAnswered(id);
    }
    m_model->removeTasks(exportIds);
}

int TaskController::refresh()
{
    for (const ExportTask &task : m_model->tasks()) {
        if ((!task.isFinished() || task.hasError()) && !task.isRejected()) {
            m_scheduler->track(task.exportId);
            m_refreshing.insert(task.exportId);
        }
    }
    m_refreshCount = static_cast<int>(m_refreshing.size());
    m_scheduler->pollNow();
    return m_refreshCount;
}

void TaskController::refreshAnswered(qint64 exportId)
{
    if (!m_refreshing.remove(exportId) || !m_refreshing.isEmpty())
        return;
    Q_EMIT refreshFinished(m_refreshCount);
}

void TaskController::noteSavedFileMissing(qint64 exportId)
{
    m_model->setSavedFileMissing(exportId);
}

bool TaskController::flush()
{
    return m_store->flush();
}

QString TaskController::lastRequestId(qint64 exportId) const
{
    const QString answered = m_lastAnswers.value(exportId).value(QLatin1String("RequestId")).toString();
    if (!answered.isEmpty())
        return answered;
    const ExportTask *task = m_model->task(exportId);
    return task ? task->lastError.requestId : QString();
}

bool TaskController::isThrottling(const ApiError &error)
{
    return ApiErrorText::category(error) == ApiErrorText::Category::Throttled || error.httpStatus == 429;
}

// Wider than ApiErrorText::isAccountOrConnectionProblem: a timeout or missing
// credentials also hold every poll of the account, so they park the rows
// instead of marking each one failed, and are announced once (the banner).
bool TaskController::isAccountWide(const ApiError &error)
{
    if (ApiErrorText::isAccountOrConnectionProblem(error))
        return true;
    switch (error.kind) {
    case ApiError::Kind::Timeout: return true;
    case ApiError::Kind::InvalidRequest: return error.code != ApiError::invalidIdCode();
    default: break;
    }
    return false;
}

void TaskController::poll(qint64 exportId)
{
    if (!m_model->contains(exportId)) {
        m_scheduler->untrack(exportId);
        return;
    }
    ApiReply *reply = m_client->describeReportExport(exportId);
    m_polls.insert(exportId, reply);
    connect(reply, &ApiReply::finished, this, [this, exportId, reply] { onPollFinished(exportId, reply); });
    if (reply->isFinished())
        onPollFinished(exportId, reply);
}

void TaskController::onPollFinished(qint64 exportId, ApiReply *reply)
{
    reply->deleteLater();
    const auto it = m_polls.constFind(exportId);
    if (it == m_polls.cend() || it.value() != reply)
        return; // removed or cancelled meanwhile
    m_polls.erase(it);
    refreshAnswered(exportId);

    PollScheduler::Outcome outcome;
    const ApiError &error = reply->error();
    if (error.isError()) {
        outcome.error = true;
        if (isThrottling(error)) {
            outcome.throttled = true;
        } else if (!noteAccountProblem(error, reply->operation()) && error.kind != ApiError::Kind::Cancelled) {
            m_model->setError(exportId, taskErrorFrom(error));
            outcome.finished = isPermanentForTask(error);
        }
        m_scheduler->requestFinished(exportId, outcome);
        return;
    }

    noteAccountOk();
    ExportInfo info = reply->exportInfo();
    info.exportId = exportId; // the answer is about what was asked
    m_lastAnswers.insert(exportId, info.rawBody);
    const ExportStatus before = m_model->task(exportId)->status;
    m_model->updateFromExportInfo(info);
    m_titles->fill(exportId); // an ExportId added by hand: its report's title
    const ExportStatus after = m_model->task(exportId)->status;
    outcome.ok = true;
    outcome.finished = isExportFinished(after);
    m_scheduler->requestFinished(exportId, outcome);
    if (outcome.finished && before != after)
        Q_EMIT taskFinished(exportId, after);
}

void TaskController::onExportStarted(qint64 reportId, const QString &title, ExportType type, ApiReply *reply)
{
    reply->deleteLater();
    if (!m_starts.removeOne(reply))
        return; // cancelled by a profile switch, or already handled
    const ApiError &error = reply->error();
    const ExportInfo &info = reply->exportInfo();
    if (error.isError() || info.exportId <= 0) {
        ApiError failure = error;
        if (!failure.isError()) {
            failure.kind = ApiError::Kind::MalformedResponse;
            failure.requestId = info.requestId;
            failure.detail = QStringLiteral("no ExportId in the answer");
        }
        noteAccountProblem(failure, reply->operation());
        Q_EMIT exportStartFailed(reportId, title, failure);
        return;
    }
    noteAccountOk();
    ExportTask task;
    task.exportId = info.exportId;
    task.reportId = reportId;
    task.reportTitle = title;
    task.exportType = type;
    task.exportTypeKnown = true;
    m_model->addTask(task);
    m_model->updateFromExportInfo(info);
    m_lastAnswers.insert(info.exportId, info.rawBody);
    const ExportTask *added = m_model->task(info.exportId);
    if (added->isFinished())
        Q_EMIT taskFinished(info.exportId, added->status);
    else
        m_scheduler->track(info.exportId);
    Q_EMIT exportStarted(info.exportId);
}

bool TaskController::noteAccountProblem(const ApiError &error, ApiReply::Operation operation)
{
    if (!isAccountWide(error))
        return false;
    const bool same = !m_reannounce && m_accountProblem.kind == error.kind && m_accountProblem.code == error.code
        && m_accountProblem.clockSkewMinutes == error.clockSkewMinutes;
    m_accountProblem = error;
    m_reannounce = false;
    // One banner, not one per background poll.
    if (!same)
        Q_EMIT accountProblem(error, operation);
    return true;
}

void TaskController::reannounceAccountProblem()
{
    m_reannounce = true;
}

void TaskController::noteAccountOk()
{
    if (!m_accountProblem.isError())
        return;
    m_accountProblem = {};
    Q_EMIT accountOk();
}

void TaskController::cancelAll()
{
    const QHash<qint64, QPointer<ApiReply>> polls = std::exchange(m_polls, {});
    for (const QPointer<ApiReply> &reply : polls) {
        if (reply)
            reply->cancel();
    }
    const QList<QPointer<ApiReply>> starts = std::exchange(m_starts, {});
    for (const QPointer<ApiReply> &reply : starts) {
        if (reply)
            reply->cancel();
    }
}

TaskError TaskController::taskErrorFrom(const ApiError &error)
{
    TaskError taskError;
    taskError.code = error.code.isEmpty() ? kindCode(error.kind) : error.code;
    taskError.message = error.message.isEmpty() ? error.detail : error.message;
    taskError.requestId = error.requestId;
    taskError.httpStatus = error.httpStatus;
    taskError.lang = error.lang;
    return taskError;
}
