// A window's start reads its history on another thread while the window is
// built (HistoryPrefetch): what open() then shows is never older, nor another
// profile's, than what a read at open() would give.
#include "HistoryTestUtils.h"
#include "tasks/TaskHistoryStore.h"

#include <QTemporaryDir>
#include <QTest>

class TestHistoryPrefetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameTasksAsWithout();
    void writeInBetweenIsSeen();
    void otherProfileGuessIsIgnored();
    void noDatabaseYet();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.db")); }
    std::unique_ptr<TaskHistoryStore> makeStore() const;
    void seed(const QString &profile, const QVector<ExportTask> &tasks);
    QScopedPointer<QTemporaryDir> m_dir;
};

std::unique_ptr<TaskHistoryStore> TestHistoryPrefetch::makeStore() const
{
    auto store = std::make_unique<TaskHistoryStore>();
    store->setDatabasePath(dbPath());
    store->setLegacyDirectory(m_dir->filePath(QStringLiteral("tasks")));
    store->setWatchInterval(0);
    return store;
}

void TestHistoryPrefetch::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestHistoryPrefetch::seed(const QString &profile, const QVector<ExportTask> &tasks)
{
    auto store = makeStore();
    TaskListForStore list(store.get());
    QCOMPARE(store->open(profile).status, TaskHistoryStore::LoadStatus::Loaded);
    for (const ExportTask &task : tasks)
        list.add(task);
    QVERIFY(store->flush());
}

void TestHistoryPrefetch::sameTasksAsWithout()
{
    const QVector<ExportTask> tasks = sampleHistoryTasks(300);
    seed(QStringLiteral("p"), tasks);
    auto store = makeStore();
    store->prefetch(QStringLiteral("p"));
    const TaskHistoryStore::LoadResult loaded = store->open(QStringLiteral("p"));
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(loaded.tasks.size(), tasks.size());
    for (int i = 0; i < tasks.size(); ++i)
        QVERIFY(loaded.tasks.at(i).persistentEquals(tasks.at(i)));
}

void TestHistoryPrefetch::writeInBetweenIsSeen()
{
    seed(QStringLiteral("p"), sampleHistoryTasks(50));
    auto store = makeStore();
    store->prefetch(QStringLiteral("p"));
    // Another process (here: another store) adds an export after the guess
    // was read and before the window opens the history.
    seed(QStringLiteral("p"), sampleHistoryTasks(1, 90000));
    const TaskHistoryStore::LoadResult loaded = store->open(QStringLiteral("p"));
    QCOMPARE(loaded.tasks.size(), 51);
    QCOMPARE(loaded.tasks.constLast().exportId, 90000);
}

void TestHistoryPrefetch::otherProfileGuessIsIgnored()
{
    seed(QStringLiteral("p"), sampleHistoryTasks(5));
    seed(QStringLiteral("q"), sampleHistoryTasks(7, 5000));
    auto store = makeStore();
    store->prefetch(QStringLiteral("p"));
    const TaskHistoryStore::LoadResult loaded = store->open(QStringLiteral("q"));
    QCOMPARE(loaded.tasks.size(), 7);
    QCOMPARE(loaded.tasks.constFirst().exportId, 5000);
    // The guess is gone with the first open: a later open reads afresh.
    QCOMPARE(store->open(QStringLiteral("p")).tasks.size(), 5);
}

void TestHistoryPrefetch::noDatabaseYet()
{
    auto store = makeStore();
    store->prefetch(QStringLiteral("p"));
    const TaskHistoryStore::LoadResult loaded = store->open(QStringLiteral("p"));
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    QVERIFY(loaded.tasks.isEmpty());
    QVERIFY(QFile::exists(dbPath()));
}

QTEST_GUILESS_MAIN(TestHistoryPrefetch)
#include "tst_HistoryPrefetch.moc"
