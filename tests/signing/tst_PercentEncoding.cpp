#include "SigningVectors.h"
#include "signing/PercentEncoding.h"

#include <QTest>

using Params = QMap<QString, QString>;

class TestPercentEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void encodeBytes_data();
    void encodeBytes();
    void decode_data();
    void decode();
    void canonicalQuery_data();
    void canonicalQuery();
};

void TestPercentEncoding::encode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QByteArray>("encoded");

    const QJsonArray vectors = SigningVectors::section(QStringLiteral("percent_encoding"));
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        const QString raw = vector.value(QLatin1String("raw")).toString();
        QTest::newRow(qPrintable(QStringLiteral("vector ") + raw))
            << raw << vector.value(QLatin1String("encoded")).toString().toLatin1();
    }
    QTest::newRow("unreserved kept") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("space is %20, not +") << QStringLiteral(" ") << QByteArray("%20");
    QTest::newRow("percent itself") << QStringLiteral("100%") << QByteArray("100%25");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("four-byte UTF-8") << QString::fromUtf8("\xF0\x9F\x98\x80") << QByteArray("%F0%9F%98%80");
    QTest::newRow("uppercase hex") << QString::fromUtf8("\xC3\xA9") << QByteArray("%C3%A9");
    QTest::newRow("reserved ASCII") << QStringLiteral("&=?#/:@,;\"<>")
                                    << QByteArray("%26%3D%3F%23%2F%3A%40%2C%3B%22%3C%3E");
}

void TestPercentEncoding::encode()
{
    QFETCH(QString, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(PercentEncoding::encode(raw), encoded);
}

void TestPercentEncoding::encodeBytes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("high byte") << QByteArray("\xFF") << QByteArray("%FF");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("a%00b");
    QTest::newRow("control") << QByteArray("\n\t") << QByteArray("%0A%09");
    QTest::newRow("already encoded is encoded again") << QByteArray("a%20b") << QByteArray("a%2520b");
}

void TestPercentEncoding::encodeBytes()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(PercentEncoding::encode(raw), encoded);
}

void TestPercentEncoding::decode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("decoded");

    const QJsonArray vectors = SigningVectors::section(QStringLiteral("percent_encoding"));
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        const QString raw = vector.value(QLatin1String("raw")).toString();
        QTest::newRow(qPrintable(QStringLiteral("vector ") + raw))
            << vector.value(QLatin1String("encoded")).toString().toLatin1() << raw;
    }
    QTest::newRow("plus is not space") << QByteArray("a+b") << QStringLiteral("a+b");
    QTest::newRow("lowercase hex") << QByteArray("%e4%b8%ad") << QString::fromUtf8("\xE4\xB8\xAD");
    QTest::newRow("plain") << QByteArray("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestPercentEncoding::decode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, decoded);
    QCOMPARE(PercentEncoding::decode(encoded), decoded);
}

void TestPercentEncoding::canonicalQuery_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("query");

    QTest::newRow("empty") << Params() << QByteArray();
    QTest::newRow("one") << Params { { QStringLiteral("Action"), QStringLiteral("X") } } << QByteArray("Action=X");
    QTest::newRow("empty value keeps '='")
        << Params { { QStringLiteral("k"), QString() }, { QStringLiteral("a"), QStringLiteral("1") } }
        << QByteArray("a=1&k=");
    QTest::newRow("uppercase before lowercase") << Params { { QStringLiteral("b"), QStringLiteral("1") },
                                                            { QStringLiteral("B"), QStringLiteral("2") },
                                                            { QStringLiteral("_"), QStringLiteral("3") } }
                                                << QByteArray("B=2&_=3&b=1");
    // Sorting happens on the encoded bytes: '%' (0x25) sorts before '~' and '.',
    // so the order differs from the raw strings' order.
    QTest::newRow("sorted by encoded name, tilde") << Params { { QStringLiteral("a~"), QStringLiteral("1") },
                                                               { QString::fromUtf8("a\xC3\xA9"), QStringLiteral("2") } }
                                                   << QByteArray("a%C3%A9=2&a~=1");
    QTest::newRow("sorted by encoded name, slash")
        << Params { { QStringLiteral("a."), QStringLiteral("1") }, { QStringLiteral("a/"), QStringLiteral("2") } }
        << QByteArray("a%2F=2&a.=1");
    QTest::newRow("values encoded") << Params { { QStringLiteral("Lang"), QStringLiteral("zh") },
                                                { QStringLiteral("Q"), QStringLiteral("a b&c=d") } }
                                    << QByteArray("Lang=zh&Q=a%20b%26c%3Dd");
}

void TestPercentEncoding::canonicalQuery()
{
    QFETCH(Params, params);
    QFETCH(QByteArray, query);
    QCOMPARE(PercentEncoding::canonicalQuery(params), query);
}

QTEST_APPLESS_MAIN(TestPercentEncoding)
#include "tst_PercentEncoding.moc"
