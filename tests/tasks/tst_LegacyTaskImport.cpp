// The first start after the upgrade takes over 0.1's JSON task files: the
// fixtures in tests/data/tasks-0.1.0 were written by ReportDesk 0.1.0's own
// TaskStore (every field, two profiles and a percent-encoded one, Chinese titles).
#include "tasks/LegacyTaskImport.h"
#include "tasks/TaskHistoryStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestLegacyTaskImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsEveryFileOnce();
    void corruptFileMovedAsideOthersImported();
    void neverOverwritesNewerRows();
    void newerFormatLeftAlone();

private:
    void copyFixtures();
    std::unique_ptr<TaskHistoryStore> makeStore() const;
    QString legacyDir() const { return m_dir->filePath(QStringLiteral("tasks")); }
    QScopedPointer<QTemporaryDir> m_dir;
};

void TestLegacyTaskImport::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(legacyDir()));
}

void TestLegacyTaskImport::copyFixtures()
{
    const QDir fixtures(QStringLiteral(REPORTDESK_TEST_DATA_DIR "/tasks-0.1.0"));
    const QStringList names = fixtures.entryList({ QStringLiteral("*.json") }, QDir::Files);
    QCOMPARE(names.size(), 3);
    for (const QString &name : names)
        QVERIFY(QFile::copy(fixtures.filePath(name), legacyDir() + QLatin1Char('/') + name));
}

std::unique_ptr<TaskHistoryStore> TestLegacyTaskImport::makeStore() const
{
    auto store = std::make_unique<TaskHistoryStore>();
    store->setDatabasePath(m_dir->filePath(QStringLiteral("history.db")));
    store->setLegacyDirectory(legacyDir());
    store->setWatchInterval(0);
    return store;
}

void TestLegacyTaskImport::importsEveryFileOnce()
{
    copyFixtures();
    {
        auto store = makeStore();
        const TaskHistoryStore::LoadResult prod = store->open(QStringLiteral("ops-prod"));
        QCOMPARE(prod.status, TaskHistoryStore::LoadStatus::Loaded);
        QCOMPARE(store->lastImport().files, 3);
        QCOMPARE(store->lastImport().tasks, 6);
        QVERIFY(store->lastImport().failedFiles.isEmpty());
        QVERIFY(store->lastImport().message().contains(QLatin1String("6")));
        QCOMPARE(prod.tasks.size(), 4);
        // In ExportId order; every field of 0.1 came along.
        const ExportTask &full = prod.tasks.at(1);
        QCOMPARE(full.exportId, 2004511);
        QCOMPARE(full.reportId, 377665);
        QCOMPARE(full.reportTitle, QStringLiteral("每日安全日报 \"weekly\" \\ report, 🛡"));
        QVERIFY(full.exportTypeKnown);
        QCOMPARE(full.exportType, ExportType::Pdf);
        QCOMPARE(full.status, ExportStatus::Succeeded);
        QCOMPARE(full.rawStatus, QStringLiteral("2"));
        QCOMPARE(full.exportDate, QStringLiteral("2026-11-28"));
        QCOMPARE(full.fileName, QStringLiteral("每日安全日报_20261128.pdf"));
        const QDateTime base(QDate(2026, 11, 28), QTime(10, 31, 5, 123), Qt::UTC);
        QCOMPARE(full.createdAt, base);
        QCOMPARE(full.lastChecked, base.addSecs(61));
        QCOMPARE(full.urlExpiresAt, base.addSecs(3600));
        QCOMPARE(full.lastError.code, QStringLiteral("ServerError"));
        QCOMPARE(full.lastError.message, QStringLiteral("line1\nline2 服务繁忙"));
        QCOMPARE(full.lastError.requestId, QStringLiteral("REQ-7F3A"));
        QCOMPARE(full.lastError.httpStatus, 503);
        QCOMPARE(full.history.size(), 3);
        QCOMPARE(full.history.at(2).status, ExportStatus::Succeeded);
        QCOMPARE(full.history.at(2).rawStatus, QStringLiteral("success"));
        QCOMPARE(full.history.at(1).time, base.addSecs(20));
        QCOMPARE(full.savedFilePath, QStringLiteral("/home/operator/下载/每日安全日报 20261128.pdf"));
        QVERIFY(!full.downloadUrl.isValid()); // 0.1 never saved it either
        QCOMPARE(prod.tasks.at(3).exportId, Q_INT64_C(9223372036854775807)); // exact, not a double
        QVERIFY(!prod.tasks.at(3).exportTypeKnown);
        QCOMPARE(prod.tasks.at(3).status, ExportStatus::Unknown);
        QCOMPARE(prod.tasks.at(0).status, ExportStatus::Failed);
        QCOMPARE(prod.tasks.at(2).status, ExportStatus::Exporting);
        QCOMPARE(store->open(QStringLiteral("demo")).tasks.size(), 1);
        QCOMPARE(store->open(QStringLiteral("团队/审计")).tasks.first().reportTitle,
                 QStringLiteral("Demo: 每周安全报告"));
    }
    // The originals stay, renamed; the next start imports nothing.
    const QStringList left = QDir(legacyDir()).entryList(QDir::Files);
    QCOMPARE(left.size(), 3);
    for (const QString &name : left)
        QVERIFY2(name.endsWith(QLatin1String(".json.imported")), qPrintable(name));
    auto again = makeStore();
    QCOMPARE(again->open(QStringLiteral("ops-prod")).tasks.size(), 4);
    QVERIFY(again->lastImport().isEmpty());
    QVERIFY(again->lastImport().message().isEmpty());
}

