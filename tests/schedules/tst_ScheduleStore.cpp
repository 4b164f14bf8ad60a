// Schedules in the export history: add/update/pause/remove, claims that only one
// claimer wins (two connections, and two processes at once), results, and the
// bookkeeping retention relies on.
#include "schedules/ScheduleRetention.h"
#include "schedules/ScheduleStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

namespace {

const QDateTime T0 = QDateTime(QDate(2024, 5, 9), QTime(5, 30), Qt::UTC);

Schedule sample(const QString &name)
{
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = QStringLiteral("ops");
    schedule.reportId = 377665;
    schedule.exportType = ExportType::Pdf;
    schedule.cadence = ScheduleCadence::weekly({ Qt::Monday, Qt::Thursday }, QTime(7, 30));
    schedule.timeZoneId = "Europe/Berlin";
    schedule.folder = QStringLiteral("/srv/reports");
    schedule.nameTemplate = QStringLiteral("{title}_{date}");
    schedule.keepCount = 2;
    return schedule;
}

// The child process of twoProcessesOneWinner: claims and prints "won" or "lost".
int claimInChild(const QString &path, const QString &scheduleId, qint64 occursAtMs)
{
    ScheduleStore store;
    if (!store.open(path))
        return 3;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(occursAtMs, Qt::UTC);
    const bool won = store.claim(scheduleId, at, at.addSecs(3600), false, at);
    std::fputs(won ? "won\n" : "lost\n", stdout);
    return 0;
}

} // namespace

class TestScheduleStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addFindListUpdateRemove();
    void nameIsUnique();
    void pauseAndResume();
    void twoConnectionsOneWinner();
    void twoProcessesOneWinner();
    void resultsAndRetries();
    void abandonedClaimsFailWithTheirWindow();
    void retentionKeepsTheNewestAndOnlyUnchangedFiles();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScheduleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestScheduleStore::addFindListUpdateRemove()
{
    ScheduleStore store;
    QVERIFY(store.open(path()));
    Schedule schedule = sample(QStringLiteral("weekly-risk"));
    QVERIFY2(store.add(&schedule, T0) == ScheduleStore::Result::Ok, qPrintable(store.errorText()));
    QVERIFY(!schedule.id.isEmpty());
    QCOMPARE(schedule.createdAt, T0);

    // Another connection (the window while the CLI adds) sees the same row.
    ScheduleStore other;
    QVERIFY(other.open(path()));
    const std::optional<Schedule> found = other.find(QStringLiteral("weekly-risk"));
    QVERIFY(found);
    QCOMPARE(found->id, schedule.id);
    QCOMPARE(found->cadence, schedule.cadence);
    QCOMPARE(found->timeZoneId, QByteArray("Europe/Berlin"));
    QCOMPARE(found->exportType, ExportType::Pdf);
    QCOMPARE(found->keepCount, 2);
    QCOMPARE(found->createdAt, T0);
    QCOMPARE(found->nameTemplate, QStringLiteral("{title}_{date}"));

    Schedule changed = *found;
    changed.cadence = ScheduleCadence::monthly(ScheduleCadence::LastDay, QTime(2, 0));
    changed.reportTitle = QStringLiteral("Risk");
    QCOMPARE(other.update(changed, T0.addSecs(60)), ScheduleStore::Result::Ok);
    QCOMPARE(store.find(QStringLiteral("weekly-risk"))->cadence.toText(), QStringLiteral("monthly:last@02:00"));
    QCOMPARE(store.find(QStringLiteral("weekly-risk"))->createdAt, T0); // creation stays

    Schedule second = sample(QStringLiteral("another"));
    QCOMPARE(store.add(&second, T0), ScheduleStore::Result::Ok);
    const QList<Schedule> all = store.schedules();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("another")); // by name

    QCOMPARE(store.remove(QStringLiteral("weekly-risk")), ScheduleStore::Result::Ok);
    QCOMPARE(store.remove(QStringLiteral("weekly-risk")), ScheduleStore::Result::NotFound);
    QVERIFY(!other.find(QStringLiteral("weekly-risk")));
    QCOMPARE(other.schedules().size(), 1);
}

void TestScheduleStore::nameIsUnique()
{
    ScheduleStore store;
    QVERIFY(store.open(path()));
    Schedule first = sample(QStringLiteral("same"));
    Schedule second = sample(QStringLiteral("same"));
    QCOMPARE(store.add(&first, T0), ScheduleStore::Result::Ok);
    QCOMPARE(store.add(&second, T0), ScheduleStore::Result::NameTaken);
    QCOMPARE(store.schedules().size(), 1);
    Schedule other = sample(QStringLiteral("other"));
    QCOMPARE(store.add(&other, T0), ScheduleStore::Result::Ok);
    other.name = QStringLiteral("same");
    QCOMPARE(store.update(other, T0), ScheduleStore::Result::NameTaken);
}

