#include "common/SignalWatcher.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

// The process signals reach the event loop as a Qt signal, with their number, and
// the default handlers are back once the watcher is gone.
class TestSignalWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsArriveOnTheEventLoop_data();
    void signalsArriveOnTheEventLoop();
    void defaultHandlersAreRestored();
};

void TestSignalWatcher::signalsArriveOnTheEventLoop_data()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only");
#else
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
#endif
}

void TestSignalWatcher::signalsArriveOnTheEventLoop()
{
#ifdef Q_OS_UNIX
    QFETCH(int, signalNumber);
    const SignalWatcher watcher;
    QSignalSpy received(&watcher, &SignalWatcher::signalReceived);
    QCOMPARE(std::raise(signalNumber), 0);
    // Not from inside the handler: only once the event loop reads the byte.
    QCOMPARE(received.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.first().first().toInt(), signalNumber);
#endif
}

void TestSignalWatcher::defaultHandlersAreRestored()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only");
#else
    {
        const SignalWatcher watcher;
    }
    struct sigaction current = {};
    QCOMPARE(::sigaction(SIGTERM, nullptr, &current), 0);
    QVERIFY(current.sa_handler == SIG_DFL);
    QCOMPARE(::sigaction(SIGINT, nullptr, &current), 0);
    QVERIFY(current.sa_handler == SIG_DFL);
#endif
}

QTEST_GUILESS_MAIN(TestSignalWatcher)
#include "tst_SignalWatcher.moc"
