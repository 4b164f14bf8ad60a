// One window per user session: a second start hands its command line to the
// running one, a socket left by a crash is taken over, and the real binary
// started twice switches the running window to the demo.
#include "ApplicationInstance.h"

#include <QApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <cstdio>

namespace {

const char ChildSend[] = "--child-send";
const char ChildPrimary[] = "--child-primary";

QString uniqueKey()
{
    return QStringLiteral("reportdesk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestApplicationInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartHandsOverItsArguments();
    void staleSocketAfterACrashIsTakenOver();
    void realBinaryStartedTwiceSwitchesToDemo();
};

void TestApplicationInstance::secondStartHandsOverItsArguments()
{
    const QString key = uniqueKey();
    ApplicationInstance primary(key);
    QVERIFY(primary.becomePrimary());
    QSignalSpy received(&primary, &ApplicationInstance::argumentsReceived);
    QProcess second;
    second.start(QCoreApplication::applicationFilePath(),
                 { QLatin1String(ChildSend), key, QStringLiteral("--demo"), QStringLiteral("中文 arg") });
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    QCOMPARE(received.first().first().toStringList(),
             (QStringList { QStringLiteral("--demo"), QStringLiteral("中文 arg") }));
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
    QCOMPARE(second.exitCode(), 0); // it was told "ok"
}

void TestApplicationInstance::staleSocketAfterACrashIsTakenOver()
{
    const QString key = uniqueKey();
    QProcess crashed;
    crashed.start(QCoreApplication::applicationFilePath(), { QLatin1String(ChildPrimary), key });
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += crashed.readAllStandardOutput()).contains("primary"), 10000);
    ApplicationInstance whileAlive(key);
    QVERIFY(!whileAlive.becomePrimary()); // it is alive: not ours to take
    crashed.kill();
    QVERIFY(crashed.waitForFinished());
    QVERIFY(QFile::exists(whileAlive.serverName())); // the socket file stays behind
    ApplicationInstance next(key);
    QVERIFY(next.becomePrimary());
}

void TestApplicationInstance::realBinaryStartedTwiceSwitchesToDemo()
{
    QSettings().clear();
    QSettings().sync();
    ApplicationInstance probe; // the same user and data folder as the child
    QLocalServer::removeServer(probe.serverName()); // what an earlier run's terminate() left behind
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(REPORTDESK_APP_PATH), {});
    QVERIFY(first.waitForStarted());
    // Listening, not merely a socket file: then the second start can only hand over.
    const auto listening = [&probe] {
        QLocalSocket socket;
        socket.connectToServer(probe.serverName());
        return socket.waitForConnected(200);
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 20000);

    QProcess second;
    second.start(QStringLiteral(REPORTDESK_APP_PATH), { QStringLiteral("--demo") });
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 40000);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running); // the first one goes on...
    // ...and has switched to the demo, which it remembers as the last profile used.
    QTRY_COMPARE_WITH_TIMEOUT(QSettings().value(QStringLiteral("profileSelection/lastUsed")).toString(),
                              QStringLiteral("demo"), 20000);
    first.terminate();
    if (!first.waitForFinished(10000)) {
        first.kill();
        first.waitForFinished();
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The app's own names, so the default key and settings are the real binary's.
    QApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QApplication::setApplicationName(QStringLiteral("ReportDesk"));
    if (argc >= 3 && qstrcmp(argv[1], ChildSend) == 0) {
        QStringList arguments = QCoreApplication::arguments().mid(3);
        ApplicationInstance instance(QString::fromLocal8Bit(argv[2]));
        return instance.sendToPrimary(arguments) ? 0 : 1;
    }
    if (argc == 3 && qstrcmp(argv[1], ChildPrimary) == 0) {
        ApplicationInstance instance(QString::fromLocal8Bit(argv[2]));
        if (!instance.becomePrimary())
            return 1;
        std::puts("primary");
        std::fflush(stdout);
        return QApplication::exec(); // until killed
    }
    TestApplicationInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ApplicationInstance.moc"
