// reportdesk-cli records what it starts and saves in the export history the
// window shows (the built binary against reportdesk-demo-server), unless told
// --no-history.
#include "CliHarness.h"
#include "tasks/TaskHistoryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void exportWaitDownloadIsRecorded();
    void statusKeepsAKnownExportCurrent();
    void noHistoryLeavesNoTrace();
    void unwritableHistoryOnlyWarns();

private:
    QStringList withEndpoint(const QStringList &arguments) const
    {
        return QStringList { QStringLiteral("--endpoint"), m_harness.endpoint() } + arguments;
    }
    // Where the CLI keeps it: the app's data folder under this test's private XDG_DATA_HOME.
    static QString historyPath()
    {
        return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/ReportDesk/ReportDesk/history.db");
    }
    static QVector<ExportTask> recorded()
    {
        TaskHistoryStore store;
        store.setDatabasePath(historyPath());
        store.setWatchInterval(0);
        return store.open(QStringLiteral("environment")).tasks;
    }

    CliHarness m_harness;
};

void TestCliHistory::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.startServer({ QStringLiteral("--speed"), QStringLiteral("50") }, &error), qPrintable(error));
}

void TestCliHistory::cleanupTestCase()
{
    m_harness.stopServer();
}

void TestCliHistory::init()
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(historyPath() + suffix);
}

void TestCliHistory::exportWaitDownloadIsRecorded()
{
    QTemporaryDir folder;
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("export"), QStringLiteral("377665"), QStringLiteral("--type"),
                                         QStringLiteral("pdf"), QStringLiteral("--wait"), QStringLiteral("--output"),
                                         folder.path(), QStringLiteral("--json") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    const QString path = result.json().value(QLatin1String("File")).toString();
    const qint64 exportId = result.json().value(QLatin1String("ExportId")).toInteger();
    QVERIFY(exportId > 0);

    const QVector<ExportTask> tasks = recorded();
    QCOMPARE(tasks.size(), 1);
    const ExportTask &task = tasks.first();
    QCOMPARE(task.exportId, exportId);
    QCOMPARE(task.reportId, 377665);
    QVERIFY(task.exportTypeKnown);
    QCOMPARE(task.exportType, ExportType::Pdf);
    QCOMPARE(task.status, ExportStatus::Succeeded);
    QVERIFY(task.history.size() >= 2); // as it moved, not only where it ended
    QCOMPARE(task.history.last().status, ExportStatus::Succeeded);
    QCOMPARE(task.savedFilePath, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(task.savedFileSize, bytes.size());
    QCOMPARE(task.savedFileSha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(!task.downloadUrl.isValid());
    QByteArray stored;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile part(historyPath() + suffix);
        if (part.open(QIODevice::ReadOnly))
            stored += part.readAll();
    }
    QVERIFY(!stored.contains("Signature"));
    QVERIFY(!stored.contains(m_harness.accessKeySecret().toUtf8()));
}

void TestCliHistory::statusKeepsAKnownExportCurrent()
{
    const CliHarness::Result started = CliHarness::run(
        withEndpoint({ QStringLiteral("export"), QStringLiteral("377666"), QStringLiteral("--json") }),
        m_harness.keyEnvironment());
    QCOMPARE(started.exitCode, 0);
    const qint64 exportId = started.json().value(QLatin1String("ExportId")).toInteger();
    QCOMPARE(recorded().size(), 1);
    const CliHarness::Result waited = CliHarness::run(
        withEndpoint({ QStringLiteral("status"), QString::number(exportId), QStringLiteral("--wait") }),
        m_harness.keyEnvironment());
    QCOMPARE(waited.exitCode, 0);
    QCOMPARE(recorded().first().status, ExportStatus::Succeeded);
    // A status query about an export the history does not follow adds nothing.
    const CliHarness::Result other
        = CliHarness::run(withEndpoint({ QStringLiteral("status"), QStringLiteral("1") }), m_harness.keyEnvironment());
    Q_UNUSED(other)
    QCOMPARE(recorded().size(), 1);
}

void TestCliHistory::noHistoryLeavesNoTrace()
{
    QTemporaryDir folder;
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("export"), QStringLiteral("377665"), QStringLiteral("--wait"),
                                         QStringLiteral("--output"), folder.path(), QStringLiteral("--no-history") }),
                          m_harness.keyEnvironment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFile::exists(historyPath()));
}

void TestCliHistory::unwritableHistoryOnlyWarns()
{
    // The data folder is a file: the history cannot be created, the export still runs.
    QTemporaryDir home;
    QFile blocker(home.filePath(QStringLiteral("data")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcessEnvironment environment = m_harness.keyEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), blocker.fileName());
    const CliHarness::Result result
        = CliHarness::run(withEndpoint({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                                         QStringLiteral("377665"), QStringLiteral("--json") }),
                          environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.json().contains(QLatin1String("ExportId")));
    QVERIFY2(result.errText().contains(QLatin1String("export history")), qPrintable(result.errText()));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_CliHistory.moc"
