#include "CliHarness.h"
#include "ScriptedHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// reportdesk-cli end to end: the built binary against reportdesk-demo-server (and,
// for "nothing is sent", against an in-process server that records every request).
class TestReportDeskCli final : public QObject
{
    Q_OBJECT

private:
    QStringList withEndpoint(const QStringList &arguments) const;
    qint64 startExport(qint64 reportId, const QString &type = QStringLiteral("html"));

    CliHarness m_harness;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void helpAndVersion();
    void reportsJson();
    void reportsText();
    void signatureVersions_data();
    void signatureVersions();
    void exportJson();
    void statusWaitJson();
    void statusTextHidesLink();
    void exportWaitFailed();
    void serviceErrors_data();
    void serviceErrors();
    void serviceMessageFollowsLang();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void usageErrorAsJson();
    void networkError();
    void exportWaitDownloadToFolder();
    void downloadCommandToFile();
    void downloadIntoMissingFolder();
    void incompleteEnvironment();
    void noCredentials();
    void verboseLogIsRedacted();
    void interruptedDownloadLeavesNothing();
};

void TestReportDeskCli::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.startServer({ QStringLiteral("--speed"), QStringLiteral("50"),
                                     QStringLiteral("--large-report-bytes"), QStringLiteral("100000") },
                                   &error),
             qPrintable(error));
}

void TestReportDeskCli::cleanupTestCase()
{
    m_harness.stopServer();
}

QStringList TestReportDeskCli::withEndpoint(const QStringList &arguments) const
{
    return QStringList { QStringLiteral("--endpoint"), m_harness.endpoint() } + arguments;
}

qint64 TestReportDeskCli::startExport(qint64 reportId, const QString &type)
{
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("export"), QString::number(reportId), QStringLiteral("--type"),
                                         type, QStringLiteral("--json") }),
                          m_harness.keyEnvironment());
    if (result.exitCode != 0)
        return 0;
    return result.json().value(QLatin1String("ExportId")).toInteger();
}

void TestReportDeskCli::helpAndVersion()
{
    const CliHarness::Result help = CliHarness::run(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }, CliHarness::cleanEnvironment());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QStringLiteral("download EXPORT_ID --output PATH")));
    const CliHarness::Result version = CliHarness::run({ QStringLiteral("--version") }, CliHarness::cleanEnvironment());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText().trimmed(), QStringLiteral("reportdesk-cli " REPORTDESK_VERSION));
}

void TestReportDeskCli::reportsJson()
{
    const CliHarness::Result result = CliHarness::run(
        withEndpoint({ QStringLiteral("reports"), QStringLiteral("--json") }), m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = result.json().value(QLatin1String("ReportList")).toArray();
    QVERIFY(!list.isEmpty());
    QList<qint64> ids;
    for (const QJsonValue &value : list) {
        const QJsonObject report = value.toObject();
        ids.append(report.value(QLatin1String("ReportId")).toInteger());
        QVERIFY(!report.value(QLatin1String("Title")).toString().isEmpty());
        QVERIFY(report.value(QLatin1String("ReportStatus")).isString());
    }
    QVERIFY(ids.contains(377665));
    QVERIFY(ids.contains(377668));
}

void TestReportDeskCli::reportsText()
{
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("reports"), QStringLiteral("--lang"), QStringLiteral("en") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ReportId")));
    QVERIFY(result.outText().contains(QStringLiteral("377665")));
}

void TestReportDeskCli::signatureVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("v3") << QStringLiteral("v3");
    QTest::newRow("v1") << QStringLiteral("v1");
}

void TestReportDeskCli::signatureVersions()
{
    QFETCH(QString, version);
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("--signature"), version, QStringLiteral("status"),
                                         QString::number(startExport(377666)), QStringLiteral("--json") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.json().contains(QLatin1String("ExportStatus")));
}

void TestReportDeskCli::exportJson()
{
    const CliHarness::Result result = CliHarness::run(
        withEndpoint({ QStringLiteral("export"), QStringLiteral("377666"), QStringLiteral("--json") }),
        m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({ QStringLiteral("ExportId"), QStringLiteral("ReportId"), QStringLiteral("RequestId") }));
    QVERIFY(object.value(QLatin1String("ExportId")).toInteger() > 0);
    QCOMPARE(object.value(QLatin1String("ReportId")).toInteger(), 377666);
    QVERIFY(!object.value(QLatin1String("RequestId")).toString().isEmpty());
}

