#include "simulator/GeneratedHtmlSource.h"
#include "simulator/ReportDocument.h"
#include "simulator/SimulatorScenario.h"

#include <QTest>

class TestReportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedHtmlHasExactSize_data();
    void generatedHtmlHasExactSize();
    void generatedHtmlReadsAnywhere_data();
    void generatedHtmlReadsAnywhere();
    void pdfIsWellFormed_data();
    void pdfIsWellFormed();
    void htmlNamesTheReport_data();
    void htmlNamesTheReport();
};

void TestReportDocument::generatedHtmlHasExactSize_data()
{
    QTest::addColumn<qint64>("requested");
    QTest::newRow("1000") << qint64(1000);
    QTest::newRow("12345") << qint64(12345);
    QTest::newRow("1 MiB + 1") << qint64(1024 * 1024 + 1);
    QTest::newRow("300 MiB") << qint64(300) * 1024 * 1024;
}

void TestReportDocument::generatedHtmlHasExactSize()
{
    QFETCH(qint64, requested);
    const GeneratedHtmlSource source(QStringLiteral("Full asset inventory"), requested);
    QCOMPARE(source.size(), requested);
    QVERIFY(source.read(0, 200).startsWith("<!DOCTYPE html>"));
    QCOMPARE(source.read(requested - 8, 100), QByteArray("</html>\n"));
}

void TestReportDocument::generatedHtmlReadsAnywhere_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("odd chunks") << qint64(50000) << qint64(977);
    QTest::newRow("row-sized chunks") << qint64(50001) << qint64(GeneratedHtmlSource::rowBytes);
    QTest::newRow("single bytes") << qint64(600) << qint64(1);
}

void TestReportDocument::generatedHtmlReadsAnywhere()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunk);
    const GeneratedHtmlSource source(QStringLiteral("T"), size);
    const QByteArray whole = source.read(0, size);
    QCOMPARE(whole.size(), size);
    QByteArray pieces;
    for (qint64 offset = 0; offset < size; offset += chunk)
        pieces += source.read(offset, chunk);
    QCOMPARE(pieces, whole);
    QCOMPARE(whole.count("<tr>"), whole.count("</tr>\n"));
}

void TestReportDocument::pdfIsWellFormed_data()
{
    QTest::addColumn<qint64>("reportId");
    QTest::newRow("daily") << SimulatorScenario::dailyReportId;
    QTest::newRow("weekly") << SimulatorScenario::weeklyReportId;
}

void TestReportDocument::pdfIsWellFormed()
{
    QFETCH(qint64, reportId);
    SimulatorReport report;
    report.reportId = reportId;
    const QByteArray pdf = ReportDocument::pdf(report, 880001, QDate(2026, 11, 28));
    QVERIFY(pdf.startsWith("%PDF-1.4\n"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    // startxref points at the xref table, and every entry at its object.
    const int startxref = pdf.lastIndexOf("startxref\n");
    const qint64 xref = pdf.mid(startxref + 10, pdf.indexOf('\n', startxref + 10) - startxref - 10).toLongLong();
    QCOMPARE(pdf.mid(xref, 4), QByteArray("xref"));
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.at(1).split(' ').at(1).toInt();
    QCOMPARE(count, 6);
    for (int i = 1; i < count; ++i) {
        const qint64 offset = lines.at(2 + i).left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")),
                 qPrintable(QString::number(i)));
    }
    QVERIFY(pdf.contains(QByteArray::number(reportId)));
}

void TestReportDocument::htmlNamesTheReport_data()
{
    QTest::addColumn<int>("index");
    const QList<SimulatorReport> reports = SimulatorScenario::demoReports();
    for (int i = 0; i < reports.size(); ++i)
        QTest::newRow(qPrintable(QString::number(reports.at(i).reportId))) << i;
}

void TestReportDocument::htmlNamesTheReport()
{
    QFETCH(int, index);
    const SimulatorReport report = SimulatorScenario::demoReports().at(index);
    const QByteArray html = ReportDocument::html(report, 880002, QDate(2026, 11, 28));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains(QByteArray("<title>" + report.title.toHtmlEscaped().toUtf8() + "</title>")));
    QVERIFY(html.contains(QByteArray("lang=\"" + report.reportLang.toUtf8() + '"')));
    QVERIFY(html.endsWith("</html>\n"));
}

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_ReportDocument.moc"
