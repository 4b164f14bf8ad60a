// The SQLite export history within one process: what is kept, row-level
// writes from two "windows", damaged and newer files, a full disk, a lock held
// by someone else, and changes seen by another store.
#include "HistoryTestUtils.h"
#include "tasks/HistoryDatabase.h"
#include "tasks/HistorySql.h"
#include "tasks/TaskBulkReader.h"
#include "tasks/TaskHistoryStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestTaskHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripKeepsEveryFieldButLinks();
    void twoWindowsLoseNothing();
    void removalIsKeptAsEvidence();
    void changesAreBatched();
    void otherStoresChangesArrive();
    void ownPendingChangeWinsOverOlderRow();
    void corruptFileMovedAside();
    void newerVersionIsReadOnly();
    void fullDiskKeepsChangesAndRetries();
    void waitsForAnotherWritersLock();
    void unopenableFolderIsReported();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.db")); }
    std::unique_ptr<TaskHistoryStore> makeStore() const;
    QScopedPointer<QTemporaryDir> m_dir;
};

std::unique_ptr<TaskHistoryStore> TestTaskHistoryStore::makeStore() const
{
    auto store = std::make_unique<TaskHistoryStore>();
    store->setDatabasePath(dbPath());
    store->setLegacyDirectory(m_dir->filePath(QStringLiteral("tasks")));
    store->setSaveDelay(5);
    store->setLazySaveDelay(50);
    store->setWatchInterval(0);
    return store;
}

