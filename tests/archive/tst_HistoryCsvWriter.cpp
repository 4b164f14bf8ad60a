#include "Rfc4180Reader.h"
#include "archive/HistoryCsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

ArchiveEntry entry(const QString &title, const QString &path)
{
    ArchiveEntry e;
    e.profileId = QStringLiteral("0b7c-uuid");
    e.profileName = QStringLiteral("ops, prod");
    e.exportId = 1042;
    e.reportId = 377665;
    e.reportTitle = title;
    e.exportDate = QStringLiteral("2026-11-28");
    e.savedPath = path;
    e.savedSize = 123456;
    e.savedSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    e.savedAt = QDateTime(QDate(2026, 11, 28), QTime(2, 15, 7), Qt::UTC);
    return e;
}

} // namespace

class TestHistoryCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerAndBom();
    void roundTrip_data();
    void roundTrip();
    void formulaGuard_data();
    void formulaGuard();
    void unknownValuesAreEmpty();
    void writesTheFileWhole();
    void failedWriteLeavesNothing();
};

void TestHistoryCsvWriter::headerAndBom()
{
    const QByteArray csv = HistoryCsvWriter::toCsv({});
    // UTF-8 with a BOM, so that Excel reads the Chinese titles as UTF-8.
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.mid(3), QByteArray("profile,report,ExportId,export date,saved path,size,SHA-256,saved at\r\n"));
}

void TestHistoryCsvWriter::roundTrip_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringLiteral("Weekly report") << QStringLiteral("/srv/reports/weekly.pdf");
    QTest::newRow("Chinese") << QStringLiteral("每日安全日报（主机）") << QStringLiteral("/home/me/下载/日报.html");
    QTest::newRow("commas") << QStringLiteral("Hosts, containers, and images")
                            << QStringLiteral("/srv/a,b/report.html");
    QTest::newRow("quotes") << QStringLiteral("The \"critical\" \"\" report") << QStringLiteral("/srv/\"q\".pdf");
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\nline three\rend")
                              << QStringLiteral("/srv/x.pdf");
    QTest::newRow("everything") << QStringLiteral("安全,\"周报\"\n第2期 🛡")
                                << QStringLiteral("C:\\Reports\\周报, 1.pdf");
}

void TestHistoryCsvWriter::roundTrip()
{
    QFETCH(QString, title);
    QFETCH(QString, path);
    const ArchiveEntry one = entry(title, path);
    ArchiveEntry two = entry(QStringLiteral("second"), QStringLiteral("/srv/2.pdf"));
    two.exportId = 1043;

    const QByteArray csv = HistoryCsvWriter::toCsv({ one, two });
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Reader::parse(QString::fromUtf8(csv.mid(3)), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), HistoryCsvWriter::header());
    const QStringList expected { QStringLiteral("ops, prod"),
                                 title,
                                 QStringLiteral("1042"),
                                 QStringLiteral("2026-11-28"),
                                 path,
                                 QStringLiteral("123456"),
                                 one.savedSha256,
                                 QStringLiteral("2026-11-28T02:15:07Z") };
    QCOMPARE(records.at(1), expected);
    QCOMPARE(records.at(2).at(1), QStringLiteral("second"));
    QCOMPARE(records.at(2).at(2), QStringLiteral("1043"));
}

void TestHistoryCsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    QTest::newRow("+") << QStringLiteral("+1+1");
    QTest::newRow("-") << QStringLiteral("-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1");
}

void TestHistoryCsvWriter::formulaGuard()
{
    QFETCH(QString, title);
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Reader::parse(
                 QString::fromUtf8(HistoryCsvWriter::toCsv({ entry(title, QStringLiteral("/r.pdf")) }).mid(3)),
                 &records, &error),
             qPrintable(error));
    QCOMPARE(records.size(), 2);
    // A spreadsheet shows it as text: the apostrophe, then the value unchanged.
    QCOMPARE(records.at(1).at(1), QLatin1Char('\'') + title);
    // Only a leading one is guarded.
    QCOMPARE(HistoryCsvWriter::field(QStringLiteral("a=b")), QStringLiteral("a=b"));
    QCOMPARE(HistoryCsvWriter::field(QStringLiteral("2026-11-28")), QStringLiteral("2026-11-28"));
}

void TestHistoryCsvWriter::unknownValuesAreEmpty()
{
    ArchiveEntry e;
    e.profileId = QStringLiteral("environment");
    e.exportId = 7;
    e.reportId = 377665; // no title known: the ReportId stands for the report
    e.savedPath = QStringLiteral("/r.html");
    const QStringList row = HistoryCsvWriter::row(e);
    QCOMPARE(row,
             QStringList({ QStringLiteral("environment"), QStringLiteral("377665"), QStringLiteral("7"), QString(),
                           QStringLiteral("/r.html"), QString(), QString(), QString() }));
}

void TestHistoryCsvWriter::writesTheFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QString error;
    const QVector<ArchiveEntry> entries { entry(QStringLiteral("周报"), QStringLiteral("/r.pdf")) };
    QVERIFY2(HistoryCsvWriter::writeFile(path, entries, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), HistoryCsvWriter::toCsv(entries));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("history.csv") });

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(HistoryCsvWriter::write(&buffer, entries));
    QCOMPARE(buffer.data(), HistoryCsvWriter::toCsv(entries));
}

void TestHistoryCsvWriter::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!HistoryCsvWriter::writeFile(dir.filePath(QStringLiteral("no/such/folder/h.csv")), {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestHistoryCsvWriter)
#include "tst_HistoryCsvWriter.moc"