void TestScheduleStore::pauseAndResume()
{
    ScheduleStore store;
    QVERIFY(store.open(path()));
    Schedule schedule = sample(QStringLiteral("p"));
    QCOMPARE(store.add(&schedule, T0), ScheduleStore::Result::Ok);
    QCOMPARE(store.setPaused(QStringLiteral("p"), true, T0), ScheduleStore::Result::Ok);
    QVERIFY(store.find(QStringLiteral("p"))->paused);
    QCOMPARE(store.setPaused(QStringLiteral("p"), false, T0), ScheduleStore::Result::Ok);
    QVERIFY(!store.find(QStringLiteral("p"))->paused);
    QCOMPARE(store.setPaused(QStringLiteral("nope"), true, T0), ScheduleStore::Result::NotFound);
}

void TestScheduleStore::twoConnectionsOneWinner()
{
    ScheduleStore window;
    ScheduleStore cli;
    QVERIFY(window.open(path()));
    QVERIFY(cli.open(path()));
    const QDateTime at = T0;
    QVERIFY(window.claim(QStringLiteral("s"), at, at.addSecs(3600), false, at));
    QVERIFY(!cli.claim(QStringLiteral("s"), at, at.addSecs(3600), false, at));
    QVERIFY(!window.claim(QStringLiteral("s"), at, at.addSecs(3600), false, at)); // not even twice by itself
    const std::optional<ScheduleOccurrence> row = cli.occurrence(QStringLiteral("s"), at);
    QVERIFY(row);
    QCOMPARE(row->claimedBy, window.writerId());
    QCOMPARE(row->state, ScheduleOccurrence::State::Running);
    QCOMPARE(row->attempts, 1);
    // Only the winner may record the result.
    ScheduleOccurrence result = *row;
    result.state = ScheduleOccurrence::State::Succeeded;
    QVERIFY(!cli.finish(result));
    QVERIFY(window.finish(result));
    QCOMPARE(cli.latestOccurrence(QStringLiteral("s"))->state, ScheduleOccurrence::State::Succeeded);
}

void TestScheduleStore::twoProcessesOneWinner()
{
    {
        ScheduleStore create; // the schema exists before the race: the race is the claim's
        QVERIFY(create.open(path()));
    }
    for (int round = 0; round < 5; ++round) {
        const qint64 at = T0.addSecs(round * 3600).toMSecsSinceEpoch();
        const QStringList arguments
            = { QStringLiteral("--claim"), path(), QStringLiteral("race"), QString::number(at) };
        QProcess first;
        QProcess second;
        first.start(QCoreApplication::applicationFilePath(), arguments);
        second.start(QCoreApplication::applicationFilePath(), arguments);
        QVERIFY(first.waitForFinished(30000));
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        const QByteArray outcomes = first.readAllStandardOutput() + second.readAllStandardOutput();
        QCOMPARE(outcomes.count("won"), 1);
        QCOMPARE(outcomes.count("lost"), 1);
    }
    ScheduleStore store;
    QVERIFY(store.open(path()));
    QCOMPARE(store.occurrences(QStringLiteral("race")).size(), 5);
}

void TestScheduleStore::resultsAndRetries()
{
    ScheduleStore store;
    QVERIFY(store.open(path()));
    const QDateTime at = T0;
    QVERIFY(store.claim(QStringLiteral("s"), at, at.addSecs(12 * 3600), false, at));
    QVERIFY(store.recordExport(QStringLiteral("s"), at, 1042));
    ScheduleOccurrence o = *store.occurrence(QStringLiteral("s"), at);
    QCOMPARE(o.exportId, 1042);
    o.state = ScheduleOccurrence::State::Retry;
    o.nextAttemptAt = at.addSecs(60);
    o.errorKind = QStringLiteral("network");
    o.errorDetail = QStringLiteral("NetworkError=1");
    QVERIFY(store.finish(o));

    ScheduleStore other;
    QVERIFY(other.open(path()));
    QVERIFY(other.retriesDue(at.addSecs(59)).isEmpty());
    QCOMPARE(other.retriesDue(at.addSecs(60)).size(), 1);
    QVERIFY(!other.claimRetry(QStringLiteral("s"), at, at.addSecs(59))); // not yet
    QVERIFY(other.claimRetry(QStringLiteral("s"), at, at.addSecs(61)));
    QVERIFY(!store.claimRetry(QStringLiteral("s"), at, at.addSecs(61))); // taken
    o = *store.occurrence(QStringLiteral("s"), at);
    QCOMPARE(o.attempts, 2);
    QCOMPARE(o.claimedBy, other.writerId());
    QCOMPARE(o.errorKind, QStringLiteral("network")); // the last reason stays until the next result
    o.state = ScheduleOccurrence::State::Succeeded;
    o.errorKind.clear();
    o.errorDetail.clear();
    o.savedPath = QStringLiteral("/srv/reports/a.pdf");
    o.savedSize = 10;
    o.savedSha256 = QStringLiteral("ab");
    o.finishedAt = at.addSecs(70);
    QVERIFY(other.finish(o));
    o = *store.latestOccurrence(QStringLiteral("s"));
    QCOMPARE(o.state, ScheduleOccurrence::State::Succeeded);
    QVERIFY(o.errorKind.isEmpty());
    QCOMPARE(o.savedSize, 10);
    QCOMPARE(o.savedSha256, QStringLiteral("ab"));
    QCOMPARE(store.keptFiles(QStringLiteral("s")).size(), 1);
}