void TestTaskHistoryStore::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestTaskHistoryStore::roundTripKeepsEveryFieldButLinks()
{
    const QVector<ExportTask> tasks = sampleHistoryTasks(3);
    {
        auto store = makeStore();
        TaskListForStore list(store.get());
        QCOMPARE(store->open(QStringLiteral("ops-prod")).status, TaskHistoryStore::LoadStatus::Loaded);
        for (const ExportTask &task : tasks)
            list.add(task);
        QVERIFY(store->flush());
        QCOMPARE(store->pendingCount(), 0);
    }
    auto store = makeStore();
    const TaskHistoryStore::LoadResult loaded = store->open(QStringLiteral("ops-prod"));
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(loaded.tasks.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(loaded.tasks.at(i).persistentEquals(tasks.at(i)), qPrintable(QString::number(i)));
        QVERIFY(!loaded.tasks.at(i).downloadUrl.isValid());
        QCOMPARE(loaded.tasks.at(i).download.state, DownloadProgress::State::None);
    }
    // The portable (QSqlQuery) reader gives the same tasks as the fast one.
    HistoryDatabase db(QStringLiteral("portable-check"));
    QCOMPARE(db.open(dbPath(), true), HistoryDatabase::State::Ready);
    QVector<ExportTask> portable;
    QString error;
    QVERIFY(TaskBulkReader::readPortable(db.database(), QStringLiteral("ops-prod"), &portable, &error));
    QCOMPARE(portable.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(portable.at(i).persistentEquals(tasks.at(i)));
    // Another profile's list is its own.
    QCOMPARE(store->open(QStringLiteral("other")).tasks.size(), 0);
    const QByteArray bytes = historyFileBytes(dbPath());
    QVERIFY(bytes.contains("weekly_1.html"));
    QVERIFY(!bytes.contains("SECRETSIG"));
    QVERIFY(!bytes.contains("Signature"));
}

void TestTaskHistoryStore::twoWindowsLoseNothing()
{
    // The 0.1 bug: each window rewrote the whole list, the last to close won.
    auto first = makeStore();
    auto second = makeStore();
    TaskListForStore firstList(first.get());
    TaskListForStore secondList(second.get());
    QVERIFY(!first->open(QStringLiteral("p")).isProblem());
    QVERIFY(!second->open(QStringLiteral("p")).isProblem());
    const QVector<ExportTask> tasks = sampleHistoryTasks(2);
    firstList.add(tasks.at(0));
    secondList.add(tasks.at(1));
    QVERIFY(first->flush());
    QVERIFY(second->flush());
    ExportTask changed = tasks.at(1);
    changed.reportTitle = QStringLiteral("renamed in the second window");
    secondList.update(changed);
    first.reset();
    second.reset();
    auto reader = makeStore();
    const TaskHistoryStore::LoadResult loaded = reader->open(QStringLiteral("p"));
    QCOMPARE(loaded.tasks.size(), 2);
    QCOMPARE(loaded.tasks.at(0).exportId, tasks.at(0).exportId);
    QCOMPARE(loaded.tasks.at(1).reportTitle, QStringLiteral("renamed in the second window"));
}

void TestTaskHistoryStore::removalIsKeptAsEvidence()
{
    auto store = makeStore();
    TaskListForStore list(store.get());
    store->open(QStringLiteral("p"));
    const QVector<ExportTask> tasks = sampleHistoryTasks(2);
    list.add(tasks.at(0));
    list.add(tasks.at(1));
    QVERIFY(store->flush());
    list.remove(tasks.at(0).exportId);
    QVERIFY(store->flush());
    QCOMPARE(store->open(QStringLiteral("p")).tasks.size(), 1);
    // Still in the file, marked removed, with its status history.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evidence"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT removed_at FROM tasks WHERE export_id = %1").arg(tasks.at(0).exportId)));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).isNull());
    QVERIFY(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM status_history WHERE export_id = %1").arg(tasks.at(0).exportId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("evidence"));
    // Added again: it comes back.
    list.add(tasks.at(0));
    QVERIFY(store->flush());
    QCOMPARE(store->open(QStringLiteral("p")).tasks.size(), 2);
}

void TestTaskHistoryStore::changesAreBatched()
{
    auto store = makeStore();
    store->setSaveDelay(100);
    TaskListForStore list(store.get());
    store->open(QStringLiteral("p"));
    QSignalSpy saved(store.get(), &TaskHistoryStore::saved);
    for (const ExportTask &task : sampleHistoryTasks(4000))
        list.add(task);
    QCOMPARE(store->pendingCount(), 4000);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000); // one poll round, one transaction
    QCOMPARE(store->pendingCount(), 0);
    // Enough tasks for the read to be split over two threads: the same tasks,
    // in the same order, each with its own history, as the portable reader's.
    QVERIFY(4000 >= TaskBulkReader::SplitAbove);
    const QVector<ExportTask> fast = store->open(QStringLiteral("p")).tasks;
    QCOMPARE(fast.size(), 4000);
    HistoryDatabase db(QStringLiteral("portable-4000"));
    QCOMPARE(db.open(dbPath(), true), HistoryDatabase::State::Ready);
    QVector<ExportTask> portable;
    QString error;
    QVERIFY(TaskBulkReader::readPortable(db.database(), QStringLiteral("p"), &portable, &error));
    QCOMPARE(portable.size(), 4000);
    for (int i = 0; i < 4000; ++i)
        QVERIFY2(fast.at(i).persistentEquals(portable.at(i)), qPrintable(QString::number(i)));
}

void TestTaskHistoryStore::otherStoresChangesArrive()
{
    auto window = makeStore();
    window->setWatchInterval(50);
    TaskListForStore windowList(window.get());
    window->open(QStringLiteral("p"));
    QSignalSpy external(window.get(), &TaskHistoryStore::externalChanges);

    auto cli = makeStore();
    TaskListForStore cliList(cli.get());
    cli->open(QStringLiteral("p"));
    const QVector<ExportTask> tasks = sampleHistoryTasks(2);
    cliList.add(tasks.at(0));
    QVERIFY(cli->flush());
    QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 5000);
    const auto changed = external.at(0).at(0).value<QVector<ExportTask>>();
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().persistentEquals(tasks.at(0))); // history included
    QVERIFY(external.at(0).at(1).value<QList<qint64>>().isEmpty());

    // Its own writes are not announced back to it: a look right now finds nothing.
    windowList.add(tasks.at(1));
    QVERIFY(window->flush());
    window->checkForExternalChanges();
    QCOMPARE(external.count(), 1);

    // A minimized window stops looking, and looks at once when it comes back.
    // A second window that keeps looking (same interval) shows when the
    // change could have been seen.
    auto other = makeStore();
    other->setWatchInterval(50);
    TaskListForStore otherList(other.get());
    other->open(QStringLiteral("p"));
    QSignalSpy otherExternal(other.get(), &TaskHistoryStore::externalChanges);
    window->setWatching(false);
    cliList.remove(tasks.at(0).exportId);
    QVERIFY(cli->flush());
    QTRY_COMPARE_WITH_TIMEOUT(otherExternal.count(), 1, 5000);
    QCOMPARE(external.count(), 1);
    window->setWatching(true);
    QCOMPARE(external.count(), 2);
    QCOMPARE(external.at(1).at(1).value<QList<qint64>>(), QList<qint64> { tasks.at(0).exportId });
}

void TestTaskHistoryStore::ownPendingChangeWinsOverOlderRow()
{
    auto window = makeStore();
    window->setSaveDelay(60000); // the window's change waits
    TaskListForStore windowList(window.get());
    window->open(QStringLiteral("p"));
    QSignalSpy external(window.get(), &TaskHistoryStore::externalChanges);
    auto cli = makeStore();
    TaskListForStore cliList(cli.get());
    cli->open(QStringLiteral("p"));
    ExportTask task = sampleHistoryTasks(1).first();
    cliList.add(task);
    QVERIFY(cli->flush());
    task.reportTitle = QStringLiteral("newer, in the window");
    windowList.add(task);
    window->checkForExternalChanges();
    QCOMPARE(external.count(), 0); // the window's own pending change is newer
    QVERIFY(window->flush());
    QCOMPARE(cli->open(QStringLiteral("p")).tasks.first().reportTitle, QStringLiteral("newer, in the window"));
}