void TestReportDeskCli::statusWaitJson()
{
    const qint64 exportId = startExport(377665, QStringLiteral("pdf"));
    QVERIFY(exportId > 0);
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("status"), QString::number(exportId), QStringLiteral("--wait"),
                                         QStringLiteral("--json") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object.value(QLatin1String("ExportId")).toInteger(), exportId);
    QCOMPARE(object.value(QLatin1String("ReportId")).toInteger(), 377665);
    QCOMPARE(object.value(QLatin1String("ExportStatus")).toString(), QStringLiteral("2"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                .match(object.value(QLatin1String("ExportDate")).toString())
                .hasMatch());
    // Milliseconds since the epoch: later than the moment this test was written.
    QVERIFY(object.value(QLatin1String("UrlExpiredTime")).toInteger() > 1700000000000);
    QVERIFY(object.value(QLatin1String("DownloadUrl")).toString().contains(QStringLiteral("Signature=")));
    QVERIFY(!object.value(QLatin1String("RequestId")).toString().isEmpty());
    // --json keeps stderr quiet: scripts may capture both.
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestReportDeskCli::statusTextHidesLink()
{
    const qint64 exportId = startExport(377666);
    const CliHarness::Result result = CliHarness::run(
        withEndpoint({ QStringLiteral("status"), QString::number(exportId), QStringLiteral("--wait") }),
        m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outText().contains(QString::number(exportId)));
    QVERIFY(!result.outText().contains(QStringLiteral("Signature=")));
    QVERIFY(!result.errText().contains(QStringLiteral("Signature=")));
}

void TestReportDeskCli::exportWaitFailed()
{
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("export"), QStringLiteral("377668"), QStringLiteral("--wait"),
                                         QStringLiteral("--json") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(result.json().value(QLatin1String("ExportStatus")).toString(), QStringLiteral("-1"));
}

void TestReportDeskCli::serviceErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("keyId"); // empty: the demo key
    QTest::addColumn<QString>("secret"); // empty: the demo secret
    QTest::addColumn<QString>("code"); // empty: any Code
    QTest::addColumn<int>("httpStatus"); // 0: any

    QTest::newRow("no permission") << QStringList { QStringLiteral("export"), QStringLiteral("377669") } << QString()
                                   << QString() << QStringLiteral("NoPermission") << 403;
    QTest::newRow("wrong secret") << QStringList { QStringLiteral("reports") } << QString()
                                  << QStringLiteral("not-the-secret") << QStringLiteral("SignatureDoesNotMatch") << 0;
    QTest::newRow("wrong secret, v1") << QStringList { QStringLiteral("--signature"), QStringLiteral("v1"),
                                                       QStringLiteral("reports") }
                                      << QString() << QStringLiteral("not-the-secret")
                                      << QStringLiteral("SignatureDoesNotMatch") << 0;
    QTest::newRow("unknown key") << QStringList { QStringLiteral("reports") } << QStringLiteral("LTAIunknown")
                                 << QString() << QStringLiteral("InvalidAccessKeyId.NotFound") << 0;
    QTest::newRow("unknown export") << QStringList { QStringLiteral("status"), QStringLiteral("123456789") }
                                    << QString() << QString() << QString() << 0;
}

void TestReportDeskCli::serviceErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    QFETCH(int, httpStatus);

    QProcessEnvironment environment = m_harness.keyEnvironment();
    if (!keyId.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId);
    if (!secret.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);

    const CliHarness::Result json
        = CliHarness::run(withEndpoint(arguments + QStringList { QStringLiteral("--json") }), environment);
    QCOMPARE(json.exitCode, 3);
    const QJsonObject object = json.json();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({ QStringLiteral("Code"), QStringLiteral("HttpStatus"), QStringLiteral("Message"),
                           QStringLiteral("RequestId") }));
    if (!code.isEmpty())
        QCOMPARE(object.value(QLatin1String("Code")).toString(), code);
    QVERIFY(!object.value(QLatin1String("Code")).toString().isEmpty());
    if (httpStatus != 0)
        QCOMPARE(object.value(QLatin1String("HttpStatus")).toInt(), httpStatus);
    const QString requestId = object.value(QLatin1String("RequestId")).toString();
    QVERIFY(!requestId.isEmpty());

    // The same error for people: on stderr, with the Code and a RequestId.
    const CliHarness::Result text = CliHarness::run(
        withEndpoint(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments), environment);
    QCOMPARE(text.exitCode, 3);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.errText().contains(object.value(QLatin1String("Code")).toString()));
    QVERIFY(text.errText().contains(QStringLiteral("RequestId")));
    // The secret never shows up, not even when it is the wrong one.
    QVERIFY(!json.outText().contains(environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))));
    QVERIFY(!text.errText().contains(environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))));
}

