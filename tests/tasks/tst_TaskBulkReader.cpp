// The fast history read (SQLite's C API, a table scan or the index, two
// threads above TaskBulkReader::SplitAbove) gives exactly what the portable
// QSqlQuery reader gives, whatever order the rows were stored in.
#include "HistoryTestUtils.h"
#include "tasks/HistoryDatabase.h"
#include "tasks/TaskBulkReader.h"
#include "tasks/TaskHistoryStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestTaskBulkReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameAsPortable_data();
    void sameAsPortable();
    void removedTasksAreNotRead();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.db")); }
    std::unique_ptr<TaskHistoryStore> makeStore() const;
    void compareWithPortable(const QString &profile, int expected);
    QScopedPointer<QTemporaryDir> m_dir;
};

std::unique_ptr<TaskHistoryStore> TestTaskBulkReader::makeStore() const
{
    auto store = std::make_unique<TaskHistoryStore>();
    store->setDatabasePath(dbPath());
    store->setLegacyDirectory(m_dir->filePath(QStringLiteral("tasks")));
    store->setWatchInterval(0);
    return store;
}

void TestTaskBulkReader::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestTaskBulkReader::compareWithPortable(const QString &profile, int expected)
{
    auto store = makeStore();
    const TaskHistoryStore::LoadResult loaded = store->open(profile);
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    HistoryDatabase db(QStringLiteral("portable-") + profile);
    QCOMPARE(db.open(dbPath(), true), HistoryDatabase::State::Ready);
    QVector<ExportTask> portable;
    QString error;
    QVERIFY2(TaskBulkReader::readPortable(db.database(), profile, &portable, &error), qPrintable(error));
    QCOMPARE(portable.size(), expected);
    QCOMPARE(loaded.tasks.size(), expected);
    QVERIFY(std::is_sorted(loaded.tasks.cbegin(), loaded.tasks.cend(),
                           [](const ExportTask &a, const ExportTask &b) { return a.exportId < b.exportId; }));
    for (int i = 0; i < expected; ++i) {
        const ExportTask &fast = loaded.tasks.at(i);
        QVERIFY2(fast.persistentEquals(portable.at(i)), qPrintable(QString::number(fast.exportId)));
        QCOMPARE(fast.history.size(), portable.at(i).history.size());
    }
}

void TestTaskBulkReader::sameAsPortable_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("descendingIds"); // older ExportIds added later: storage order is not ExportId order
    QTest::addColumn<int>("otherProfileCount"); // tasks of another profile in the same history

    // One profile alone: read by a scan, on one thread or on two.
    QTest::newRow("small, ascending") << 50 << false << 0;
    QTest::newRow("small, descending") << 50 << true << 0;
    QTest::newRow("split, descending") << TaskBulkReader::SplitAbove + 500 << true << 0;
    // Beside a larger profile: a small share goes through the index, a large one is scanned.
    QTest::newRow("small share, index") << 30 << true << 3000;
    QTest::newRow("large share, scan") << 3000 << true << 30;
}

void TestTaskBulkReader::sameAsPortable()
{
    QFETCH(int, count);
    QFETCH(bool, descendingIds);
    QFETCH(int, otherProfileCount);

    QVector<ExportTask> tasks = sampleHistoryTasks(count, 5000);
    if (descendingIds)
        std::reverse(tasks.begin(), tasks.end());
    {
        auto store = makeStore();
        TaskListForStore list(store.get());
        if (otherProfileCount > 0) {
            QCOMPARE(store->open(QStringLiteral("zz-other")).status, TaskHistoryStore::LoadStatus::Loaded);
            for (const ExportTask &task : sampleHistoryTasks(otherProfileCount, 1))
                list.add(task);
            QVERIFY(store->flush());
        }
        QCOMPARE(store->open(QStringLiteral("p")).status, TaskHistoryStore::LoadStatus::Loaded);
        // First every task with one status, then a second round of status
        // changes: the entries of one export end up far apart in the table.
        // Descending: the newer half is stored first, in batches of its own.
        for (int i = 0; i < tasks.size(); ++i) {
            ExportTask task = tasks.at(i);
            task.history.resize(1);
            list.add(task);
            if (descendingIds && i == tasks.size() / 2)
                QVERIFY(store->flush());
        }
        QVERIFY(store->flush());
        for (const ExportTask &task : tasks)
            list.update(task);
        QVERIFY(store->flush());
    }
    if (descendingIds) {
        // The case under test: storage order is not ExportId order.
        HistoryDatabase db(QStringLiteral("storage-order"));
        QCOMPARE(db.open(dbPath(), true), HistoryDatabase::State::Ready);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("SELECT export_id FROM tasks WHERE profile = 'p' ORDER BY rowid")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toLongLong() > 5000);
    }
    compareWithPortable(QStringLiteral("p"), count);
    if (otherProfileCount > 0)
        compareWithPortable(QStringLiteral("zz-other"), otherProfileCount);
}

void TestTaskBulkReader::removedTasksAreNotRead()
{
    {
        auto store = makeStore();
        TaskListForStore list(store.get());
        QCOMPARE(store->open(QStringLiteral("p")).status, TaskHistoryStore::LoadStatus::Loaded);
        for (const ExportTask &task : sampleHistoryTasks(20, 100))
            list.add(task);
        QVERIFY(store->flush());
        for (qint64 id = 100; id < 120; id += 2)
            list.remove(id);
        QVERIFY(store->flush());
    }
    compareWithPortable(QStringLiteral("p"), 10);
    auto store = makeStore();
    for (const ExportTask &task : store->open(QStringLiteral("p")).tasks)
        QVERIFY(task.exportId % 2 == 1);
}

QTEST_GUILESS_MAIN(TestTaskBulkReader)
#include "tst_TaskBulkReader.moc"
