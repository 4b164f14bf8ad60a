// reportdesk-cli history verify and history export --csv, the built binary over a
// real export history (written through TaskHistoryStore) and real saved files.
#include "CliHarness.h"
#include "HistoryTestUtils.h"
#include "Rfc4180Reader.h"
#include "tasks/TaskHistoryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestReportDeskCliArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void verifyAllMatch();
    void verifyFindsModifiedAndMissing();
    void verifyJson();
    void verifyOneProfile();
    void verifyUnknownProfile();
    void verifyEmptyHistory();
    void exportCsvSince();
    void exportCsvToFile();
    void exportNeedsCsvAndADate();

private:
    static QString historyPath()
    {
        return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/ReportDesk/ReportDesk/history.db");
    }
    static QProcessEnvironment environment() { return CliHarness::cleanEnvironment(); }
    static CliHarness::Result cli(const QStringList &arguments)
    {
        return CliHarness::run(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments,
                               environment());
    }
    // A saved report: the file, and its task as the download would have recorded it.
    ExportTask saved(qint64 exportId, const QString &title, const QString &exportDate, const QByteArray &content);
    void record(const QString &profile, const QVector<ExportTask> &tasks);

    QTemporaryDir m_files;
};

void TestReportDeskCliArchive::init()
{
    QVERIFY(m_files.isValid());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(historyPath() + suffix);
}

ExportTask TestReportDeskCliArchive::saved(qint64 exportId, const QString &title, const QString &exportDate,
                                           const QByteArray &content)
{
    ExportTask task;
    task.exportId = exportId;
    task.reportId = 377665;
    task.reportTitle = title;
    task.status = ExportStatus::Succeeded;
    task.exportDate = exportDate;
    task.lastChecked = QDateTime(QDate::fromString(exportDate, Qt::ISODate), QTime(2, 15), Qt::UTC);
    task.createdAt = task.lastChecked;
    task.savedFilePath = m_files.filePath(QStringLiteral("report-%1.html").arg(exportId));
    QFile file(task.savedFilePath);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    task.savedFileSize = content.size();
    task.savedFileSha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return task;
}

void TestReportDeskCliArchive::record(const QString &profile, const QVector<ExportTask> &tasks)
{
    TaskHistoryStore store;
    store.setDatabasePath(historyPath());
    store.setWatchInterval(0);
    TaskListForStore list(&store);
    QVERIFY(!store.open(profile).isProblem());
    for (const ExportTask &task : tasks)
        list.add(task);
    QVERIFY(store.flush());
}