void TestScheduleStore::abandonedClaimsFailWithTheirWindow()
{
    ScheduleStore dead;
    QVERIFY(dead.open(path()));
    const QDateTime at = T0;
    QVERIFY(dead.claim(QStringLiteral("s"), at, at.addSecs(12 * 3600), false, at));
    ScheduleStore alive;
    QVERIFY(alive.open(path()));
    // Within the window, a claim that died long ago is taken over once.
    const QDateTime later = at.addSecs(ScheduleStore::StaleClaimSecs + 60);
    QCOMPARE(alive.retriesDue(later).size(), 1);
    QVERIFY(alive.claimRetry(QStringLiteral("s"), at, later));
    // After the window, it is failed and nobody runs it again.
    QVERIFY(alive.failAbandoned(at.addSecs(13 * 3600 + ScheduleStore::StaleClaimSecs)));
    const ScheduleOccurrence o = *alive.occurrence(QStringLiteral("s"), at);
    QCOMPARE(o.state, ScheduleOccurrence::State::Failed);
    QCOMPARE(o.errorKind, QStringLiteral("interrupted"));
}

void TestScheduleStore::retentionKeepsTheNewestAndOnlyUnchangedFiles()
{
    ScheduleStore store;
    QVERIFY(store.open(path()));
    Schedule schedule = sample(QStringLiteral("r"));
    schedule.keepCount = 1;
    QCOMPARE(store.add(&schedule, T0), ScheduleStore::Result::Ok);
    QTemporaryDir folder;
    auto write = [&](int n, const QByteArray &content) {
        const QString file = folder.filePath(QStringLiteral("r%1.pdf").arg(n));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        f.close();
        const QDateTime at = T0.addDays(n);
        store.claim(schedule.id, at, at.addSecs(3600), false, at);
        ScheduleOccurrence o = *store.occurrence(schedule.id, at);
        o.state = ScheduleOccurrence::State::Succeeded;
        o.savedPath = file;
        o.savedSize = content.size();
        o.savedSha256 = ScheduleRetention::sha256Of(file);
        store.finish(o);
        return file;
    };
    const QString oldest = write(1, "one");
    const QString replaced = write(2, "two");
    const QString gone = write(3, "three");
    const QString newest = write(4, "four");
    // Someone else's file with the same content as an old one, never recorded: never looked at.
    const QString foreign = folder.filePath(QStringLiteral("foreign.pdf"));
    QFile::copy(oldest, foreign);
    {
        QFile f(replaced);
        f.open(QIODevice::WriteOnly);
        f.write("the user's own edit");
    }
    QFile::remove(gone);

    QCOMPARE(ScheduleRetention::apply(&store, schedule), 1);
    QVERIFY(!QFile::exists(oldest));
    QVERIFY(QFile::exists(replaced));
    QVERIFY(QFile::exists(newest));
    QVERIFY(QFile::exists(foreign));
    QList<ScheduleOccurrence> all = store.occurrences(schedule.id);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).fileState, ScheduleOccurrence::FileState::Kept);
    QCOMPARE(all.at(1).fileState, ScheduleOccurrence::FileState::Missing);
    QCOMPARE(all.at(2).fileState, ScheduleOccurrence::FileState::Replaced);
    QCOMPARE(all.at(3).fileState, ScheduleOccurrence::FileState::Deleted);
    QCOMPARE(store.keptFiles(schedule.id).size(), 1);
    // Let go once: a replaced file is never reconsidered.
    QCOMPARE(ScheduleRetention::apply(&store, schedule), 0);
    QVERIFY(QFile::exists(replaced));
}

int main(int argc, char *argv[])
{
    if (argc == 5 && std::strcmp(argv[1], "--claim") == 0) {
        QCoreApplication app(argc, argv);
        return claimInChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                            QByteArray(argv[4]).toLongLong());
    }
    QCoreApplication app(argc, argv);
    TestScheduleStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ScheduleStore.moc"
