#include "api/IdParser.h"

#include <QTest>

class TestIdParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void everyProblemHasText();
};

void TestIdParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<qint64>("id");
    using P = IdParser::Problem;
    QTest::newRow("plain") << QStringLiteral("1042") << int(P::None) << qint64(1042);
    QTest::newRow("max") << QStringLiteral("9223372036854775807") << int(P::None) << Q_INT64_C(9223372036854775807);
    QTest::newRow("leading zeros") << QStringLiteral("007") << int(P::None) << qint64(7);
    QTest::newRow("empty") << QString() << int(P::Empty) << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << int(P::NotDigits) << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << int(P::NotDigits) << qint64(0);
    QTest::newRow("plus sign") << QStringLiteral("+7") << int(P::NotDigits) << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << int(P::NotDigits) << qint64(0);
    QTest::newRow("decimal") << QStringLiteral("12.0") << int(P::NotDigits) << qint64(0);
    QTest::newRow("space") << QStringLiteral(" 12") << int(P::NotDigits) << qint64(0);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << int(P::NotDigits) << qint64(0);
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12") << int(P::NotDigits) << qint64(0);
    QTest::newRow("zero") << QStringLiteral("0") << int(P::Zero) << qint64(0);
    QTest::newRow("zeros") << QStringLiteral("000") << int(P::Zero) << qint64(0);
    QTest::newRow("max + 1") << QStringLiteral("9223372036854775808") << int(P::TooLarge) << qint64(0);
    QTest::newRow("twenty digits") << QStringLiteral("99999999999999999999") << int(P::TooLarge) << qint64(0);
}

void TestIdParser::parse()
{
    QFETCH(QString, text);
    QFETCH(int, problem);
    QFETCH(qint64, id);
    const IdParser::Result result = IdParser::parse(text);
    QCOMPARE(int(result.problem), problem);
    if (result.problem == IdParser::Problem::None)
        QCOMPARE(result.id, id);
}

void TestIdParser::everyProblemHasText()
{
    using P = IdParser::Problem;
    QVERIFY(IdParser::problemText(P::None).isEmpty());
    for (const P problem : { P::Empty, P::NotDigits, P::Zero, P::TooLarge })
        QVERIFY(!IdParser::problemText(problem).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdParser)
#include "tst_IdParser.moc"