void TestReportDeskCli::serviceMessageFollowsLang()
{
    const auto message = [this](const QString &language) {
        const CliHarness::Result result
            = CliHarness::run(withEndpoint({ QStringLiteral("--lang"), language, QStringLiteral("export"),
                                             QStringLiteral("377669"), QStringLiteral("--json") }),
                              m_harness.keyEnvironment());
        return result.json().value(QLatin1String("Message")).toString();
    };
    const QString english = message(QStringLiteral("en"));
    const QString chinese = message(QStringLiteral("zh"));
    QVERIFY(!english.isEmpty());
    QVERIFY(!chinese.isEmpty());
    QVERIFY(english != chinese);
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QVERIFY2(chinese.contains(han), qPrintable(chinese));
    QVERIFY2(!english.contains(han), qPrintable(english));
}

void TestReportDeskCli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const QStringList badIds = { QStringLiteral("abc"),
                                 QStringLiteral("-5"),
                                 QStringLiteral("0"),
                                 QStringLiteral("1e3"),
                                 QStringLiteral("99999999999999999999"),
                                 QString() };
    for (const QString &id : badIds) {
        QTest::addRow("export '%s'", qPrintable(id))
            << QStringList { QStringLiteral("export"), id } << QStringLiteral("REPORT_ID");
        QTest::addRow("status '%s'", qPrintable(id))
            << QStringList { QStringLiteral("status"), id, QStringLiteral("--wait") } << QStringLiteral("EXPORT_ID");
        QTest::addRow("download '%s'", qPrintable(id))
            << QStringList { QStringLiteral("download"), id, QStringLiteral("--output"), QStringLiteral("x") }
            << QStringLiteral("EXPORT_ID");
    }
    QTest::newRow("missing id") << QStringList { QStringLiteral("status") } << QStringLiteral("EXPORT_ID");
    QTest::newRow("bad type") << QStringList { QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--type"),
                                               QStringLiteral("doc") }
                              << QStringLiteral("--type");
    QTest::newRow("bad site") << QStringList { QStringLiteral("--site"), QStringLiteral("eu"),
                                               QStringLiteral("reports") }
                              << QStringLiteral("--site");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("exports") } << QStringLiteral("exports");
    QTest::newRow("download without --output")
        << QStringList { QStringLiteral("download"), QStringLiteral("1") } << QStringLiteral("--output");
    QTest::newRow("endpoint with a password")
        << QStringList { QStringLiteral("--endpoint"),
                         QStringLiteral("https://ops:hunter2@tds.cn-shanghai.aliyuncs.com"), QStringLiteral("reports") }
        << QStringLiteral("must not contain a user name or password");
}

void TestReportDeskCli::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    ScriptedHttpServer server;
    QVERIFY(server.isListening());
    server.setHandler([](const ScriptedRequest &) { return ScriptedResponse::json("{\"RequestId\":\"x\"}"); });
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIid"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("secret"));

    const CliHarness::Result result
        = CliHarness::run(QStringList { QStringLiteral("--endpoint"), server.baseUrl().toString(),
                                        QStringLiteral("--lang"), QStringLiteral("en") }
                              + arguments,
                          environment);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(named), result.err.constData());
    QVERIFY(!result.err.contains("hunter2")); // a password given by mistake is not repeated
    QVERIFY(result.out.isEmpty());
    QCOMPARE(server.requestCount(), 0);
}

void TestReportDeskCli::usageErrorAsJson()
{
    const CliHarness::Result result = CliHarness::run(
        { QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("1e3") }, m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 2);
    const QJsonObject object = result.json();
    QCOMPARE(object.value(QLatin1String("Code")).toString(), QStringLiteral("InvalidArgument"));
    QVERIFY(object.value(QLatin1String("Message")).toString().contains(QStringLiteral("EXPORT_ID")));
    QCOMPARE(object.value(QLatin1String("HttpStatus")).toInt(), 0);
}

void TestReportDeskCli::networkError()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const CliHarness::Result result
        = CliHarness::run({ QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                            QStringLiteral("reports"), QStringLiteral("--json") },
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.json().value(QLatin1String("Code")).toString(), QStringLiteral("NetworkError"));
}

void TestReportDeskCli::exportWaitDownloadToFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("export"), QStringLiteral("377665"), QStringLiteral("--type"),
                                         QStringLiteral("pdf"), QStringLiteral("--wait"), QStringLiteral("--output"),
                                         folder.path(), QStringLiteral("--json") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object.value(QLatin1String("ExportStatus")).toString(), QStringLiteral("2"));
    const QString path = object.value(QLatin1String("File")).toString();
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
    QVERIFY2(path.endsWith(QLatin1String(".pdf")), qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), object.value(QLatin1String("Bytes")).toInteger());
    QVERIFY(file.size() > 0);
    // The file is saved: no signed link for the cron log.
    QVERIFY(!object.contains(QLatin1String("DownloadUrl")));
    QVERIFY(!result.out.contains("Signature"));
    QVERIFY(!result.err.contains("Signature"));
    // Only the report: no temporary file left next to it.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
}

