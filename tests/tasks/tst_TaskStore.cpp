#include "tasks/TaskStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

namespace {

const char ChildSaveArgument[] = "--child-save-and-hang";

QVector<ExportTask> sampleTasks(int count)
{
    QVector<ExportTask> tasks;
    const QDateTime base(QDate(2026, 11, 28), QTime(10, 31, 5, 123), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        ExportTask t;
        t.exportId = 1000 + i;
        t.reportId = 377665;
        t.reportTitle = QStringLiteral("Weekly \"security\" report\\%1 \t每日安全日报 🛡").arg(i);
        t.exportType = i % 2 ? ExportType::Pdf : ExportType::Html;
        t.exportTypeKnown = true;
        t.status = ExportStatus::Succeeded;
        t.rawStatus = QStringLiteral("2");
        t.exportDate = QStringLiteral("2026-11-28");
        t.fileName = QStringLiteral("weekly_%1.html").arg(i);
        t.urlExpiresAt = base.addSecs(3600);
        t.lastChecked = base.addSecs(61);
        t.createdAt = base;
        t.lastError
            = { QStringLiteral("ServerError"), QStringLiteral("line1\nline2"), QStringLiteral("REQ-%1").arg(i), 500 };
        t.history = { { ExportStatus::Initializing, QStringLiteral("0"), base },
                      { ExportStatus::Succeeded, QStringLiteral("success"), base.addSecs(60) } };
        t.savedFilePath = QStringLiteral("/home/me/Downloads/weekly %1.html").arg(i);
        t.downloadUrl
            = QUrl(QStringLiteral("https://bucket.oss-cn-hangzhou.aliyuncs.com/r?Expires=1&Signature=SECRETSIG"));
        t.download.state = DownloadProgress::State::Downloading;
        t.download.received = 10;
        tasks.append(t);
    }
    return tasks;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Child process: writes a big list over the existing file and hangs before the
// commit until the parent kills it.
int childSaveAndHang(const QString &directory)
{
    TaskStore store;
    store.setDirectory(directory);
    store.open(QStringLiteral("p"));
    const QVector<ExportTask> tasks = sampleTasks(2000);
    store.setTaskProvider([&tasks] { return tasks; });
    store.setBeforeCommitHook([] {
        std::fputs("writing\n", stdout);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    });
    store.markDirty();
    store.flush();
    return 3; // never reached
}

} // namespace

class TestTaskStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void neverSavesUrlsOrProgress();
    void noFileIsFirstUse();
    void corruptFileMovedAside_data();
    void corruptFileMovedAside();
    void newerVersionNotOverwritten();
    void changesAreCoalesced();
    void flushWritesPendingChanges();
    void minorChangesWaitLonger();
    void killedMidSaveKeepsOldFile();
    void tolerantReading();
    void profileIdStaysInFolder();
    void unwritableFolderReportsFailure();

private:
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestTaskStore::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestTaskStore::roundTrip()
{
    const QVector<ExportTask> tasks = sampleTasks(3);
    {
        TaskStore store;
        store.setDirectory(m_dir->path());
        QCOMPARE(store.open(QStringLiteral("ops-prod")).status, TaskStore::LoadStatus::NoFile);
        store.setTaskProvider([&tasks] { return tasks; });
        QSignalSpy saved(&store, &TaskStore::saved);
        store.markDirty();
        QVERIFY(store.flush());
        QCOMPARE(saved.count(), 1);
    }
    TaskStore store;
    store.setDirectory(m_dir->path());
    const TaskStore::LoadResult result = store.open(QStringLiteral("ops-prod"));
    QCOMPARE(result.status, TaskStore::LoadStatus::Loaded);
    QCOMPARE(result.fileVersion, 1);
    QVERIFY(result.message().isEmpty());
    QCOMPARE(result.tasks.size(), tasks.size());
    for (int i = 0; i < tasks.size(); ++i) {
        QVERIFY2(result.tasks.at(i).persistentEquals(tasks.at(i)), qPrintable(QString::number(i)));
        QCOMPARE(result.tasks.at(i).history.at(1).status, ExportStatus::Succeeded);
    }
    const QByteArray json = readAll(store.filePath());
    QVERIFY(json.startsWith(R"({"format":"reportdesk-tasks","version":1,"tasks":[)"));
}

void TestTaskStore::neverSavesUrlsOrProgress()
{
    const QVector<ExportTask> tasks = sampleTasks(2);
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("t.json"));
    QVERIFY(TaskStore::writeFile(path, tasks, &error));
    const QByteArray json = readAll(path);
    QVERIFY(!json.contains("SECRETSIG"));
    QVERIFY(!json.contains("aliyuncs"));
    const TaskStore::LoadResult result = TaskStore::parse(json);
    QCOMPARE(result.status, TaskStore::LoadStatus::Loaded);
    QVERIFY(!result.tasks.first().downloadUrl.isValid());
    QCOMPARE(result.tasks.first().download.state, DownloadProgress::State::None);
}