void TestTaskHistoryStore::corruptFileMovedAside()
{
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3") + QByteArray(4096, '\xee'));
    }
    auto store = makeStore();
    TaskListForStore list(store.get());
    const TaskHistoryStore::LoadResult result = store->open(QStringLiteral("p"));
    QCOMPARE(result.status, TaskHistoryStore::LoadStatus::Corrupt);
    QVERIFY(QFile::exists(result.movedAsidePath));
    QVERIFY(result.movedAsidePath.contains(QLatin1String(".corrupt-")));
    QVERIFY(result.message().contains(QFileInfo(result.movedAsidePath).fileName()));
    QCOMPARE(result.tasks.size(), 0);
    list.add(sampleHistoryTasks(1).first()); // and the new history works
    QVERIFY(store->flush());
    QCOMPARE(store->open(QStringLiteral("p")).tasks.size(), 1);
}

void TestTaskHistoryStore::newerVersionIsReadOnly()
{
    {
        auto store = makeStore();
        TaskListForStore list(store.get());
        store->open(QStringLiteral("p"));
        list.add(sampleHistoryTasks(1).first());
        QVERIFY(store->flush());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                               .arg(HistorySql::SchemaVersion + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = historyFileBytes(dbPath());
    auto store = makeStore();
    TaskListForStore list(store.get());
    const TaskHistoryStore::LoadResult result = store->open(QStringLiteral("p"));
    QCOMPARE(result.status, TaskHistoryStore::LoadStatus::NewerVersion);
    QVERIFY(store->isReadOnly());
    QCOMPARE(result.tasks.size(), 1); // shown as far as understood
    QVERIFY(!result.message().isEmpty());
    list.add(sampleHistoryTasks(1, 5000).first());
    QVERIFY(store->flush());
    store.reset();
    QCOMPARE(historyFileBytes(dbPath()), before); // not a byte changed
}

void TestTaskHistoryStore::fullDiskKeepsChangesAndRetries()
{
    auto store = makeStore();
    TaskListForStore list(store.get());
    store->open(QStringLiteral("p"));
    list.add(sampleHistoryTasks(1).first());
    QVERIFY(store->flush());
    // SQLite's own size limit gives the same SQLITE_FULL as a full disk.
    QVERIFY(store->withWriterConnection([](QSqlDatabase db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA max_page_count = 1"));
    }));
    QSignalSpy failed(store.get(), &TaskHistoryStore::saveFailed);
    QSignalSpy saved(store.get(), &TaskHistoryStore::saved);
    for (const ExportTask &task : sampleHistoryTasks(200, 9000))
        list.add(task);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("disk full")),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(store->pendingCount(), 200); // kept, not dropped
    QVERIFY(store->withWriterConnection([](QSqlDatabase db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    }));
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() > 0, 10000); // retried on its own
    QCOMPARE(store->pendingCount(), 0);
    QCOMPARE(failed.count(), 1); // one message for the whole episode
    QCOMPARE(store->open(QStringLiteral("p")).tasks.size(), 201);
}

void TestTaskHistoryStore::waitsForAnotherWritersLock()
{
    auto store = makeStore();
    TaskListForStore list(store.get());
    store->open(QStringLiteral("p"));
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(dbPath());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); // another process is writing
    QSignalSpy saved(store.get(), &TaskHistoryStore::saved);
    QSignalSpy failed(store.get(), &TaskHistoryStore::saveFailed);
    list.add(sampleHistoryTasks(1).first());
    QTimer::singleShot(800, this, [&lock] { lock.exec(QStringLiteral("COMMIT")); });
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
    lock = QSqlQuery();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(store->open(QStringLiteral("p")).tasks.size(), 1);
}

void TestTaskHistoryStore::unopenableFolderIsReported()
{
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto store = makeStore();
    store->setDatabasePath(blocker + QStringLiteral("/history.db"));
    TaskListForStore list(store.get());
    const TaskHistoryStore::LoadResult result = store->open(QStringLiteral("p"));
    QCOMPARE(result.status, TaskHistoryStore::LoadStatus::Unavailable);
    QVERIFY(!result.message().isEmpty());
    QSignalSpy failed(store.get(), &TaskHistoryStore::saveFailed);
    list.add(sampleHistoryTasks(1).first());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(store->pendingCount(), 1); // kept in memory, retried later
}

QTEST_GUILESS_MAIN(TestTaskHistoryStore)
#include "tst_TaskHistoryStore.moc"