void TestReportDeskCliArchive::verifyAllMatch()
{
    record(QStringLiteral("environment"),
           { saved(1, QStringLiteral("周报"), QStringLiteral("2026-11-01"), "<html>one</html>"),
             saved(2, QStringLiteral("daily"), QStringLiteral("2026-11-02"), "<html>two</html>") });
    const CliHarness::Result result = cli({ QStringLiteral("history"), QStringLiteral("verify") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY2(result.outText().contains(QLatin1String("All 2 saved reports match their recorded SHA-256.")),
             qPrintable(result.outText()));
}

void TestReportDeskCliArchive::verifyFindsModifiedAndMissing()
{
    const ExportTask one = saved(1, QStringLiteral("one"), QStringLiteral("2026-11-01"), "<html>one</html>");
    const ExportTask two = saved(2, QStringLiteral("two"), QStringLiteral("2026-11-02"), "<html>two</html>");
    const ExportTask three = saved(3, QStringLiteral("three"), QStringLiteral("2026-11-03"), "<html>3</html>");
    record(QStringLiteral("environment"), { one, two, three });
    {
        QFile file(two.savedFilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html>TWO</html>"); // same size, other bytes
    }
    QVERIFY(QFile::remove(three.savedFilePath));

    const CliHarness::Result result = cli({ QStringLiteral("history"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 7);
    const QString out = result.outText();
    QVERIFY2(out.contains(QLatin1String("modified ") + two.savedFilePath), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("missing ") + three.savedFilePath), qPrintable(out));
    QVERIFY(out.contains(two.savedFileSha256)); // what the history recorded, beside what is there now
    QVERIFY(!out.contains(one.savedFilePath));
    QVERIFY(out.contains(QLatin1String("2 of 3 saved reports differ from the export history.")));
}

void TestReportDeskCliArchive::verifyJson()
{
    const ExportTask one = saved(1, QStringLiteral("one"), QStringLiteral("2026-11-01"), "<html>one</html>");
    const ExportTask two = saved(2, QStringLiteral("two"), QStringLiteral("2026-11-02"), "<html>two</html>");
    record(QStringLiteral("environment"), { one, two });
    QVERIFY(QFile::remove(one.savedFilePath));

    const CliHarness::Result result
        = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 7);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("Checked")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("Differing")).toInt(), 1);
    const QJsonArray files = json.value(QLatin1String("Files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.first().toObject();
    QCOMPARE(file.value(QLatin1String("Status")).toString(), QStringLiteral("missing"));
    QCOMPARE(file.value(QLatin1String("File")).toString(), one.savedFilePath);
    QCOMPARE(file.value(QLatin1String("ExportId")).toInteger(), 1);
    QCOMPARE(file.value(QLatin1String("ExpectedSha256")).toString(), one.savedFileSha256);
    QVERIFY(result.err.isEmpty()); // --json: no progress line either
}

void TestReportDeskCliArchive::verifyOneProfile()
{
    const ExportTask mine = saved(1, QStringLiteral("mine"), QStringLiteral("2026-11-01"), "<html>1</html>");
    const ExportTask theirs = saved(2, QStringLiteral("theirs"), QStringLiteral("2026-11-02"), "<html>2</html>");
    record(QStringLiteral("environment"), { mine });
    record(QStringLiteral("other-profile-id"), { theirs });
    QVERIFY(QFile::remove(theirs.savedFilePath));

    QCOMPARE(cli({ QStringLiteral("history"), QStringLiteral("verify") }).exitCode, 7);
    const CliHarness::Result result = cli({ QStringLiteral("--profile"), QStringLiteral("environment"),
                                            QStringLiteral("history"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.outText().contains(QLatin1String("The 1 saved report matches its recorded SHA-256.")),
             qPrintable(result.outText()));
}

void TestReportDeskCliArchive::verifyUnknownProfile()
{
    const CliHarness::Result result
        = cli({ QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("nobody"),
                QStringLiteral("history"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.json().value(QLatin1String("Code")).toString(), QStringLiteral("ProfileNotFound"));
}

void TestReportDeskCliArchive::verifyEmptyHistory()
{
    const CliHarness::Result result = cli({ QStringLiteral("history"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outText().contains(QLatin1String("no saved reports")));
    QVERIFY(!QFile::exists(historyPath())); // reading never creates the history
}

void TestReportDeskCliArchive::exportCsvSince()
{
    record(QStringLiteral("environment"),
           { saved(1, QStringLiteral("old"), QStringLiteral("2026-10-31"), "<html>1</html>"),
             saved(2, QStringLiteral("每日安全日报, \"主机\""), QStringLiteral("2026-11-01"), "<html>2</html>"),
             saved(3, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("2026-11-15"), "<html>3</html>") });
    const CliHarness::Result result
        = cli({ QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--since"),
                QStringLiteral("2026-11-01") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Reader::parse(QString::fromUtf8(result.out.mid(3)), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 3); // the header and the two exports of 1 November on
    QCOMPARE(records.at(0),
             QStringList({ QStringLiteral("profile"), QStringLiteral("report"), QStringLiteral("ExportId"),
                           QStringLiteral("export date"), QStringLiteral("saved path"), QStringLiteral("size"),
                           QStringLiteral("SHA-256"), QStringLiteral("saved at") }));
    QCOMPARE(records.at(1).at(0), QStringLiteral("environment"));
    QCOMPARE(records.at(1).at(1), QStringLiteral("每日安全日报, \"主机\""));
    QCOMPARE(records.at(1).at(2), QStringLiteral("2"));
    QCOMPARE(records.at(1).at(3), QStringLiteral("2026-11-01"));
    QCOMPARE(records.at(1).at(4), m_files.filePath(QStringLiteral("report-2.html")));
    QCOMPARE(records.at(1).at(5), QStringLiteral("14"));
    QCOMPARE(records.at(1).at(6).size(), 64);
    QCOMPARE(records.at(1).at(7), QStringLiteral("2026-11-01T02:15:00Z"));
    QCOMPARE(records.at(2).at(1), QStringLiteral("'=cmd|' /C calc'!A0")); // shown as text, never run
}

void TestReportDeskCliArchive::exportCsvToFile()
{
    record(QStringLiteral("environment"), { saved(1, QStringLiteral("one"), QStringLiteral("2026-11-01"), "x") });
    const QString path = m_files.filePath(QStringLiteral("audit.csv"));
    const CliHarness::Result result
        = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"),
                QStringLiteral("--output"), path });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("Rows")).toInt(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Reader::parse(QString::fromUtf8(file.readAll().mid(3)), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 2);

    // A folder that does not exist: exit 6, and nothing written anywhere.
    const CliHarness::Result failed
        = cli({ QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"),
                QStringLiteral("--output"), m_files.filePath(QStringLiteral("none/audit.csv")) });
    QCOMPARE(failed.exitCode, 6);
    QVERIFY(failed.out.isEmpty());
}

void TestReportDeskCliArchive::exportNeedsCsvAndADate()
{
    QCOMPARE(cli({ QStringLiteral("history"), QStringLiteral("export") }).exitCode, 2);
    const CliHarness::Result badDate
        = cli({ QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--since"),
                QStringLiteral("2026-13-01") });
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY2(badDate.errText().contains(QLatin1String("YYYY-MM-DD")), qPrintable(badDate.errText()));
    QCOMPARE(cli({ QStringLiteral("history"), QStringLiteral("verify"), QStringLiteral("--since"),
                   QStringLiteral("2026-01-01") })
                 .exitCode,
             2);
    QCOMPARE(cli({ QStringLiteral("history") }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestReportDeskCliArchive)
#include "tst_ReportDeskCliArchive.moc"