void TestTaskStore::noFileIsFirstUse()
{
    TaskStore store;
    store.setDirectory(m_dir->filePath(QStringLiteral("not/yet/there")));
    const TaskStore::LoadResult result = store.open(QStringLiteral("x"));
    QCOMPARE(result.status, TaskStore::LoadStatus::NoFile);
    QVERIFY(!result.isProblem());
    QVERIFY(result.tasks.isEmpty());
    // The folder is created on the first save.
    const QVector<ExportTask> tasks = sampleTasks(1);
    store.setTaskProvider([&tasks] { return tasks; });
    store.markDirty();
    QVERIFY(store.flush());
    QVERIFY(QFile::exists(store.filePath()));
}

void TestTaskStore::corruptFileMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage");
    QTest::newRow("truncated") << QByteArray(R"({"format":"reportdesk-tasks","version":1,"tasks":[{"exportId":1,)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("other format") << QByteArray(R"({"format":"something-else","version":1,"tasks":[]})");
    QTest::newRow("no version") << QByteArray(R"({"format":"reportdesk-tasks","tasks":[]})");
    QTest::newRow("no tasks") << QByteArray(R"({"format":"reportdesk-tasks","version":1})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"format":"reportdesk-tasks","version":1,"tasks":[]} x)");
    QTest::newRow("bad escape") << QByteArray(R"({"format":"reportdesk-tasks","version":1,"tasks":[{"title":"\q"}]})");
    QTest::newRow("deep") << QByteArray(R"({"format":"reportdesk-tasks","version":1,"x":)") + QByteArray(5000, '[');
}

void TestTaskStore::corruptFileMovedAside()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("p.json"));
    QVERIFY(writeBytes(path, content));
    TaskStore store;
    store.setDirectory(m_dir->path());
    const TaskStore::LoadResult result = store.open(QStringLiteral("p"));
    QCOMPARE(result.status, TaskStore::LoadStatus::Corrupt);
    QVERIFY(result.isProblem());
    QVERIFY(result.tasks.isEmpty());
    QVERIFY(!result.detail.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY2(QFileInfo(result.movedAsidePath).fileName().startsWith(u"p.corrupt-"), qPrintable(result.movedAsidePath));
    QVERIFY(result.movedAsidePath.endsWith(u".json"));
    QCOMPARE(readAll(result.movedAsidePath), content);
    QVERIFY(result.message().contains(QDir::toNativeSeparators(result.movedAsidePath)));
    // The app goes on with an empty list, saved normally.
    QVERIFY(!store.isReadOnly());
    const QVector<ExportTask> tasks = sampleTasks(1);
    store.setTaskProvider([&tasks] { return tasks; });
    store.markDirty();
    QVERIFY(store.flush());
    QCOMPARE(TaskStore::parse(readAll(path)).tasks.size(), 1);
    // A second corrupt file the same second does not overwrite the first one moved aside.
    QVERIFY(writeBytes(path, "not json"));
    TaskStore again;
    again.setDirectory(m_dir->path());
    const TaskStore::LoadResult second = again.open(QStringLiteral("p"));
    QCOMPARE(second.status, TaskStore::LoadStatus::Corrupt);
    QVERIFY(second.movedAsidePath != result.movedAsidePath);
    QCOMPARE(readAll(result.movedAsidePath), content);
}

