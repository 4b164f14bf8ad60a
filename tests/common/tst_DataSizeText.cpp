// Sizes as people read them: one unit per pair, binary units, no raw byte
// counts, and no time left that is not known.
#include "common/DataSizeText.h"

#include <QLocale>
#include <QTest>

class TestDataSizeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void sizes_data();
    void sizes();
    void progressUsesTheLargerUnit();
    void timeLeft();
};

void TestDataSizeText::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(812) << QStringLiteral("812 bytes");
    QTest::newRow("KiB") << qint64(12800) << QStringLiteral("12.5 KiB");
    QTest::newRow("MiB") << qint64(300) * 1024 * 1024 << QStringLiteral("300 MiB");
    QTest::newRow("GiB") << qint64(1288490189) << QStringLiteral("1.2 GiB");
    QTest::newRow("4 MiB limit") << qint64(4194304) << QStringLiteral("4 MiB");
}

void TestDataSizeText::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(DataSizeText::size(bytes), text);
}

void TestDataSizeText::progressUsesTheLargerUnit()
{
    QCOMPARE(DataSizeText::progress(46LL * 1024 * 1024, 300LL * 1024 * 1024), u"46 / 300 MiB");
    QCOMPARE(DataSizeText::progress(512 * 1024, 300LL * 1024 * 1024), u"0 / 300 MiB");
    QCOMPARE(DataSizeText::progress(62 * 1024 * 1024 + 900 * 1024, 300LL * 1024 * 1024), u"62 / 300 MiB");
    QCOMPARE(DataSizeText::progress(512 * 1024, 1536 * 1024), u"0.5 / 1.5 MiB");
    QCOMPARE(DataSizeText::progress(46LL * 1024 * 1024, -1), u"46 MiB");
    QCOMPARE(DataSizeText::speed(2202009), u"2.1 MiB/s");
}

void TestDataSizeText::timeLeft()
{
    QVERIFY(DataSizeText::timeLeft(-1).isEmpty());
    QVERIFY(DataSizeText::timeLeft(0).isEmpty()); // never "0 s left"
    QCOMPARE(DataSizeText::timeLeft(40), u"40 s left");
    QCOMPARE(DataSizeText::timeLeft(127), u"2 min left");
    QCOMPARE(DataSizeText::timeLeft(3900), u"1 h 5 min left");
}

QTEST_GUILESS_MAIN(TestDataSizeText)
#include "tst_DataSizeText.moc"
