// The history's schema: created from nothing, migrated from every earlier
// version to the current one with the rows kept, and within what SQLite and
// PostgreSQL share.
#include "tasks/HistoryDatabase.h"
#include "tasks/HistorySql.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The schema as SQLite reports it, table by table.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE "
                              "'sqlite_%' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name));
        while (info.next())
            schema << name + QLatin1Char('.') + info.value(1).toString() + QLatin1Char(' ') + info.value(2).toString();
        schema << name;
    }
    return schema;
}

} // namespace

class TestHistoryMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void emptyFileIsVersionZero();
    void onlyPortableTypesAndStatements();
    void twoOpenersOnANewFileCreateOneSchema();
    void versionOneGetsScheduleTablesAndKeepsItsTasks();
    void newerVersionIsReadOnly();
};

void TestHistoryMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int from = 0; from < HistorySql::SchemaVersion; ++from)
        QTest::addRow("v%d", from) << from;
}

void TestHistoryMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    QStringList fresh;
    {
        HistoryDatabase db(QStringLiteral("fresh"));
        QCOMPARE(db.open(dir.filePath(QStringLiteral("fresh.db"))), HistoryDatabase::State::Ready);
        fresh = schemaOf(db.database());
    }
    {
        // A database as version `from` left it, with a row where there are tables.
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery query(old);
        for (int version = 0; version < from; ++version) {
            for (const QString &statement : HistorySql::migrationSteps(version))
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1') "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                                   .arg(version + 1)));
        }
        if (from >= 1)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO tasks (profile, export_id, status, revision, writer) "
                                              "VALUES ('p', 42, 2, 1, 'old')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    HistoryDatabase db(QStringLiteral("migrated"));
    QCOMPARE(db.open(path), HistoryDatabase::State::Ready);
    QCOMPARE(db.schemaVersion(), HistorySql::SchemaVersion);
    QCOMPARE(schemaOf(db.database()), fresh);
    if (from >= 1) {
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("SELECT export_id FROM tasks WHERE profile = 'p'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 42);
    }
}

void TestHistoryMigrations::emptyFileIsVersionZero()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    HistoryDatabase db(QStringLiteral("empty"));
    QCOMPARE(db.open(path), HistoryDatabase::State::Ready);
    QCOMPARE(db.schemaVersion(), HistorySql::SchemaVersion);
    QSqlQuery query(db.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestHistoryMigrations::onlyPortableTypesAndStatements()
{
    QTemporaryDir dir;
    HistoryDatabase db(QStringLiteral("types"));
    QCOMPARE(db.open(dir.filePath(QStringLiteral("history.db"))), HistoryDatabase::State::Ready);
    const QStringList schema = schemaOf(db.database());
    for (const QString &column : schema) {
        const QString type = column.section(QLatin1Char(' '), 1);
        if (!column.contains(QLatin1Char('.')))
            continue;
        QVERIFY2(type == QLatin1String("TEXT") || type == QLatin1String("INTEGER") || type == QLatin1String("BIGINT"),
                 qPrintable(column));
    }
    QStringList statements;
    for (int v = 0; v < HistorySql::SchemaVersion; ++v)
        statements << HistorySql::migrationSteps(v);
    statements << HistorySql::insertSchedule() << HistorySql::updateSchedule() << HistorySql::claimOccurrence()
               << HistorySql::claimRetry() << HistorySql::selectRetriesDue() << HistorySql::failAbandoned()
               << HistorySql::finishOccurrence() << HistorySql::selectKeptFiles()
               << HistorySql::selectLatestOccurrence();
    statements << HistorySql::upsertTask() << HistorySql::insertTaskIfAbsent() << HistorySql::upsertHistory()
               << HistorySql::markTaskRemoved() << HistorySql::selectTasks() << HistorySql::selectTasksChangedSince();
    for (const QString &statement : std::as_const(statements)) {
        for (const char *sqliteOnly : { "OR REPLACE", "AUTOINCREMENT", "WITHOUT ROWID", "REPLACE INTO", "GLOB" })
            QVERIFY2(!statement.contains(QLatin1String(sqliteOnly), Qt::CaseInsensitive), qPrintable(statement));
    }
}

void TestHistoryMigrations::twoOpenersOnANewFileCreateOneSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    HistoryDatabase first(QStringLiteral("first"));
    HistoryDatabase second(QStringLiteral("second"));
    QCOMPARE(first.open(path), HistoryDatabase::State::Ready);
    QCOMPARE(second.open(path), HistoryDatabase::State::Ready);
    QCOMPARE(second.schemaVersion(), HistorySql::SchemaVersion);
}

void TestHistoryMigrations::versionOneGetsScheduleTablesAndKeepsItsTasks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery query(old);
        for (const QString &statement : HistorySql::migrationSteps(0))
            QVERIFY(query.exec(statement));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tasks (profile, export_id, status, saved_path, saved_sha256, "
                                          "revision, writer) VALUES ('p', 7, 2, '/r/a.pdf', 'ab', 3, 'old')")));
        QVERIFY(query.exec(QStringLiteral("UPDATE revision_counter SET value = 3")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    HistoryDatabase db(QStringLiteral("v2"));
    QCOMPARE(db.open(path), HistoryDatabase::State::Ready);
    QCOMPARE(db.schemaVersion(), HistorySql::SchemaVersion);
    QSqlQuery query(db.database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT saved_path, saved_sha256, revision, saved_at FROM tasks WHERE export_id = 7")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("/r/a.pdf"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("ab"));
    QVERIFY(query.value(3).isNull()); // version 3: saved before, so when is not known
    QVERIFY(query.exec(HistorySql::selectRevision()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 3); // the counter goes on from where it was
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schedules")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schedule_occurrences")));
}

void TestHistoryMigrations::newerVersionIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    {
        HistoryDatabase db(QStringLiteral("current"));
        QCOMPARE(db.open(path), HistoryDatabase::State::Ready);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                               .arg(HistorySql::SchemaVersion + 1)));
    }
    HistoryDatabase db(QStringLiteral("older-build"));
    QCOMPARE(db.open(path), HistoryDatabase::State::NewerVersion);
    QVERIFY(!db.isWritable());
    QCOMPARE(db.schemaVersion(), HistorySql::SchemaVersion + 1);
    QSqlQuery query(db.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schedules"))); // still readable
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM schedules")));
}

QTEST_GUILESS_MAIN(TestHistoryMigrations)
#include "tst_HistoryMigrations.moc"
