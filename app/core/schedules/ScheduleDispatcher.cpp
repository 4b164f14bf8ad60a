#include "schedules/ScheduleDispatcher.h"

#include "schedules/ScheduleClock.h"
#include "schedules/ScheduleRunner.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"

#include <QTimer>

ScheduleDispatcher::ScheduleDispatcher(ScheduleStore *store, ScheduleRunner *runner, const ScheduleClock *clock,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isBusy())
            runDue();
    });
    connect(m_runner, &ScheduleRunner::occurrenceFinished, this,
            [this](const QString &scheduleId, const QDateTime &occursAt, ScheduleOccurrence::State state,
                   const QString &) { onFinished(scheduleId, occursAt, state); });
}

ScheduleDispatcher::~ScheduleDispatcher() = default;

void ScheduleDispatcher::setInterval(int ms)
{
    if (ms <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(ms);
}

bool ScheduleDispatcher::isBusy() const
{
    return m_runner->isRunning() || !m_queue.isEmpty() || m_idlePending;
}

int ScheduleDispatcher::runDue()
{
    const QDateTime now = m_clock->now();
    m_store->failAbandoned(now);
    int claimed = 0;
    const QList<Schedule> schedules = m_store->schedules();
    for (const Schedule &schedule : schedules) {
        const std::optional<ScheduleOccurrence> last = m_store->latestOccurrence(schedule.id);
        const QDateTime due = ScheduleTiming::dueOccurrence(schedule, last ? last->occursAt : QDateTime(), now);
        if (!due.isValid())
            continue;
        if (m_store->claim(schedule.id, due, ScheduleTiming::windowEnd(schedule, due), false, now)) {
            m_queue.append({ schedule, due });
            ++claimed;
        }
    }
    const QList<ScheduleOccurrence> retries = m_store->retriesDue(now);
    for (const ScheduleOccurrence &retry : retries) {
        const auto owner = std::find_if(schedules.cbegin(), schedules.cend(),
                                        [&retry](const Schedule &s) { return s.id == retry.scheduleId; });
        // A removed or paused schedule's retries are left to close with their window.
        if (owner == schedules.cend() || owner->paused)
            continue;
        if (m_store->claimRetry(retry.scheduleId, retry.occursAt, now)) {
            m_queue.append({ *owner, retry.occursAt });
            ++claimed;
        }
    }
    if (!m_runner->isRunning())
        next();
    return claimed;
}

bool ScheduleDispatcher::runNow(const Schedule &schedule)
{
    const QDateTime now = m_clock->now();
    if (!m_store->claim(schedule.id, now, now.addSecs(ScheduleTiming::MaxWindowSecs), true, now))
        return false;
    m_queue.append({ schedule, now });
    if (!m_runner->isRunning())
        next();
    return true;
}

void ScheduleDispatcher::next()
{
    while (!m_queue.isEmpty()) {
        const Work work = m_queue.takeFirst();
        const std::optional<ScheduleOccurrence> occurrence = m_store->occurrence(work.schedule.id, work.occursAt);
        if (occurrence && occurrence->claimedBy == m_store->writerId() && m_runner->run(work.schedule, *occurrence))
            return;
    }
    if (m_idlePending)
        return;
    // From the event loop, so idle() never fires inside runDue().
    m_idlePending = true;
    QTimer::singleShot(0, this, [this] {
        m_idlePending = false;
        if (m_runner->isRunning() || !m_queue.isEmpty())
            return;
        const int ran = m_ran;
        const int failed = m_failed;
        m_ran = 0;
        m_failed = 0;
        Q_EMIT idle(ran, failed);
    });
}

void ScheduleDispatcher::onFinished(const QString &, const QDateTime &, ScheduleOccurrence::State state)
{
    ++m_ran;
    if (state != ScheduleOccurrence::State::Succeeded)
        ++m_failed;
    // The runner is still in its signal: start the next from the event loop.
    QTimer::singleShot(0, this, [this] {
        if (!m_runner->isRunning())
            next();
    });
}
