#include "tasks/PollScheduler.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

PollScheduler::PollScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &PollScheduler::processDue);
}

PollScheduler::~PollScheduler() = default;

void PollScheduler::setPolicy(const Policy &policy)
{
    m_policy = policy;
    rearm();
}

void PollScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
    rearm();
}

void PollScheduler::track(qint64 exportId)
{
    if (m_entries.contains(exportId))
        return;
    Entry entry;
    entry.intervalMs = m_policy.firstDelayMs;
    entry.due = now() + m_policy.firstDelayMs;
    entry.order = m_nextOrder++;
    m_entries.insert(exportId, entry);
    rearm();
}

void PollScheduler::untrack(qint64 exportId)
{
    const auto it = m_entries.constFind(exportId);
    if (it == m_entries.cend())
        return;
    // An answer still on its way is ignored when it comes: free its slot now.
    if (it->inFlight)
        --m_inFlight;
    m_entries.erase(it);
    // A freed slot may let a waiting poll go.
    processDue();
}

void PollScheduler::clear()
{
    m_entries.clear();
    m_inFlight = 0;
    rearm();
}

bool PollScheduler::isInFlight(qint64 exportId) const
{
    const auto it = m_entries.constFind(exportId);
    return it != m_entries.cend() && it->inFlight;
}

void PollScheduler::requestFinished(qint64 exportId, const Outcome &outcome)
{
    const auto it = m_entries.find(exportId);
    if (it == m_entries.end() || !it->inFlight)
        return;
    it->inFlight = false;
    --m_inFlight;
    if (outcome.finished) {
        m_entries.erase(it);
    } else if (outcome.throttled) {
        const double longer = std::max<double>(m_policy.throttledMinDelayMs, it->intervalMs * m_policy.throttledFactor);
        it->intervalMs = static_cast<int>(std::min<double>(longer, m_policy.throttledMaxIntervalMs));
        it->due = now() + it->intervalMs;
    } else {
        const double longer = it->intervalMs * m_policy.backoffFactor;
        it->intervalMs = static_cast<int>(std::min<double>(std::ceil(longer), m_policy.maxIntervalMs));
        it->due = now() + it->intervalMs;
    }
    processDue();
}

void PollScheduler::pollNow()
{
    const qint64 t = now();
    for (Entry &entry : m_entries) {
        if (entry.inFlight)
            continue;
        entry.due = t;
        entry.intervalMs = m_policy.firstDelayMs;
    }
    processDue();
}

void PollScheduler::pollNow(qint64 exportId)
{
    const auto it = m_entries.find(exportId);
    if (it == m_entries.end() || it->inFlight)
        return;
    it->due = now();
    it->intervalMs = m_policy.firstDelayMs;
    processDue();
}

qint64 PollScheduler::nextDueTime() const
{
    if (m_inFlight >= m_policy.maxInFlight)
        return -1; // nothing can go before an answer comes back
    qint64 earliest = -1;
    for (const Entry &entry : m_entries) {
        if (!entry.inFlight && (earliest < 0 || entry.due < earliest))
            earliest = entry.due;
    }
    return earliest;
}

qint64 PollScheduler::dueTime(qint64 exportId) const
{
    const auto it = m_entries.constFind(exportId);
    return it == m_entries.cend() ? -1 : it->due;
}

int PollScheduler::intervalMs(qint64 exportId) const
{
    const auto it = m_entries.constFind(exportId);
    return it == m_entries.cend() ? -1 : it->intervalMs;
}

bool PollScheduler::isTimerActive() const
{
    return m_timer->isActive();
}

void PollScheduler::processDue()
{
    const qint64 t = now();
    std::vector<std::pair<qint64, const Entry *>> due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->inFlight && it->due <= t)
            due.emplace_back(it.key(), &it.value());
    }
    std::sort(due.begin(), due.end(), [](const auto &a, const auto &b) {
        return a.second->due != b.second->due ? a.second->due < b.second->due : a.second->order < b.second->order;
    });
    std::vector<qint64> toSend;
    for (const auto &[id, entry] : due) {
        if (m_inFlight + static_cast<int>(toSend.size()) >= m_policy.maxInFlight)
            break;
        toSend.push_back(id);
    }
    for (qint64 id : toSend) {
        m_entries[id].inFlight = true;
        ++m_inFlight;
    }
    rearm();
    // Emitted last: a receiver may call back into the scheduler.
    for (qint64 id : toSend) {
        if (isInFlight(id))
            Q_EMIT pollDue(id);
    }
}

void PollScheduler::rearm()
{
    const qint64 due = nextDueTime();
    if (due < 0) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, due - now());
    m_timer->start(static_cast<int>(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}