void TestTaskStore::newerVersionNotOverwritten()
{
    const QString path = m_dir->filePath(QStringLiteral("p.json"));
    const QByteArray future = R"({"format":"reportdesk-tasks","version":2,"shards":[1],
        "tasks":[{"exportId":5,"status":"2","title":"From the future","newField":{"a":[1,2,{"b":null}]}}]})";
    QVERIFY(writeBytes(path, future));
    TaskStore store;
    store.setDirectory(m_dir->path());
    const TaskStore::LoadResult result = store.open(QStringLiteral("p"));
    QCOMPARE(result.status, TaskStore::LoadStatus::NewerVersion);
    QCOMPARE(result.fileVersion, 2);
    QVERIFY(store.isReadOnly());
    QVERIFY(result.message().contains(u"newer version"));
    QCOMPARE(result.tasks.size(), 1);
    QCOMPARE(result.tasks.first().reportTitle, u"From the future");
    const QVector<ExportTask> tasks = sampleTasks(4);
    store.setTaskProvider([&tasks] { return tasks; });
    store.markDirty();
    store.flush();
    store.close();
    QCOMPARE(readAll(path), future);
}

void TestTaskStore::changesAreCoalesced()
{
    TaskStore store;
    store.setDirectory(m_dir->path());
    store.setSaveDelay(30);
    store.open(QStringLiteral("p"));
    int provided = 0;
    const QVector<ExportTask> tasks = sampleTasks(2);
    store.setTaskProvider([&] {
        ++provided;
        return tasks;
    });
    QSignalSpy saved(&store, &TaskStore::saved);
    for (int i = 0; i < 10; ++i)
        store.markDirty();
    QVERIFY(store.isDirty());
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(provided, 1);
    QVERIFY(!store.isDirty());
    QCOMPARE(TaskStore::parse(readAll(store.filePath())).tasks.size(), 2);
}

void TestTaskStore::flushWritesPendingChanges()
{
    const QVector<ExportTask> tasks = sampleTasks(2);
    {
        TaskStore store;
        store.setDirectory(m_dir->path());
        store.setSaveDelay(60000);
        store.open(QStringLiteral("p"));
        store.setTaskProvider([&tasks] { return tasks; });
        store.markDirty();
        // Destroyed before the timer: the destructor flushes.
    }
    QCOMPARE(TaskStore::parse(readAll(m_dir->filePath(QStringLiteral("p.json")))).tasks.size(), 2);
}

void TestTaskStore::minorChangesWaitLonger()
{
    TaskStore store;
    store.setDirectory(m_dir->path());
    store.setSaveDelay(20);
    store.setLazySaveDelay(60000);
    store.open(QStringLiteral("p"));
    const QVector<ExportTask> tasks = sampleTasks(1);
    store.setTaskProvider([&tasks] { return tasks; });
    QCOMPARE(store.pendingSaveIn(), -1);
    store.markDirtyLazily();
    QVERIFY(store.isDirty());
    QVERIFY(store.pendingSaveIn() > 1000);
    // A real change brings the write forward.
    QSignalSpy saved(&store, &TaskStore::saved);
    store.markDirty();
    QVERIFY(store.pendingSaveIn() <= 20);
    QVERIFY(saved.wait(5000));
    QVERIFY(!store.isDirty());
    QCOMPARE(store.pendingSaveIn(), -1);
    // And flush() does not wait for the lazy delay either.
    store.markDirtyLazily();
    QVERIFY(store.flush());
    QCOMPARE(saved.count(), 2);
}

