// The names schedules give their files: placeholders, sanitizing, the extension
// from the export type, and never a name that is already taken.
#include "schedules/FileNameTemplate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFileNameTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void expand_data();
    void expand();
    void unusedPathNumbers();
};

void TestFileNameTemplate::problems_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("problem");
    QTest::newRow("default") << FileNameTemplate::defaultTemplate() << QString();
    QTest::newRow("all") << "{title}-{date}-{exportId}-{format}-{profile}" << QString();
    QTest::newRow("plain") << "weekly" << QString();
    QTest::newRow("unknown") << "{title}_{week}"
                             << "{week}";
    QTest::newRow("case matters") << "{Title}"
                                  << "{Title}";
    QTest::newRow("unclosed") << "{title"
                              << "{";
    QTest::newRow("stray close") << "title}"
                                 << "}";
    QTest::newRow("empty") << "{}"
                           << "{}";
}

void TestFileNameTemplate::problems()
{
    QFETCH(QString, pattern);
    QFETCH(QString, problem);
    QCOMPARE(FileNameTemplate::problem(pattern), problem);
}

void TestFileNameTemplate::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default html") << FileNameTemplate::defaultTemplate() << int(ExportType::Html)
                                  << "Weekly risk_2024-05-09_1042.html";
    QTest::newRow("all pdf") << "{profile}-{format}-{exportId}" << int(ExportType::Pdf) << "ops-prod-pdf-1042.pdf";
    QTest::newRow("own extension replaced") << "{title}.pdf" << int(ExportType::Pdf) << "Weekly risk.pdf";
    QTest::newRow("foreign extension kept in stem") << "{title}.exe" << int(ExportType::Pdf) << "Weekly risk.exe.pdf";
    QTest::newRow("path separators") << "../{title}/x" << int(ExportType::Html) << "_Weekly risk_x.html";
    QTest::newRow("empty falls back") << "" << int(ExportType::Html) << "Weekly risk_2024-05-09_1042.html";
}

void TestFileNameTemplate::expand()
{
    QFETCH(QString, pattern);
    QFETCH(int, type);
    QFETCH(QString, expected);
    FileNameTemplate::Values values;
    values.title = QStringLiteral("Weekly risk");
    values.date = QDate(2024, 5, 9);
    values.exportId = 1042;
    values.reportId = 377665;
    values.type = ExportType(type);
    values.profile = QStringLiteral("ops-prod");
    const QString name = FileNameTemplate::expand(pattern, values);
    QVERIFY(!name.contains(QLatin1Char('/')));
    QVERIFY(!name.startsWith(QLatin1Char('.')));
    if (!expected.startsWith(QLatin1Char('_')))
        QCOMPARE(name, expected);
    QVERIFY(name.endsWith(QLatin1Char('.') + exportTypeExtension(ExportType(type))));
}

void TestFileNameTemplate::unusedPathNumbers()
{
    QTemporaryDir dir;
    const QString first = FileNameTemplate::unusedPath(dir.path(), QStringLiteral("a.pdf"));
    QCOMPARE(first, dir.filePath(QStringLiteral("a.pdf")));
    QFile(first).open(QIODevice::WriteOnly);
    const QString second = FileNameTemplate::unusedPath(dir.path(), QStringLiteral("a.pdf"));
    QCOMPARE(second, dir.filePath(QStringLiteral("a (2).pdf")));
    QFile(second).open(QIODevice::WriteOnly);
    QCOMPARE(FileNameTemplate::unusedPath(dir.path(), QStringLiteral("a.pdf")),
             dir.filePath(QStringLiteral("a (3).pdf")));
    // A dangling link takes its name too: never written through.
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("b.pdf"))));
    QCOMPARE(FileNameTemplate::unusedPath(dir.path(), QStringLiteral("b.pdf")),
             dir.filePath(QStringLiteral("b (2).pdf")));
}

QTEST_GUILESS_MAIN(TestFileNameTemplate)
#include "tst_FileNameTemplate.moc"
