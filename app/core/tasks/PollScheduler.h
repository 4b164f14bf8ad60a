#pragma once

#include <QHash>
#include <QObject>
#include <functional>

class QTimer;

// Decides when each in-progress export is asked about again. It knows nothing
// of the network: it emits pollDue(id) and is told requestFinished(id, …).
// First ask after about 1 s, then ×1.5 up to 30 s; throttled answers back off
// harder; at most maxInFlight() requests at once. A single timer is armed to
// the earliest due time only; with nothing to poll, no timer runs.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    struct Outcome
    {
        bool ok = false; // an answer about the export arrived
        bool throttled = false; // the service said Throttling*
        bool error = false; // any other failure (network, server...)
        bool finished = false; // the export reached -1 or 2: stop polling it
    };

    struct Policy
    {
        int firstDelayMs = 1000;
        double backoffFactor = 1.5;
        int maxIntervalMs = 30000;
        int throttledMinDelayMs = 5000;
        double throttledFactor = 3.0;
        int throttledMaxIntervalMs = 120000;
        int maxInFlight = 4;
    };

    // Milliseconds on any monotonic scale.
    using Clock = std::function<qint64()>;

    explicit PollScheduler(QObject *parent = nullptr);
    ~PollScheduler() override;

    void setPolicy(const Policy &policy);
    Policy policy() const { return m_policy; }
    // Tests drive time themselves: set a clock, then call processDue() after moving it.
    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }

    // Starts polling an export (first ask after firstDelayMs). Already tracked: unchanged.
    void track(qint64 exportId);
    void untrack(qint64 exportId);
    void clear();
    bool isTracked(qint64 exportId) const { return m_entries.contains(exportId); }
    int trackedCount() const { return static_cast<int>(m_entries.size()); }
    int inFlightCount() const { return m_inFlight; }
    bool isInFlight(qint64 exportId) const;

    // The answer for a pollDue() has arrived.
    void requestFinished(qint64 exportId, const Outcome &outcome);

    // Refresh: everything tracked is due now (still within the in-flight cap),
    // and backoff starts over.
    void pollNow();
    void pollNow(qint64 exportId);

    // Earliest due time of a poll that could be sent, or -1 when none.
    qint64 nextDueTime() const;
    // Due time / current interval of one export (-1 when not tracked).
    qint64 dueTime(qint64 exportId) const;
    int intervalMs(qint64 exportId) const;
    bool isTimerActive() const;

public Q_SLOTS:
    // Emits pollDue() for what is due now, then re-arms the timer.
    void processDue();

Q_SIGNALS:
    void pollDue(qint64 exportId);

private:
    struct Entry
    {
        qint64 due = 0;
        int intervalMs = 0;
        bool inFlight = false;
        quint64 order = 0; // tie-break: first tracked, first asked
    };

    void rearm();

    Policy m_policy;
    Clock m_clock;
    QHash<qint64, Entry> m_entries;
    int m_inFlight = 0;
    quint64 m_nextOrder = 0;
    QTimer *m_timer;
};