void TestLegacyTaskImport::corruptFileMovedAsideOthersImported()
{
    copyFixtures();
    {
        QFile file(legacyDir() + QStringLiteral("/broken.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"reportdesk-tasks\",\"version\":1,\"tasks\":[{");
    }
    auto store = makeStore();
    QCOMPARE(store->open(QStringLiteral("ops-prod")).tasks.size(), 4);
    QCOMPARE(store->lastImport().files, 3);
    QCOMPARE(store->lastImport().failedFiles.size(), 1);
    QVERIFY(store->lastImport().message().contains(QLatin1String("broken.json")));
    const QStringList aside = QDir(legacyDir()).entryList({ QStringLiteral("broken.corrupt-*.json") }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store->open(QStringLiteral("broken")).tasks.isEmpty());
}

void TestLegacyTaskImport::neverOverwritesNewerRows()
{
    // A rename that failed last time brings the same file again: the rows the
    // history has since are newer and win.
    copyFixtures();
    const QString copy = m_dir->filePath(QStringLiteral("demo.json"));
    QVERIFY(QFile::copy(legacyDir() + QStringLiteral("/demo.json"), copy));
    {
        auto store = makeStore();
        store->open(QStringLiteral("demo"));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("history.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE tasks SET report_title = 'newer' WHERE export_id = 1001")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    QVERIFY(QFile::copy(copy, legacyDir() + QStringLiteral("/demo.json")));
    auto store = makeStore();
    QCOMPARE(store->open(QStringLiteral("demo")).tasks.first().reportTitle, QStringLiteral("newer"));
    QCOMPARE(store->lastImport().files, 1);
}

void TestLegacyTaskImport::newerFormatLeftAlone()
{
    const QString path = legacyDir() + QStringLiteral("/future.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"reportdesk-tasks\",\"version\":9,\"tasks\":[]}");
    }
    const LegacyTaskImport::File read = LegacyTaskImport::read(path);
    QVERIFY(!read.ok);
    QVERIFY(read.newerVersion);
    auto store = makeStore();
    store->open(QStringLiteral("future"));
    QVERIFY(QFile::exists(path)); // neither imported nor moved
}

QTEST_GUILESS_MAIN(TestLegacyTaskImport)
#include "tst_LegacyTaskImport.moc"
