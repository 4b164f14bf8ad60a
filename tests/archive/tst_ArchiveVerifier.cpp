#include "archive/ArchiveVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ArchiveCheck::Status)

// Real files in a temporary folder against their records: what matches, what is gone,
// what changed (content or size), what cannot be read; and a cancel that stops the
// check and reports nothing more.
class TestArchiveVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statuses_data();
    void statuses();
    void everythingAtOnce();
    void hashWithoutRecordChecksTheSize();
    void cancelStopsAndReportsNothingMore();
    void destroyedWhileRunning();
    void emptyListFinishes();

private:
    ArchiveEntry save(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestArchiveVerifier::init()
{
    QVERIFY(m_dir.isValid());
}

ArchiveEntry TestArchiveVerifier::save(const QString &name, const QByteArray &content)
{
    ArchiveEntry entry;
    entry.profileId = QStringLiteral("p");
    entry.exportId = 1000 + name.size();
    entry.savedPath = m_dir.filePath(name);
    QFile file(entry.savedPath);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    entry.savedSize = content.size();
    entry.savedSha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return entry;
}

void TestArchiveVerifier::statuses_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<ArchiveCheck::Status>("status");
    QTest::newRow("untouched") << QString() << ArchiveCheck::Status::Ok;
    QTest::newRow("deleted") << QStringLiteral("delete") << ArchiveCheck::Status::Missing;
    QTest::newRow("one byte changed, same size") << QStringLiteral("flip") << ArchiveCheck::Status::Modified;
    QTest::newRow("appended") << QStringLiteral("append") << ArchiveCheck::Status::Modified;
    // A folder where the file was: there, but not readable as a report (root reads any file).
    QTest::newRow("a folder instead") << QStringLiteral("folder") << ArchiveCheck::Status::Unreadable;
}

void TestArchiveVerifier::statuses()
{
    QFETCH(QString, change);
    QFETCH(ArchiveCheck::Status, status);
    // More than one chunk, so that the chunked reading is what is checked.
    QByteArray content(int(ArchiveVerifier::ChunkBytes) * 2 + 123, 'r');
    content.replace(0, 9, "<html>报告");
    const ArchiveEntry entry = save(QStringLiteral("report.html"), content);
    if (change == QLatin1String("delete") || change == QLatin1String("folder"))
        QVERIFY(QFile::remove(entry.savedPath));
    if (change == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(entry.savedPath));
    if (change == QLatin1String("flip") || change == QLatin1String("append")) {
        QFile file(entry.savedPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(change == QLatin1String("flip") ? ArchiveVerifier::ChunkBytes + 7 : file.size()));
        file.write("x");
    }

    ArchiveVerifier verifier;
    QSignalSpy checked(&verifier, &ArchiveVerifier::entryChecked);
    QSignalSpy finished(&verifier, &ArchiveVerifier::finished);
    verifier.start({ entry });
    // start() returns at once: the results come later, through the event loop.
    QVERIFY(verifier.isRunning());
    QCOMPARE(checked.count(), 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(checked.count(), 1);
    const auto check = checked.first().first().value<ArchiveCheck>();
    QCOMPARE(check.status, status);
    QCOMPARE(check.entry.savedPath, entry.savedPath);
    QCOMPARE(verifier.differingCount(), status == ArchiveCheck::Status::Ok ? 0 : 1);
    QCOMPARE(verifier.checkedCount(), 1);
    QVERIFY(!verifier.wasCancelled());
    if (status == ArchiveCheck::Status::Ok)
        QCOMPARE(check.foundSha256, entry.savedSha256);
    if (status == ArchiveCheck::Status::Modified) {
        QVERIFY(!check.foundSha256.isEmpty());
        QVERIFY(check.foundSha256 != entry.savedSha256);
    }
    if (status == ArchiveCheck::Status::Unreadable)
        QVERIFY(!check.detail.isEmpty());
}

void TestArchiveVerifier::everythingAtOnce()
{
    QVector<ArchiveEntry> entries;
    for (int i = 0; i < 5; ++i)
        entries.append(save(QStringLiteral("r%1.pdf").arg(i), QByteArray(1000 + i, char('a' + i))));
    QVERIFY(QFile::remove(entries.at(1).savedPath));
    QFile file(entries.at(3).savedPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1003, 'z')); // same size, other content
    file.close();

    ArchiveVerifier verifier;
    QSignalSpy checked(&verifier, &ArchiveVerifier::entryChecked);
    QSignalSpy progress(&verifier, &ArchiveVerifier::progress);
    QSignalSpy finished(&verifier, &ArchiveVerifier::finished);
    verifier.start(entries);
    QCOMPARE(verifier.totalBytes(), qint64(1000 + 1001 + 1002 + 1003 + 1004));
    QVERIFY(finished.wait(30000));
    QCOMPARE(checked.count(), 5);
    QCOMPARE(verifier.differingCount(), 2);
    QCOMPARE(checked.at(1).first().value<ArchiveCheck>().status, ArchiveCheck::Status::Missing);
    QCOMPARE(checked.at(3).first().value<ArchiveCheck>().status, ArchiveCheck::Status::Modified);
    // The last progress: every file done, every byte that is there read.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    QCOMPARE(progress.last().at(2).toLongLong(), qint64(1000 + 1002 + 1003 + 1004));
}

