// Schedules run end to end against the embedded simulator: the real client,
// downloads, history and a profile whose key is in a MemoryCredentialStore.
// The schedule clock is a ManualScheduleClock, so retries and later runs are
// checked without waiting for them.
#include "api/ApiEndpoint.h"
#include "credentials/CredentialJob.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "i18n/LanguageSetting.h"
#include "schedules/ManualScheduleClock.h"
#include "schedules/ScheduleDispatcher.h"
#include "schedules/ScheduleRetention.h"
#include "schedules/ScheduleRunner.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 30000;
const QTimeZone Berlin("Europe/Berlin");

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestScheduleRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dueOccurrenceSavesTheReportWithItsHash();
    void keychainFailureIsRetriedWithBackoff();
    void serviceFailuresStopWhenTheWindowCloses();
    void permanentFailuresAreNotRetried();
    void retentionDeletesOnlyItsOwnUnchangedFiles();
    void runNowRunsOnceOutsideTheCadence();
    void pauseDuringARunSurvivesTheLearnedTitle();

private:
    Schedule addSchedule(const QString &name, qint64 reportId, int keep = 0);
    // Runs what is due at the clock's time; the (ran, failed) counts.
    QPair<int, int> runDue();
    QList<ScheduleOccurrence> occurrences(const Schedule &schedule) { return m_store->occurrences(schedule.id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageSetting> m_language;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ManualScheduleClock> m_clock;
    std::unique_ptr<ScheduleRunner> m_runner;
    std::unique_ptr<ScheduleDispatcher> m_dispatcher;
    QString m_profileId;
};

void TestScheduleRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SimulatorConfig config;
    config.speedFactor = 200;
    m_simulator = std::make_unique<Simulator>(config);
    QVERIFY(m_simulator->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_language = std::make_unique<LanguageSetting>();
    m_language->setLanguage(QStringLiteral("en"));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_profiles = std::make_unique<ProfileRepository>(m_settings.get(), m_keychain.get());

    Profile profile;
    profile.name = QStringLiteral("ops-prod");
    profile.endpoint = ApiEndpoint::custom(m_simulator->endpoint());
    profile.accessKeyId = Simulator::demoCredentials().accessKeyId;
    CredentialJob *job = m_profiles->add(profile, Simulator::demoCredentials());
    QSignalSpy added(job, &CredentialJob::finished);
    QVERIFY(added.wait(Timeout));
    m_profileId = job->key();
    QVERIFY(!m_profileId.isEmpty());

    m_store = std::make_unique<ScheduleStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("history.db"))));
    // Thursday 9 May 2024, 06:00 in Berlin.
    m_clock = std::make_unique<ManualScheduleClock>(QDateTime(QDate(2024, 5, 9), QTime(6, 0), Berlin), Berlin);
    m_runner = std::make_unique<ScheduleRunner>(m_network.get(), m_language.get(), m_profiles.get(), m_store.get(),
                                                m_clock.get());
    ScheduleRunner::Options options;
    options.firstPollMs = 20;
    options.maxPollMs = 100;
    options.clientRetries = 0;
    m_runner->setOptions(options);
    m_dispatcher = std::make_unique<ScheduleDispatcher>(m_store.get(), m_runner.get(), m_clock.get());
}

void TestScheduleRunner::cleanup()
{
    m_dispatcher.reset();
    m_runner.reset();
    m_clock.reset();
    m_store.reset();
    m_profiles.reset();
    m_keychain.reset();
    m_settings.reset();
    m_language.reset();
    m_network.reset();
    m_simulator.reset();
}

Schedule TestScheduleRunner::addSchedule(const QString &name, qint64 reportId, int keep)
{
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = m_profileId;
    schedule.reportId = reportId;
    schedule.exportType = ExportType::Html;
    schedule.cadence = ScheduleCadence::daily(QTime(7, 30));
    schedule.timeZoneId = Berlin.id();
    schedule.folder = m_dir->filePath(QStringLiteral("reports"));
    schedule.nameTemplate = QStringLiteral("{profile}_{date}");
    schedule.keepCount = keep;
    if (m_store->add(&schedule, m_clock->now()) != ScheduleStore::Result::Ok)
        return {};
    return schedule;
}

