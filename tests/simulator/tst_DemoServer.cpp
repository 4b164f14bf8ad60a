#include "SimulatorTestClient.h"

#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {

const QString serverPath = QStringLiteral(REPORTDESK_DEMO_SERVER_PATH);

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcesThenServesUntilSignalled_data();
    void announcesThenServesUntilSignalled();
    void faultSwitches();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    static QJsonObject start(QProcess &process, const QStringList &arguments);
};

QJsonObject TestDemoServer::start(QProcess &process, const QStringList &arguments)
{
    process.setProgram(serverPath);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    QByteArray line;
    while (!line.contains('\n')) {
        if (!process.waitForReadyRead(10000))
            return {};
        line += process.readAllStandardOutput();
    }
    return QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
}

void TestDemoServer::announcesThenServesUntilSignalled_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestDemoServer::announcesThenServesUntilSignalled()
{
    QFETCH(int, signalNumber);
    QProcess process;
    const QJsonObject first = start(process, { QStringLiteral("--speed"), QStringLiteral("1000") });
    QCOMPARE(
        first.keys(),
        QStringList({ QStringLiteral("accessKeyId"), QStringLiteral("accessKeySecret"), QStringLiteral("endpoint") }));
    const QUrl endpoint(first.value(QStringLiteral("endpoint")).toString());
    QCOMPARE(endpoint.scheme(), QStringLiteral("http"));
    QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(endpoint.port() > 0);
    QCOMPARE(first.value(QStringLiteral("accessKeyId")).toString(), Simulator::demoCredentials().accessKeyId);

    SimulatorTestClient client(endpoint);
    ApiCall call;
    call.action = QStringLiteral("DescribeCustomizeReportList");
    call.credentials = { first.value(QStringLiteral("accessKeyId")).toString(),
                         first.value(QStringLiteral("accessKeySecret")).toString(), QString() };
    const ApiResult listed = client.send(call);
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.json.value(QStringLiteral("ReportList")).toArray().isEmpty());
    const ApiResult done = client.exportAndWait(377665, QStringLiteral("HTML"), call.credentials);
    QCOMPARE(done.json.value(QStringLiteral("ExportStatus")).toString(), QStringLiteral("2"));
    const ApiResult file
        = client.fetch(QUrl::fromEncoded(done.json.value(QStringLiteral("DownloadUrl")).toString().toUtf8()));
    QCOMPARE(file.status, 200);

    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestDemoServer::faultSwitches()
{
    QProcess process;
    const QJsonObject first
        = start(process,
                { QStringLiteral("--throttle"), QStringLiteral("1"), QStringLiteral("--retry-after"),
                  QStringLiteral("700"), QStringLiteral("--server-errors"), QStringLiteral("0") });
    SimulatorTestClient client(QUrl(first.value(QStringLiteral("endpoint")).toString()));
    ApiCall call;
    call.action = QStringLiteral("DescribeCustomizeReportList");
    call.credentials = Simulator::demoCredentials();
    const ApiResult throttled = client.send(call);
    QCOMPARE(throttled.code(), QStringLiteral("Throttling.User"));
    QCOMPARE(throttled.header("x-acs-retry-after"), QByteArray("700"));
    QCOMPARE(client.send(call).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestDemoServer::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown switch") << QStringList { QStringLiteral("--frobnicate") };
    QTest::newRow("bad port") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") };
    QTest::newRow("bad speed") << QStringList { QStringLiteral("--speed"), QStringLiteral("fast") };
    QTest::newRow("bad ttl") << QStringList { QStringLiteral("--url-ttl"), QStringLiteral("0") };
    QTest::newRow("bad count") << QStringList { QStringLiteral("--throttle"), QStringLiteral("x") };
}

void TestDemoServer::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(serverPath, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestDemoServer::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("help") << QStringLiteral("--help") << QByteArray("--url-ttl");
    QTest::newRow("version") << QStringLiteral("--version") << QByteArray(REPORTDESK_VERSION);
}

void TestDemoServer::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    QProcess process;
    process.start(serverPath, { option });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(expected));
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_DemoServer.moc"
