#include "tasks/PollScheduler.h"

#include <QSignalSpy>
#include <QTest>

using Outcome = PollScheduler::Outcome;

namespace {

Outcome answered(bool finished = false)
{
    Outcome outcome;
    outcome.ok = true;
    outcome.finished = finished;
    return outcome;
}

Outcome throttled()
{
    Outcome outcome;
    outcome.error = true;
    outcome.throttled = true;
    return outcome;
}

Outcome failed()
{
    Outcome outcome;
    outcome.error = true;
    return outcome;
}

QList<qint64> ids(const QSignalSpy &spy)
{
    QList<qint64> result;
    for (const QList<QVariant> &args : spy)
        result << args.at(0).toLongLong();
    return result;
}

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void idleRunsNoTimer();
    void backoffSequence();
    void inFlightCap();
    void throttledBacksOffLonger();
    void errorsBackOff();
    void finishedStopsPolling();
    void pollNowRespectsCap();
    void untrackFreesSlot();
    void notDueNotSent();
    void answerInsidePollDue();
    void realTimerFires();

private:
    void advanceTo(qint64 t)
    {
        m_now = t;
        m_scheduler->processDue();
    }

    qint64 m_now = 0;
    PollScheduler *m_scheduler = nullptr;
    QSignalSpy *m_due = nullptr;
};

void TestPollScheduler::init()
{
    m_now = 100000;
    m_scheduler = new PollScheduler(this);
    m_scheduler->setClock([this] { return m_now; });
    m_due = new QSignalSpy(m_scheduler, &PollScheduler::pollDue);
}

void TestPollScheduler::cleanup()
{
    delete m_due;
    delete m_scheduler;
}

void TestPollScheduler::idleRunsNoTimer()
{
    QVERIFY(!m_scheduler->isTimerActive());
    QCOMPARE(m_scheduler->nextDueTime(), -1);
    m_scheduler->track(7);
    QVERIFY(m_scheduler->isTimerActive());
    QCOMPARE(m_scheduler->nextDueTime(), m_now + 1000);
    m_scheduler->untrack(7);
    QVERIFY(!m_scheduler->isTimerActive());
    QCOMPARE(m_scheduler->nextDueTime(), -1);
}

void TestPollScheduler::backoffSequence()
{
    // 1 s, then ×1.5 (rounded up) to the 30 s cap.
    const QList<int> expected = { 1000, 1500, 2250, 3375, 5063, 7595, 11393, 17090, 25635, 30000, 30000 };
    m_scheduler->track(1);
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(m_scheduler->intervalMs(1), expected.at(i));
        const qint64 due = m_scheduler->dueTime(1);
        QCOMPARE(due, m_now + expected.at(i));
        advanceTo(due - 1);
        QCOMPARE(m_due->count(), i);
        advanceTo(due);
        QCOMPARE(m_due->count(), i + 1);
        QVERIFY(m_scheduler->isInFlight(1));
        m_scheduler->requestFinished(1, answered());
    }
}

void TestPollScheduler::inFlightCap()
{
    for (qint64 id = 1; id <= 10; ++id)
        m_scheduler->track(id);
    advanceTo(m_now + 1000);
    QCOMPARE(ids(*m_due), (QList<qint64> { 1, 2, 3, 4 }));
    QCOMPARE(m_scheduler->inFlightCount(), 4);
    // Nothing can go until an answer comes back: no timer meanwhile.
    QVERIFY(!m_scheduler->isTimerActive());
    QCOMPARE(m_scheduler->nextDueTime(), -1);
    advanceTo(m_now + 60000);
    QCOMPARE(m_due->count(), 4);
    m_scheduler->requestFinished(2, answered());
    QCOMPARE(m_due->count(), 5);
    QCOMPARE(m_due->last().at(0).toLongLong(), 5);
    QCOMPARE(m_scheduler->inFlightCount(), 4);
}

void TestPollScheduler::throttledBacksOffLonger()
{
    m_scheduler->track(1);
    advanceTo(m_now + 1000);
    m_scheduler->requestFinished(1, throttled());
    QCOMPARE(m_scheduler->intervalMs(1), 5000);
    advanceTo(m_scheduler->dueTime(1));
    m_scheduler->requestFinished(1, throttled());
    QCOMPARE(m_scheduler->intervalMs(1), 15000);
    advanceTo(m_scheduler->dueTime(1));
    m_scheduler->requestFinished(1, throttled());
    QCOMPARE(m_scheduler->intervalMs(1), 45000); // beyond the normal 30 s cap
    advanceTo(m_scheduler->dueTime(1));
    m_scheduler->requestFinished(1, throttled());
    QCOMPARE(m_scheduler->intervalMs(1), 120000);
    QCOMPARE(m_due->count(), 4);
}