QPair<int, int> TestScheduleRunner::runDue()
{
    QSignalSpy idle(m_dispatcher.get(), &ScheduleDispatcher::idle);
    m_dispatcher->runDue();
    if (!idle.wait(Timeout))
        return { -1, -1 };
    return { idle.first().at(0).toInt(), idle.first().at(1).toInt() };
}

void TestScheduleRunner::dueOccurrenceSavesTheReportWithItsHash()
{
    const Schedule schedule = addSchedule(QStringLiteral("daily"), SimulatorScenario::dailyReportId);
    QVERIFY(!schedule.id.isEmpty());
    QCOMPARE(runDue(), qMakePair(0, 0)); // 06:00: nothing yet

    QSignalSpy saved(m_runner.get(), &ScheduleRunner::reportSaved);
    QSignalSpy started(m_runner.get(), &ScheduleRunner::exportStarted);
    m_clock->setNow(QDateTime(QDate(2024, 5, 9), QTime(7, 31), Berlin));
    QCOMPARE(runDue(), qMakePair(1, 0));
    const QList<ScheduleOccurrence> rows = occurrences(schedule);
    QCOMPARE(rows.size(), 1);
    const ScheduleOccurrence &o = rows.first();
    QCOMPARE(o.occursAt, QDateTime(QDate(2024, 5, 9), QTime(7, 30), Berlin).toUTC());
    QCOMPARE(o.state, ScheduleOccurrence::State::Succeeded);
    QVERIFY(o.exportId > 0);
    QCOMPARE(o.savedPath, QDir(schedule.folder).filePath(QStringLiteral("ops-prod_2024-05-09.html")));
    QVERIFY(QFile::exists(o.savedPath));
    QCOMPARE(o.savedSha256, sha256Of(o.savedPath));
    QCOMPARE(o.savedSize, QFileInfo(o.savedPath).size());
    QVERIFY(o.errorKind.isEmpty());
    // The host is told, to record the export in the task history.
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), m_profileId);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(2).value<DownloadResult>().sha256, o.savedSha256);
    // The report's title was learned for {title} and the window.
    QVERIFY(!m_store->find(QStringLiteral("daily"))->reportTitle.isEmpty());

    // Run again at once, or later that day: the occurrence is handled.
    QCOMPARE(runDue(), qMakePair(0, 0));
    m_clock->advanceSecs(6 * 3600);
    QCOMPARE(runDue(), qMakePair(0, 0));
    QCOMPARE(occurrences(schedule).size(), 1);
}

void TestScheduleRunner::keychainFailureIsRetriedWithBackoff()
{
    const Schedule schedule = addSchedule(QStringLiteral("daily"), SimulatorScenario::dailyReportId);
    CredentialError broken;
    broken.code = CredentialError::Code::NoBackend;
    broken.backendText = QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown");
    m_keychain->setSimulatedError(broken);
    m_clock->setNow(QDateTime(QDate(2024, 5, 9), QTime(7, 30), Berlin));
    QCOMPARE(runDue(), qMakePair(1, 1));
    ScheduleOccurrence o = occurrences(schedule).first();
    QCOMPARE(o.state, ScheduleOccurrence::State::Retry);
    QCOMPARE(o.errorKind, QStringLiteral("keychain"));
    QCOMPARE(o.errorDetail, QStringLiteral("Code=no-backend"));
    QCOMPARE(o.nextAttemptAt, m_clock->now().addSecs(60));

    // Not before its time, and then once.
    m_clock->advanceSecs(59);
    QCOMPARE(runDue(), qMakePair(0, 0));
    m_clock->advanceSecs(1);
    QCOMPARE(runDue(), qMakePair(1, 1));
    o = occurrences(schedule).first();
    QCOMPARE(o.attempts, 2);
    QCOMPARE(o.nextAttemptAt, m_clock->now().addSecs(5 * 60)); // backing off

    m_keychain->setSimulatedError(CredentialError());
    m_clock->advanceSecs(5 * 60);
    QCOMPARE(runDue(), qMakePair(1, 0));
    o = occurrences(schedule).first();
    QCOMPARE(o.state, ScheduleOccurrence::State::Succeeded);
    QCOMPARE(o.attempts, 3);
    QVERIFY(o.errorKind.isEmpty());
    QVERIFY(QFile::exists(o.savedPath));
    QCOMPARE(occurrences(schedule).size(), 1);
}