void TestReportDeskCli::downloadCommandToFile()
{
    const qint64 exportId = startExport(377666);
    QVERIFY(exportId > 0);
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("weekly.html"));
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("download"), QString::number(exportId),
                                         QStringLiteral("--wait"), QStringLiteral("--output"), target }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(QByteArray::number(exportId)));
    QVERIFY(result.outText().contains(QStringLiteral("weekly.html")));
}

void TestReportDeskCli::downloadIntoMissingFolder()
{
    const qint64 exportId = startExport(377666);
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("missing/sub/report.html"));
    const CliHarness::Result result = CliHarness::run(
        withEndpoint({ QStringLiteral("download"), QString::number(exportId), QStringLiteral("--wait"),
                       QStringLiteral("--output"), target, QStringLiteral("--json") }),
        m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 6);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestReportDeskCli::incompleteEnvironment()
{
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), m_harness.accessKeyId());
    const CliHarness::Result result = CliHarness::run(withEndpoint({ QStringLiteral("reports") }), environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")));
}

void TestReportDeskCli::noCredentials()
{
    // The test's private HOME holds no saved profile.
    const CliHarness::Result result = CliHarness::run(
        withEndpoint({ QStringLiteral("reports"), QStringLiteral("--json") }), CliHarness::cleanEnvironment());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.json().value(QLatin1String("Code")).toString(), QStringLiteral("MissingCredentials"));
}

void TestReportDeskCli::verboseLogIsRedacted()
{
    QTemporaryDir folder;
    const CliHarness::Result result = CliHarness::run(
        withEndpoint({ QStringLiteral("--verbose"), QStringLiteral("export"), QStringLiteral("377666"),
                       QStringLiteral("--wait"), QStringLiteral("--output"), folder.path() }),
        m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QString log = result.errText();
    QVERIFY2(log.contains(QStringLiteral("ExportCustomizeReport")), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("DescribeReportExport")));
    QVERIFY(!log.contains(m_harness.accessKeySecret()));
    QVERIFY(!log.contains(QStringLiteral("Signature=")));
    QVERIFY(!log.contains(QStringLiteral("OSSAccessKeyId=")));
    QVERIFY(!result.outText().contains(m_harness.accessKeySecret()));
}

// Ctrl-C / SIGTERM in the middle of a download: the partial file is discarded.
void TestReportDeskCli::interruptedDownloadLeavesNothing()
{
    ScriptedHttpServer server;
    const QByteArray link = server.url(QStringLiteral("/r/report.html")).toEncoded()
        + "?Expires=4102444800&OSSAccessKeyId=LTAIoss&Signature=abc%3D";
    server.setHandler([link](const ScriptedRequest &request) {
        if (request.path == "/r/report.html") {
            ScriptedResponse slow = ScriptedResponse::withBody(QByteArray(2000000, 'x'), "text/html");
            slow.chunkBytes = 1000;
            slow.chunkIntervalMs = 50; // about 100 s in all: the test interrupts it long before
            return slow;
        }
        return ScriptedResponse::json("{\"RequestId\":\"R1\",\"ExportId\":7,\"ReportId\":1,\"ExportStatus\":\"2\","
                                      "\"ExportDate\":\"2026-01-01\",\"UrlExpiredTime\":4102444800000,"
                                      "\"DownloadUrl\":\""
                                      + link + "\"}");
    });
    QTemporaryDir folder;
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIid"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("secret"));

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REPORTDESK_CLI_PATH),
                  { QStringLiteral("--endpoint"), server.baseUrl().toString(), QStringLiteral("download"),
                    QStringLiteral("7"), QStringLiteral("--output"), folder.filePath(QStringLiteral("report.html")) });
    QVERIFY(process.waitForStarted(10000));
    // The download is under way once the storage side got its request (the body then
    // trickles for about 100 s). QSaveFile may use an unnamed temporary file (O_TMPFILE),
    // so there is not necessarily anything to see in the folder meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 30000);
    QCOMPARE(server.requests().at(1).path, QByteArray("/r/report.html"));
    QVERIFY(!finished.wait(500)); // still downloading: not finished on its own

    process.terminate(); // SIGTERM
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + 15);
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestReportDeskCli)
#include "tst_ReportDeskCli.moc"
