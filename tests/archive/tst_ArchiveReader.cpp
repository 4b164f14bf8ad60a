#include "HistoryTestUtils.h"
#include "archive/ArchiveReader.h"
#include "tasks/TaskHistoryStore.h"

#include <QTemporaryDir>
#include <QTest>

// The saved reports come out of a real history (written through TaskHistoryStore):
// every profile or one, removed rows included, rows without a file left out.
class TestArchiveReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsSavedFilesOfEveryProfile();
    void readsOneProfile();
    void noHistoryIsNoEntries();
    void sinceFiltersOnTheExportDate();

private:
    void write(const QString &profile, const QVector<ExportTask> &tasks, const QList<qint64> &removed = {});
    QTemporaryDir m_dir;
    QString m_path;
};

void TestArchiveReader::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("history-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
}

void TestArchiveReader::write(const QString &profile, const QVector<ExportTask> &tasks, const QList<qint64> &removed)
{
    TaskHistoryStore store;
    store.setDatabasePath(m_path);
    store.setWatchInterval(0);
    TaskListForStore list(&store);
    QVERIFY(!store.open(profile).isProblem());
    for (const ExportTask &task : tasks)
        list.add(task);
    QVERIFY(store.flush());
    for (const qint64 id : removed)
        list.remove(id);
    QVERIFY(store.flush());
}

void TestArchiveReader::readsSavedFilesOfEveryProfile()
{
    QVector<ExportTask> tasks = sampleHistoryTasks(3);
    tasks[2].savedFilePath.clear(); // never downloaded: not part of the archive
    tasks[1].savedAt = QDateTime(); // saved by a version that did not record when
    write(QStringLiteral("p-one"), tasks, { tasks.at(1).exportId });
    write(QStringLiteral("environment"), sampleHistoryTasks(1, 5000));

    const ArchiveReader::Result read = ArchiveReader::read(m_path);
    QVERIFY2(read.ok, qPrintable(read.detail));
    QCOMPARE(read.entries.size(), 3);
    // Ordered by profile, then ExportId.
    QCOMPARE(read.entries.at(0).profileId, QStringLiteral("environment"));
    QCOMPARE(read.entries.at(1).profileId, QStringLiteral("p-one"));
    const ArchiveEntry &first = read.entries.at(1);
    QCOMPARE(first.exportId, tasks.at(0).exportId);
    QCOMPARE(first.reportId, tasks.at(0).reportId);
    QCOMPARE(first.reportTitle, tasks.at(0).reportTitle);
    QCOMPARE(first.exportDate, tasks.at(0).exportDate);
    QCOMPARE(first.savedPath, tasks.at(0).savedFilePath);
    QCOMPARE(first.savedSize, tasks.at(0).savedFileSize);
    QCOMPARE(first.savedSha256, tasks.at(0).savedFileSha256);
    QCOMPARE(first.savedAt, tasks.at(0).savedAt);
    QVERIFY(!first.removed);
    // The removed row is evidence: still listed, and marked.
    QCOMPARE(read.entries.at(2).exportId, tasks.at(1).exportId);
    QVERIFY(read.entries.at(2).removed);
    // Without a recorded time, the answer the download used is the closest known.
    QCOMPARE(read.entries.at(2).savedAt, tasks.at(1).lastChecked);
}

void TestArchiveReader::readsOneProfile()
{
    write(QStringLiteral("p-one"), sampleHistoryTasks(2));
    write(QStringLiteral("p-two"), sampleHistoryTasks(3, 2000));
    const ArchiveReader::Result read = ArchiveReader::read(m_path, QStringLiteral("p-two"));
    QVERIFY(read.ok);
    QCOMPARE(read.entries.size(), 3);
    for (const ArchiveEntry &entry : read.entries)
        QCOMPARE(entry.profileId, QStringLiteral("p-two"));
}

void TestArchiveReader::noHistoryIsNoEntries()
{
    const ArchiveReader::Result read = ArchiveReader::read(m_path);
    QVERIFY(read.ok);
    QVERIFY(read.entries.isEmpty());
    QVERIFY(!QFile::exists(m_path)); // reading never creates the history
}

void TestArchiveReader::sinceFiltersOnTheExportDate()
{
    QVector<ArchiveEntry> entries(4);
    entries[0].exportDate = QStringLiteral("2026-01-31");
    entries[1].exportDate = QStringLiteral("2026-02-01");
    entries[2].savedAt = QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC); // no export date: the saved day
    // entries[3]: no date at all, left out
    const QVector<ArchiveEntry> kept = ArchiveReader::since(entries, QDate(2026, 2, 1));
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).exportDate, QStringLiteral("2026-02-01"));
    QVERIFY(kept.at(1).savedAt.isValid());
}

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_ArchiveReader.moc"