void TestScheduleRunner::serviceFailuresStopWhenTheWindowCloses()
{
    const Schedule schedule = addSchedule(QStringLiteral("daily"), SimulatorScenario::dailyReportId);
    m_simulator->failNext(1000);
    const QDateTime occursAt = QDateTime(QDate(2024, 5, 9), QTime(7, 30), Berlin);
    m_clock->setNow(occursAt);
    QCOMPARE(runDue(), qMakePair(1, 1));
    int attempts = 1;
    for (;;) {
        const ScheduleOccurrence o = occurrences(schedule).first();
        QCOMPARE(o.attempts, attempts);
        QVERIFY2(o.errorKind.startsWith(QLatin1String("service:")), qPrintable(o.errorKind));
        QVERIFY(!o.errorDetail.contains(QLatin1String("http://")));
        if (o.state == ScheduleOccurrence::State::Failed)
            break;
        QCOMPARE(o.state, ScheduleOccurrence::State::Retry);
        QVERIFY(o.nextAttemptAt < occursAt.addSecs(ScheduleTiming::MaxWindowSecs));
        m_clock->setNow(o.nextAttemptAt);
        QCOMPARE(runDue(), qMakePair(1, 1));
        ++attempts;
        QVERIFY(attempts < 30);
    }
    // 1 + 5 + 15 minutes, then hourly, within 12 hours.
    QCOMPARE(attempts, 15); // at 0, 1, 6 and 21 minutes, then hourly until 11:21 after
    m_simulator->failNext(0);
    m_clock->setNow(occursAt.addSecs(ScheduleTiming::MaxWindowSecs - 1));
    QCOMPARE(runDue(), qMakePair(0, 0));
    // The next day's occurrence is a new one.
    m_clock->setNow(occursAt.addDays(1));
    QCOMPARE(runDue(), qMakePair(1, 0));
}

void TestScheduleRunner::permanentFailuresAreNotRetried()
{
    const Schedule gone = addSchedule(QStringLiteral("gone"), 999999);
    const Schedule denied = addSchedule(QStringLiteral("denied"), SimulatorScenario::deniedReportId);
    const Schedule failing = addSchedule(QStringLiteral("failing"), SimulatorScenario::failingReportId);
    m_clock->setNow(QDateTime(QDate(2024, 5, 9), QTime(7, 30), Berlin));
    QCOMPARE(runDue(), qMakePair(3, 3));
    const ScheduleOccurrence goneRow = occurrences(gone).first();
    QCOMPARE(goneRow.state, ScheduleOccurrence::State::Failed);
    QCOMPARE(goneRow.errorKind, QStringLiteral("report-not-found"));
    QVERIFY(!goneRow.nextAttemptAt.isValid());
    QVERIFY(goneRow.finishedAt.isValid());
    const ScheduleOccurrence deniedRow = occurrences(denied).first();
    QCOMPARE(deniedRow.state, ScheduleOccurrence::State::Failed);
    QVERIFY2(deniedRow.errorKind.startsWith(QLatin1String("service:")), qPrintable(deniedRow.errorKind));
    QVERIFY(deniedRow.errorDetail.contains(QLatin1String("RequestId=")));
    const ScheduleOccurrence failingRow = occurrences(failing).first();
    QCOMPARE(failingRow.state, ScheduleOccurrence::State::Failed);
    QCOMPARE(failingRow.errorKind, QStringLiteral("export-failed"));
    QVERIFY(failingRow.exportId > 0);
    m_clock->advanceSecs(3600);
    QCOMPARE(runDue(), qMakePair(0, 0));
}

