// reportdesk-cli schedule ... end to end: the built binary against
// reportdesk-demo-server, with the profile's key in a private gnome-keyring. A
// schedule added from the CLI runs from "schedule run-due" (what the systemd
// timer starts), the file appears with its SHA-256 in the history, and nothing
// runs twice, not even from two processes at once.
#include "CliHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void addRunDueRunsOnceAndRecordsTheHash();
    void badSchedulesAreRefused();
    void twoRunDueAtOnceRunItOnce();
    void failedOccurrenceExitsNonZero();

private:
    // The clock (REPORTDESK_SCHEDULE_NOW) and zone (TZ) of one run.
    static QProcessEnvironment at(const QString &isoTime)
    {
        QProcessEnvironment environment = CliHarness::cleanEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
        environment.insert(QStringLiteral("REPORTDESK_SCHEDULE_NOW"), isoTime);
        return environment;
    }
    static CliHarness::Result cli(const QStringList &arguments, const QString &isoTime)
    {
        return CliHarness::run(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments, at(isoTime));
    }
    static QString historyPath()
    {
        return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/ReportDesk/ReportDesk/history.db");
    }
    QStringList addArguments(const QString &name, qint64 reportId) const
    {
        return { QStringLiteral("schedule"), QStringLiteral("add"),      name,
                 QStringLiteral("--report"), QString::number(reportId),  QStringLiteral("--type"),
                 QStringLiteral("pdf"),      QStringLiteral("--weekly"), QStringLiteral("mon,thu"),
                 QStringLiteral("--at"),     QStringLiteral("07:30"),    QStringLiteral("--folder"),
                 m_folder->path(),           QStringLiteral("--keep"),   QStringLiteral("2"),
                 QStringLiteral("--json") };
    }

    CliHarness m_harness;
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestCliSchedule::initTestCase()
{
    QVERIFY(QDir::homePath().contains(QStringLiteral("home-test_CliSchedule"))); // never the developer's HOME
    // A fresh profile each run: the test's private HOME outlives it.
    QFile::remove(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/ReportDesk/ReportDesk.conf"));
    QString error;
    QVERIFY2(m_harness.startServer({ QStringLiteral("--speed"), QStringLiteral("50") }, &error), qPrintable(error));
    const CliHarness::Result added = m_harness.addDefaultProfile(QStringLiteral("ops"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
}

void TestCliSchedule::cleanupTestCase()
{
    m_harness.stopServer();
}

void TestCliSchedule::init()
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(historyPath() + suffix);
    m_folder = std::make_unique<QTemporaryDir>();
}

void TestCliSchedule::addRunDueRunsOnceAndRecordsTheHash()
{
    const QString created = QStringLiteral("2024-05-09T06:00:00+02:00"); // a Thursday
    CliHarness::Result result = cli(addArguments(QStringLiteral("weekly-risk"), 377665), created);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QCOMPARE(result.json().value(QLatin1String("Cadence")).toString(), QStringLiteral("weekly:mon,thu@07:30"));
    QCOMPARE(result.json().value(QLatin1String("Profile")).toString(), QStringLiteral("ops"));
    QCOMPARE(result.json().value(QLatin1String("TimeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(result.json().value(QLatin1String("NextRun")).toString(), QStringLiteral("2024-05-09T07:30:00+02:00"));

    result = cli({ QStringLiteral("schedule"), QStringLiteral("run-due") }, created);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outText().contains(QLatin1String("Nothing is due")));

    const QString later = QStringLiteral("2024-05-09T07:45:00+02:00");
    result = cli({ QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("--json") }, later);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText() + result.outText()));
    QCOMPARE(result.json().value(QLatin1String("Ran")).toInt(), 1);
    const QJsonObject ran = result.json().value(QLatin1String("Occurrences")).toArray().first().toObject();
    QCOMPARE(ran.value(QLatin1String("State")).toString(), QStringLiteral("succeeded"));
    const QString path = ran.value(QLatin1String("File")).toString();
    QVERIFY(path.startsWith(m_folder->path()));
    QVERIFY(path.endsWith(QLatin1String(".pdf")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(ran.value(QLatin1String("Sha256")).toString(), sha);

    {
        // The window's task history has the export, with the file's path, size and hash.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(historyPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT saved_path, saved_size, saved_sha256, status, report_id FROM tasks "
                                          "WHERE export_id = %1")
                               .arg(ran.value(QLatin1String("ExportId")).toInteger())));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), path);
        QCOMPARE(query.value(1).toLongLong(), bytes.size());
        QCOMPARE(query.value(2).toString(), sha);
        QCOMPARE(query.value(4).toLongLong(), 377665);
        QVERIFY(query.exec(QStringLiteral("SELECT saved_sha256 FROM schedule_occurrences")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), sha);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // Again, and later that day: the occurrence ran; nothing runs twice.
    result = cli({ QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("--json") }, later);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("Ran")).toInt(), 0);
    result = cli({ QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("--json") },
                 QStringLiteral("2024-05-09T22:00:00+02:00"));
    QCOMPARE(result.json().value(QLatin1String("Ran")).toInt(), 0);
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 1);

    result = cli({ QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json") }, later);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject listed = result.json().value(QLatin1String("Schedules")).toArray().first().toObject();
    QCOMPARE(listed.value(QLatin1String("NextRun")).toString(), QStringLiteral("2024-05-13T07:30:00+02:00"));
    QCOMPARE(listed.value(QLatin1String("Last")).toObject().value(QLatin1String("State")).toString(),
             QStringLiteral("succeeded"));
    result = cli({ QStringLiteral("schedule"), QStringLiteral("list") }, later);
    QVERIFY(result.outText().contains(QLatin1String("weekly-risk")));
    QVERIFY(result.outText().contains(QLatin1String("2024-05-13 07:30")));

    // "run NAME" runs now, outside the cadence: a second file.
    result = cli({ QStringLiteral("schedule"), QStringLiteral("run"), QStringLiteral("weekly-risk") },
                 QStringLiteral("2024-05-10T12:00:00+02:00"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 2);

    result = cli({ QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("weekly-risk") }, later);
    QCOMPARE(result.exitCode, 0);
    result = cli({ QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("weekly-risk") }, later);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 2); // its files stay
}

void TestCliSchedule::badSchedulesAreRefused()
{
    const QString now = QStringLiteral("2024-05-09T06:00:00+02:00");
    QCOMPARE(cli(addArguments(QStringLiteral("a"), 377665), now).exitCode, 0);
    CliHarness::Result result = cli(addArguments(QStringLiteral("a"), 377665), now);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.outText().contains(QLatin1String("ScheduleExists")));
    const QList<QStringList> bad = {
        { QStringLiteral("--name"), QStringLiteral("{title}_{week}") },
        { QStringLiteral("--daily") }, // and --weekly
        { QStringLiteral("--at"), QStringLiteral("25:00") },
        { QStringLiteral("--keep"), QStringLiteral("-1") },
    };
    for (const QStringList &extra : bad) {
        result = cli(addArguments(QStringLiteral("b"), 377665) + extra, now);
        QVERIFY2(result.exitCode == 2, qPrintable(extra.join(QLatin1Char(' '))));
    }
    result = cli({ QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("c"), QStringLiteral("--report"),
                   QStringLiteral("377665"), QStringLiteral("--monthly"), QStringLiteral("32"), QStringLiteral("--at"),
                   QStringLiteral("07:30"), QStringLiteral("--folder"), m_folder->path() },
                 now);
    QCOMPARE(result.exitCode, 2);
    result = cli({ QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json") }, now);
    QCOMPARE(result.json().value(QLatin1String("Schedules")).toArray().size(), 1);
}

void TestCliSchedule::twoRunDueAtOnceRunItOnce()
{
    QCOMPARE(cli(addArguments(QStringLiteral("race"), 377666), QStringLiteral("2024-05-09T06:00:00+02:00")).exitCode,
             0);
    const QStringList arguments = { QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("run-due") };
    QProcess first;
    QProcess second;
    for (QProcess *process : { &first, &second }) {
        process->setProcessEnvironment(at(QStringLiteral("2024-05-13T08:00:00+02:00")));
        process->start(QStringLiteral(REPORTDESK_CLI_PATH), arguments);
    }
    QVERIFY(first.waitForFinished(60000));
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    const int ran = QJsonDocument::fromJson(first.readAllStandardOutput()).object().value(QLatin1String("Ran")).toInt()
        + QJsonDocument::fromJson(second.readAllStandardOutput()).object().value(QLatin1String("Ran")).toInt();
    QCOMPARE(ran, 1);
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 1);
}

void TestCliSchedule::failedOccurrenceExitsNonZero()
{
    QCOMPARE(cli(addArguments(QStringLiteral("gone"), 999999), QStringLiteral("2024-05-09T06:00:00+02:00")).exitCode,
             0);
    const CliHarness::Result result
        = cli({ QStringLiteral("schedule"), QStringLiteral("run-due") }, QStringLiteral("2024-05-09T08:00:00+02:00"));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.errText().contains(QLatin1String("report-not-found")));
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_CliSchedule.moc"