void TestTaskStore::killedMidSaveKeepsOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("p.json"));
    QString error;
    QVERIFY(TaskStore::writeFile(path, sampleTasks(3), &error));
    const QByteArray before = readAll(path);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(ChildSaveArgument), m_dir->path() });
    QVERIFY(child.waitForStarted(10000));
    // Accumulated: QTRY_* evaluates the expression once more after it turned true.
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += child.readAllStandardOutput()).contains("writing") || child.state() != QProcess::Running, 20000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QCOMPARE(readAll(path), before);
    TaskStore store;
    store.setDirectory(m_dir->path());
    const TaskStore::LoadResult result = store.open(QStringLiteral("p"));
    QCOMPARE(result.status, TaskStore::LoadStatus::Loaded);
    QCOMPARE(result.tasks.size(), 3);
}

void TestTaskStore::tolerantReading()
{
    const QByteArray json = R"( {
        "version" : 1, "extra": [true, false, null, -1.5e3, {"x": "y"}],
        "tasks": [
            {"exportId": 7, "title": "caf\u00e9 \ud83d\udee1 \"q\" \/", "status": "exporting", "unknown": {"a": 1},
             "reportId": "not a number", "history": [{"status": "0", "time": 1660113647000}, 5]},
            {"title": "no id: dropped"},
            {"exportId": -3},
            "not an object",
            {"exportId": 9223372036854775807, "lastChecked": 1.66e12, "error": {"code": "Throttling", "httpStatus": 400}}
        ],
        "format": "reportdesk-tasks"
    } )";
    const TaskStore::LoadResult result = TaskStore::parse(json);
    QCOMPARE(result.status, TaskStore::LoadStatus::Loaded);
    QCOMPARE(result.tasks.size(), 2);
    const ExportTask &first = result.tasks.at(0);
    QCOMPARE(first.exportId, 7);
    QCOMPARE(first.reportTitle, QString::fromUtf8("café 🛡 \"q\" /"));
    QCOMPARE(first.status, ExportStatus::Exporting);
    QCOMPARE(first.reportId, 0);
    QCOMPARE(first.history.size(), 1);
    QCOMPARE(first.history.first().time.toMSecsSinceEpoch(), Q_INT64_C(1660113647000));
    const ExportTask &second = result.tasks.at(1);
    QCOMPARE(second.exportId, std::numeric_limits<qint64>::max());
    QCOMPARE(second.lastChecked.toMSecsSinceEpoch(), Q_INT64_C(1660000000000));
    QCOMPARE(second.lastError.code, u"Throttling");
    QCOMPARE(second.lastError.httpStatus, 400);
}

void TestTaskStore::profileIdStaysInFolder()
{
    TaskStore store;
    store.setDirectory(m_dir->path());
    store.open(QStringLiteral("../../evil/name"));
    QCOMPARE(QFileInfo(store.filePath()).absolutePath(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(TaskStore::fileNameFor(QString()), u"default.json");
    QVERIFY(TaskStore::fileNameFor(QStringLiteral("a")) != TaskStore::fileNameFor(QStringLiteral("A/")));
}

void TestTaskStore::unwritableFolderReportsFailure()
{
    const QString blocker = m_dir->filePath(QStringLiteral("file-not-folder"));
    QVERIFY(writeBytes(blocker, "x"));
    TaskStore store;
    store.setDirectory(blocker + QLatin1String("/tasks"));
    store.open(QStringLiteral("p"));
    const QVector<ExportTask> tasks = sampleTasks(1);
    store.setTaskProvider([&tasks] { return tasks; });
    QSignalSpy failed(&store, &TaskStore::saveFailed);
    store.markDirty();
    QVERIFY(!store.flush());
    QCOMPARE(failed.count(), 1);
    QVERIFY(store.isDirty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], ChildSaveArgument) == 0)
        return childSaveAndHang(QString::fromLocal8Bit(argv[2]));
    TestTaskStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TaskStore.moc"