void TestScheduleRunner::retentionDeletesOnlyItsOwnUnchangedFiles()
{
    const Schedule schedule = addSchedule(QStringLiteral("kept"), SimulatorScenario::dailyReportId, 1);
    QVERIFY(QDir().mkpath(schedule.folder));
    // Someone else's file where the second run would save: never replaced, never deleted.
    const QString foreign = QDir(schedule.folder).filePath(QStringLiteral("ops-prod_2024-05-10.html"));
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not ReportDesk's");
    }
    QStringList written;
    for (int day = 9; day <= 11; ++day) {
        m_clock->setNow(QDateTime(QDate(2024, 5, day), QTime(7, 31), Berlin));
        QCOMPARE(runDue(), qMakePair(1, 0));
        written << occurrences(schedule).first().savedPath;
        if (day == 10) {
            // The user edits the second report: it is no longer the schedule's to delete.
            QFile file(written.last());
            QVERIFY(file.open(QIODevice::Append));
            file.write("<!-- reviewed -->");
        }
    }
    QCOMPARE(written.at(1), QDir(schedule.folder).filePath(QStringLiteral("ops-prod_2024-05-10 (2).html")));
    QVERIFY(!QFile::exists(written.at(0))); // its own, unchanged, older than the newest 1
    QVERIFY(QFile::exists(written.at(1))); // changed by the user
    QVERIFY(QFile::exists(written.at(2))); // the newest
    QFile foreignFile(foreign);
    QVERIFY(foreignFile.open(QIODevice::ReadOnly));
    QCOMPARE(foreignFile.readAll(), QByteArray("not ReportDesk's"));
    const QList<ScheduleOccurrence> rows = occurrences(schedule);
    QCOMPARE(rows.at(0).fileState, ScheduleOccurrence::FileState::Kept);
    QCOMPARE(rows.at(1).fileState, ScheduleOccurrence::FileState::Replaced);
    QCOMPARE(rows.at(2).fileState, ScheduleOccurrence::FileState::Deleted);
}

void TestScheduleRunner::runNowRunsOnceOutsideTheCadence()
{
    const Schedule schedule = addSchedule(QStringLiteral("now"), SimulatorScenario::weeklyReportId);
    QSignalSpy idle(m_dispatcher.get(), &ScheduleDispatcher::idle);
    QVERIFY(m_dispatcher->runNow(schedule));
    QVERIFY(!m_dispatcher->runNow(schedule)); // the same instant is one occurrence
    QVERIFY(idle.wait(Timeout));
    QCOMPARE(idle.first().at(0).toInt(), 1);
    const ScheduleOccurrence o = occurrences(schedule).first();
    QVERIFY(o.manual);
    QCOMPARE(o.state, ScheduleOccurrence::State::Succeeded);
    QCOMPARE(o.occursAt, m_clock->now());
}

void TestScheduleRunner::pauseDuringARunSurvivesTheLearnedTitle()
{
    const Schedule schedule = addSchedule(QStringLiteral("paused-meanwhile"), SimulatorScenario::weeklyReportId);
    QVERIFY(schedule.reportTitle.isEmpty());
    // The window's own store pauses the schedule while the runner (an older copy) works.
    ScheduleStore window;
    QVERIFY(window.open(m_dir->filePath(QStringLiteral("history.db"))));
    connect(m_runner.get(), &ScheduleRunner::occurrenceStarted, &window,
            [&window, this] { window.setPaused(QStringLiteral("paused-meanwhile"), true, m_clock->now()); });
    QSignalSpy idle(m_dispatcher.get(), &ScheduleDispatcher::idle);
    QVERIFY(m_dispatcher->runNow(schedule));
    QVERIFY(idle.wait(Timeout));
    QCOMPARE(occurrences(schedule).first().state, ScheduleOccurrence::State::Succeeded);
    const std::optional<Schedule> after = m_store->find(QStringLiteral("paused-meanwhile"));
    QVERIFY(after);
    QVERIFY(after->paused);
    QVERIFY(!after->reportTitle.isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduleRunner)
#include "tst_ScheduleRunner.moc"
