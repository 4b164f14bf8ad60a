// OpenSSL's SHA-256 as DownloadJob feeds it: FIPS 180-2 vectors, fed whole and
// in pieces, and the same answer as Qt's own for a large random input.
#include "downloads/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

class TestSha256 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void piecesEqualWhole();
    void startsOverAfterResult();
};

void TestSha256::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::publishedVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(Sha256::hexOf(input), hex);
}

void TestSha256::piecesEqualWhole()
{
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : data)
        c = static_cast<char>(generator.bounded(256));
    Sha256 hash;
    for (qsizetype offset = 0; offset < data.size(); offset += 65521)
        hash.addData(data.constData() + offset, qMin<qsizetype>(65521, data.size() - offset));
    QCOMPARE(hash.hexResult(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void TestSha256::startsOverAfterResult()
{
    Sha256 hash;
    hash.addData(QByteArray("first"));
    hash.hexResult();
    hash.addData(QByteArray("abc"));
    QCOMPARE(hash.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_Sha256.moc"
