#include "downloads/SavedReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSavedReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canOpen_data();
    void canOpen();
};

void TestSavedReport::canOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("openable");
    QTest::newRow("html") << QStringLiteral("report.html") << true;
    QTest::newRow("htm") << QStringLiteral("report.htm") << true;
    QTest::newRow("pdf upper case") << QStringLiteral("report.PDF") << true;
    QTest::newRow("desktop entry") << QStringLiteral("report.desktop") << false;
    QTest::newRow("executable") << QStringLiteral("invoice.pdf.exe") << false;
    QTest::newRow("shell script") << QStringLiteral("report.sh") << false;
    QTest::newRow("no extension") << QStringLiteral("report") << false;
    QTest::newRow("link to a pdf") << QStringLiteral("link.pdf") << false;
    QTest::newRow("folder named like a pdf") << QStringLiteral("folder.pdf") << false;
    QTest::newRow("missing") << QStringLiteral("gone.pdf") << false;
    QTest::newRow("empty path") << QString() << false;
}

void TestSavedReport::canOpen()
{
    QFETCH(QString, name);
    QFETCH(bool, openable);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &file :
         { QStringLiteral("report.html"), QStringLiteral("report.htm"), QStringLiteral("report.PDF"),
           QStringLiteral("report.desktop"), QStringLiteral("invoice.pdf.exe"), QStringLiteral("report.sh"),
           QStringLiteral("report") }) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7");
    }
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("report.sh")), dir.filePath(QStringLiteral("link.pdf"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.pdf")));
    QCOMPARE(SavedReport::canOpen(name.isEmpty() ? QString() : dir.filePath(name)), openable);
}

QTEST_GUILESS_MAIN(TestSavedReport)
#include "tst_SavedReport.moc"