void TestArchiveVerifier::hashWithoutRecordChecksTheSize()
{
    ArchiveEntry same = save(QStringLiteral("old-same.html"), "0.1 kept no hash");
    same.savedSha256.clear();
    ArchiveEntry grown = save(QStringLiteral("old-grown.html"), "0.1 kept no hash");
    grown.savedSha256.clear();
    grown.savedSize -= 1;

    ArchiveVerifier verifier;
    QSignalSpy checked(&verifier, &ArchiveVerifier::entryChecked);
    QSignalSpy finished(&verifier, &ArchiveVerifier::finished);
    verifier.start({ same, grown });
    QVERIFY(finished.wait(30000));
    QCOMPARE(checked.count(), 2);
    QCOMPARE(checked.at(0).first().value<ArchiveCheck>().status, ArchiveCheck::Status::Ok);
    QCOMPARE(checked.at(1).first().value<ArchiveCheck>().status, ArchiveCheck::Status::Modified);
}

void TestArchiveVerifier::cancelStopsAndReportsNothingMore()
{
    // Large files (sparse: quick to make) so that the check is still running when cancelled.
    QVector<ArchiveEntry> entries;
    for (int i = 0; i < 8; ++i) {
        ArchiveEntry entry = save(QStringLiteral("big%1.pdf").arg(i), QByteArray());
        QFile file(entry.savedPath);
        QVERIFY(file.resize(256LL * 1024 * 1024));
        entry.savedSize = file.size();
        entry.savedSha256 = QStringLiteral("00");
        entries.append(entry);
    }
    ArchiveVerifier verifier;
    QSignalSpy checked(&verifier, &ArchiveVerifier::entryChecked);
    QSignalSpy finished(&verifier, &ArchiveVerifier::finished);
    verifier.start(entries);
    verifier.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(verifier.wasCancelled());
    QVERIFY(!verifier.isRunning());
    QCOMPARE(checked.count(), 0); // nothing reported after cancel(), not even what was on its way
    QVERIFY(verifier.checkedCount() < entries.size());

    // A verifier can run again after a cancel.
    const ArchiveEntry small = save(QStringLiteral("small.html"), "ok");
    verifier.start({ small });
    QVERIFY(finished.wait(30000));
    QVERIFY(!verifier.wasCancelled());
    QCOMPARE(checked.count(), 1);
}

void TestArchiveVerifier::destroyedWhileRunning()
{
    ArchiveEntry entry = save(QStringLiteral("big.pdf"), QByteArray());
    QFile file(entry.savedPath);
    QVERIFY(file.resize(512LL * 1024 * 1024));
    auto *verifier = new ArchiveVerifier;
    verifier->start(QVector<ArchiveEntry>(4, entry));
    delete verifier; // cancels and waits for the thread: no crash, no result for a dead object
    QCoreApplication::processEvents();
}

void TestArchiveVerifier::emptyListFinishes()
{
    ArchiveVerifier verifier;
    QSignalSpy finished(&verifier, &ArchiveVerifier::finished);
    verifier.start({});
    QVERIFY(finished.wait(10000));
    QCOMPARE(verifier.differingCount(), 0);
}

QTEST_GUILESS_MAIN(TestArchiveVerifier)
#include "tst_ArchiveVerifier.moc"
