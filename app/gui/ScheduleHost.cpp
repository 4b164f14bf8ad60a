#include "ScheduleHost.h"

#include "AppContext.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "downloads/DownloadResult.h"
#include "schedules/ScheduleClock.h"
#include "schedules/ScheduleDispatcher.h"
#include "schedules/ScheduleListModel.h"
#include "schedules/ScheduleRunner.h"
#include "simulator/Simulator.h"
#include "tasks/TaskHistoryRecorder.h"

#include <QTimer>
#include <QWidget>

namespace {
constexpr int DispatchIntervalMs = 60 * 1000;
// The first look waits for the window to be up and the first profile chosen.
constexpr int FirstLookDelayMs = 2000;
} // namespace

ScheduleHost::ScheduleHost(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_clock(std::make_unique<ScheduleClock>())
    , m_store(new ScheduleStore(this))
    , m_runner(new ScheduleRunner(context->network(), context->language(), context->profiles(), m_store, m_clock.get(),
                                  this))
    , m_dispatcher(new ScheduleDispatcher(m_store, m_runner, m_clock.get(), this))
    , m_model(new ScheduleListModel(m_store, m_clock.get(), this))
{
    m_model->setProfileNames([this](const QString &id) { return profileName(id); });
    connect(m_runner, &ScheduleRunner::occurrenceStarted, this, [this](const QString &scheduleId, const QDateTime &) {
        m_runningId = scheduleId;
        Q_EMIT changed();
    });
    connect(m_runner, &ScheduleRunner::occurrenceFinished, this, &ScheduleHost::onFinished);
    connect(m_runner, &ScheduleRunner::exportStarted, this,
            [this](const QString &profileId, const ExportInfo &info, qint64 reportId, ExportType type) {
                recorder(profileId)->recordStarted(info, reportId, type);
            });
    connect(m_runner, &ScheduleRunner::exportChanged, this, [this](const QString &profileId, const ExportInfo &info) {
        recorder(profileId)->recordStatus(info, true);
    });
    connect(m_runner, &ScheduleRunner::reportSaved, this,
            [this](const QString &profileId, const ExportInfo &info, const DownloadResult &result) {
                recorder(profileId)->recordSaved(info, result.filePath, result.bytesReceived, result.sha256);
            });
    // The demo's simulator may start later (Try the demo): its endpoint is known then.
    connect(m_context, &AppContext::profileChanged, this, [this] {
        updateRunnerOptions();
        m_model->setProfileNames([this](const QString &id) { return profileName(id); });
    });
    connect(m_context->profiles(), &ProfileRepository::profilesChanged, this,
            [this] { m_model->setProfileNames([this](const QString &id) { return profileName(id); }); });
    connect(this, &ScheduleHost::changed, m_model, &ScheduleListModel::reload);
}

ScheduleHost::~ScheduleHost()
{
    // A run cut short is recorded as interrupted and retried by the next process.
    m_runner->cancel();
}

ScheduleStore *ScheduleHost::store()
{
    if (!m_opened) {
        m_opened = true;
        m_store->open(m_historyPath);
    }
    return m_store;
}

ScheduleListModel *ScheduleHost::model()
{
    store();
    return m_model;
}

void ScheduleHost::start()
{
    if (m_started)
        return;
    m_started = true;
    store();
    updateRunnerOptions();
    m_model->reload();
    m_dispatcher->setInterval(DispatchIntervalMs);
    QTimer::singleShot(FirstLookDelayMs, this, [this] {
        if (!m_dispatcher->isBusy())
            m_dispatcher->runDue();
    });
}

void ScheduleHost::updateRunnerOptions()
{
    ScheduleRunner::Options options = m_runner->options();
    options.log = m_context->requestLog();
    Simulator *simulator = m_context->simulator();
    if (simulator && simulator->isRunning()) {
        Profile demo;
        demo.id = Profile::demoId();
        demo.name = QStringLiteral("demo"); // {profile} in file names: not translated
        demo.endpoint = ApiEndpoint::custom(simulator->endpoint());
        options.memoryProfile = demo;
        options.memoryCredentials = Simulator::demoCredentials();
    }
    m_runner->setOptions(options);
}

ScheduleStore::Result ScheduleHost::add(Schedule *schedule)
{
    const ScheduleStore::Result result = store()->add(schedule, m_clock->now());
    Q_EMIT changed();
    return result;
}

ScheduleStore::Result ScheduleHost::update(const Schedule &schedule)
{
    const ScheduleStore::Result result = store()->update(schedule, m_clock->now());
    Q_EMIT changed();
    return result;
}

ScheduleStore::Result ScheduleHost::setPaused(const QString &name, bool paused)
{
    const ScheduleStore::Result result = store()->setPaused(name, paused, m_clock->now());
    Q_EMIT changed();
    return result;
}

ScheduleStore::Result ScheduleHost::remove(const QString &name)
{
    const ScheduleStore::Result result = store()->remove(name);
    Q_EMIT changed();
    return result;
}

bool ScheduleHost::runNow(const QString &name)
{
    const std::optional<Schedule> schedule = store()->find(name);
    if (!schedule)
        return false;
    updateRunnerOptions();
    const bool started = m_dispatcher->runNow(*schedule);
    Q_EMIT changed();
    return started;
}

QString ScheduleHost::profileName(const QString &profileId) const
{
    if (profileId == Profile::demoId())
        return tr("Demo");
    if (const std::optional<Profile> profile = m_context->profiles()->profile(profileId))
        return profile->displayName();
    //: A schedule's profile that was removed since
    return tr("%1 (removed)").arg(profileId);
}

TaskHistoryRecorder *ScheduleHost::recorder(const QString &profileId)
{
    TaskHistoryRecorder *&entry = m_recorders[profileId];
    if (!entry)
        entry = new TaskHistoryRecorder(profileId, m_historyPath, this);
    return entry;
}

void ScheduleHost::onFinished(const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::State state,
                              const QString &errorKind)
{
    m_runningId.clear();
    QString name = scheduleId;
    for (const Schedule &schedule : m_store->schedules()) {
        if (schedule.id == scheduleId)
            name = schedule.name;
    }
    const std::optional<ScheduleOccurrence> row = m_store->occurrence(scheduleId, occursAt);
    Q_EMIT changed();
    Q_EMIT occurrenceFinished(scheduleId, name, state, errorKind, row ? row->savedPath : QString());
}