void TestPollScheduler::errorsBackOff()
{
    m_scheduler->track(1);
    advanceTo(m_now + 1000);
    m_scheduler->requestFinished(1, failed());
    QCOMPARE(m_scheduler->intervalMs(1), 1500);
    QVERIFY(m_scheduler->isTracked(1));
}

void TestPollScheduler::finishedStopsPolling()
{
    m_scheduler->track(1);
    advanceTo(m_now + 1000);
    m_scheduler->requestFinished(1, answered(true));
    QVERIFY(!m_scheduler->isTracked(1));
    QVERIFY(!m_scheduler->isTimerActive());
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    // A late answer for an untracked export changes nothing.
    m_scheduler->requestFinished(1, answered());
    QCOMPARE(m_scheduler->inFlightCount(), 0);
}

void TestPollScheduler::pollNowRespectsCap()
{
    for (qint64 id = 1; id <= 6; ++id)
        m_scheduler->track(id);
    advanceTo(m_now + 1000);
    for (qint64 id = 1; id <= 4; ++id)
        m_scheduler->requestFinished(id, answered());
    // 5 and 6 went when the slots were freed; everything now has backed off a bit.
    QCOMPARE(m_due->count(), 6);
    for (qint64 id = 5; id <= 6; ++id)
        m_scheduler->requestFinished(id, answered());
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    m_due->clear();
    m_scheduler->pollNow();
    QCOMPARE(m_due->count(), 4);
    QCOMPARE(m_scheduler->intervalMs(5), 1000); // backoff starts over
    m_scheduler->requestFinished(ids(*m_due).first(), answered());
    QCOMPARE(m_due->count(), 5);
}

void TestPollScheduler::untrackFreesSlot()
{
    for (qint64 id = 1; id <= 5; ++id)
        m_scheduler->track(id);
    advanceTo(m_now + 1000);
    QCOMPARE(m_due->count(), 4);
    m_scheduler->untrack(3);
    QCOMPARE(m_due->count(), 5);
    QCOMPARE(m_due->last().at(0).toLongLong(), 5);
    m_scheduler->clear();
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    QVERIFY(!m_scheduler->isTimerActive());
}

void TestPollScheduler::notDueNotSent()
{
    m_scheduler->track(1);
    m_now += 200;
    m_scheduler->track(2);
    advanceTo(m_now + 800);
    QCOMPARE(ids(*m_due), QList<qint64> { 1 });
    // The timer waits for 2, exactly.
    QCOMPARE(m_scheduler->nextDueTime(), m_now + 200);
    QVERIFY(m_scheduler->isTimerActive());
}

void TestPollScheduler::answerInsidePollDue()
{
    // A client that fails at once (e.g. no credentials) answers from inside pollDue().
    int calls = 0;
    connect(m_scheduler, &PollScheduler::pollDue, this, [this, &calls](qint64 id) {
        ++calls;
        m_scheduler->requestFinished(id, failed());
    });
    for (qint64 id = 1; id <= 6; ++id)
        m_scheduler->track(id);
    advanceTo(m_now + 1000);
    QCOMPARE(calls, 6);
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    for (qint64 id = 1; id <= 6; ++id)
        QCOMPARE(m_scheduler->intervalMs(id), 1500);
    QCOMPARE(m_scheduler->nextDueTime(), m_now + 1500);
}

void TestPollScheduler::realTimerFires()
{
    PollScheduler scheduler; // the real monotonic clock
    PollScheduler::Policy policy;
    policy.firstDelayMs = 20;
    scheduler.setPolicy(policy);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.track(11);
    QVERIFY(due.wait(5000));
    QCOMPARE(due.first().at(0).toLongLong(), 11);
    QVERIFY(!scheduler.isTimerActive()); // in flight: nothing else to wait for
    scheduler.requestFinished(11, answered(true));
    QVERIFY(!scheduler.isTimerActive());
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_PollScheduler.moc"
