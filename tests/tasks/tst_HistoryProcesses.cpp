// Several processes, one history: two writers at once lose nothing, and a
// writer killed in the middle of a batch leaves every committed row.
#include "HistoryTestUtils.h"
#include "tasks/TaskHistoryStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

namespace {

const char ChildAdd[] = "--child-add";
const char ChildHang[] = "--child-hang-in-batch";

// Adds count tasks from firstId, one small batch at a time, as a busy window would.
int childAdd(const QString &path, qint64 firstId, int count)
{
    TaskHistoryStore store;
    store.setDatabasePath(path);
    store.setWatchInterval(0);
    TaskListForStore list(&store);
    const TaskHistoryStore::LoadResult opened = store.open(QStringLiteral("p"));
    if (opened.isProblem()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.detail));
        return 2;
    }
    const QVector<ExportTask> tasks = sampleHistoryTasks(count, firstId);
    for (int i = 0; i < tasks.size(); ++i) {
        list.add(tasks.at(i));
        if (i % 10 == 9 && !store.flush())
            return 3;
    }
    return store.flush() ? 0 : 4;
}

// Commits 100 tasks, then hangs inside the transaction of the next 1,000.
int childHang(const QString &path)
{
    TaskHistoryStore store;
    store.setDatabasePath(path);
    store.setWatchInterval(0);
    TaskListForStore list(&store);
    if (store.open(QStringLiteral("p")).isProblem())
        return 2;
    for (const ExportTask &task : sampleHistoryTasks(100, 1))
        list.add(task);
    if (!store.flush())
        return 3;
    store.setBeforeCommitHook([] {
        std::fputs("in-batch\n", stdout);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    });
    for (const ExportTask &task : sampleHistoryTasks(1000, 10000))
        list.add(task);
    store.flush();
    return 5; // never reached
}

} // namespace

class TestHistoryProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void twoWritersAtOnce();
    void killedMidBatchKeepsCommittedRows();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.db")); }
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestHistoryProcesses::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestHistoryProcesses::twoWritersAtOnce()
{
    QProcess first;
    QProcess second;
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    const QString self = QCoreApplication::applicationFilePath();
    first.start(self, { QLatin1String(ChildAdd), dbPath(), QStringLiteral("1"), QStringLiteral("500") });
    second.start(self, { QLatin1String(ChildAdd), dbPath(), QStringLiteral("100001"), QStringLiteral("500") });
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    TaskHistoryStore reader;
    reader.setDatabasePath(dbPath());
    const TaskHistoryStore::LoadResult loaded = reader.open(QStringLiteral("p"));
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(loaded.tasks.size(), 1000);
    for (const ExportTask &task : loaded.tasks)
        QCOMPARE(task.history.size(), 2);
}

void TestHistoryProcesses::killedMidBatchKeepsCommittedRows()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { QLatin1String(ChildHang), dbPath() });
    QVERIFY(child.waitForStarted());
    QByteArray output;
    const auto inBatch = [&] {
        output += child.readAllStandardOutput();
        return output.contains("in-batch") || child.state() != QProcess::Running;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inBatch(), 60000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL: no flush, no rollback, no goodbye
    QVERIFY(child.waitForFinished());
    TaskHistoryStore reader;
    reader.setDatabasePath(dbPath());
    const TaskHistoryStore::LoadResult loaded = reader.open(QStringLiteral("p"));
    QCOMPARE(loaded.status, TaskHistoryStore::LoadStatus::Loaded);
    QCOMPARE(loaded.tasks.size(), 100); // every committed row, none of the cut batch
    QCOMPARE(loaded.tasks.first().exportId, 1);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], ChildAdd) == 0)
        return childAdd(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toInt());
    if (argc == 3 && qstrcmp(argv[1], ChildHang) == 0)
        return childHang(QString::fromLocal8Bit(argv[2]));
    TestHistoryProcesses test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_HistoryProcesses.moc"
