// The Schedules pane's model over a real history: one row per schedule, raw
// values in roles, texts made when asked for in the current language, the next
// run in local time across a daylight-saving change (a fixed clock and zone),
// the last result with its reason, and schedules another store (the CLI) wrote.
#include "i18n/LanguageSetting.h"
#include "i18n/TranslationManager.h"
#include "schedules/ManualScheduleClock.h"
#include "schedules/ScheduleListModel.h"
#include "schedules/ScheduleStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QTimeZone Berlin("Europe/Berlin");

Schedule sample(const QString &name, const ScheduleCadence &cadence)
{
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = QStringLiteral("ops");
    schedule.reportId = 377665;
    schedule.exportType = ExportType::Pdf;
    schedule.cadence = cadence;
    schedule.timeZoneId = Berlin.id();
    schedule.folder = QStringLiteral("/srv/reports");
    schedule.nameTemplate = QStringLiteral("{title}_{date}");
    return schedule;
}

} // namespace

class TestScheduleListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAndRoles();
    void textsInBothLanguages();
    void nextRunInLocalTimeAcrossDaylightSaving();
    void lastResultsWithTheirReasons();
    void reloadShowsWhatAnotherStoreWrote();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.db")); }
    Schedule add(const Schedule &schedule);
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageSetting> m_language;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ManualScheduleClock> m_clock;
    std::unique_ptr<ScheduleListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScheduleListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_language = std::make_unique<LanguageSetting>();
    m_language->setSessionLanguage(QStringLiteral("en"));
    m_translations = std::make_unique<TranslationManager>(m_language.get());
    m_store = std::make_unique<ScheduleStore>();
    QVERIFY(m_store->open(path()));
    // Saturday 30 March 2024, 08:00 in Berlin: the clocks go forward tonight.
    m_clock = std::make_unique<ManualScheduleClock>(QDateTime(QDate(2024, 3, 30), QTime(8, 0), Berlin), Berlin);
    m_model = std::make_unique<ScheduleListModel>(m_store.get(), m_clock.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestScheduleListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_clock.reset();
    m_store.reset();
    m_translations.reset();
    m_language.reset();
}

Schedule TestScheduleListModel::add(const Schedule &schedule)
{
    Schedule added = schedule;
    if (m_store->add(&added, m_clock->now()) != ScheduleStore::Result::Ok)
        return {};
    return added;
}

void TestScheduleListModel::rowsAndRoles()
{
    const Schedule weekly = add(sample(QStringLiteral("weekly"), ScheduleCadence::weekly({ 1, 4 }, QTime(7, 30))));
    Schedule titled = sample(QStringLiteral("audit"), ScheduleCadence::monthly(ScheduleCadence::LastDay, QTime(2, 0)));
    titled.reportTitle = QStringLiteral("Monthly audit");
    titled.exportType = ExportType::Html;
    titled.paused = true;
    titled = add(titled);
    QVERIFY(!weekly.id.isEmpty() && !titled.id.isEmpty());
    m_model->setProfileNames(
        [](const QString &id) { return id == QLatin1String("ops") ? QStringLiteral("ops-prod") : QString(); });
    m_model->reload();

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ScheduleListModel::ColumnCount));
    const int w = m_model->rowOf(weekly.id);
    const int a = m_model->rowOf(titled.id);
    QVERIFY(w >= 0 && a >= 0 && w != a);
    const QModelIndex wi = m_model->index(w, ScheduleListModel::NameColumn);
    QCOMPARE(wi.data(ScheduleListModel::ScheduleIdRole).toString(), weekly.id);
    QCOMPARE(wi.data(ScheduleListModel::NameRole).toString(), QStringLiteral("weekly"));
    QCOMPARE(wi.data(ScheduleListModel::PausedRole).toBool(), false);
    QCOMPARE(wi.data(ScheduleListModel::LastStateRole).toInt(), int(ScheduleListModel::LastState::Never));
    // Monday 1 April 07:30 CEST.
    QCOMPARE(wi.data(ScheduleListModel::NextRunRole).toDateTime(), QDateTime(QDate(2024, 4, 1), QTime(5, 30), Qt::UTC));
    QCOMPARE(text(w, ScheduleListModel::NameColumn), QStringLiteral("weekly"));
    QCOMPARE(text(w, ScheduleListModel::ReportColumn), QStringLiteral("Report 377665"));
    QCOMPARE(text(a, ScheduleListModel::ReportColumn), QStringLiteral("Monthly audit"));
    QCOMPARE(text(w, ScheduleListModel::FormatColumn), QStringLiteral("PDF"));
    QCOMPARE(text(a, ScheduleListModel::FormatColumn), QStringLiteral("HTML"));
    QCOMPARE(text(w, ScheduleListModel::ProfileColumn), QStringLiteral("ops-prod"));
    QCOMPARE(text(w, ScheduleListModel::LastResultColumn), QStringLiteral("Never run"));
    // Paused: no next run, and it says so.
    QVERIFY(!m_model->index(a, 0).data(ScheduleListModel::NextRunRole).toDateTime().isValid());
    QCOMPARE(text(a, ScheduleListModel::NextRunColumn), QStringLiteral("Paused"));
    QCOMPARE(m_model->schedule(a)->name, QStringLiteral("audit"));
    QVERIFY(!m_model->schedule(5));
}

void TestScheduleListModel::textsInBothLanguages()
{
    add(sample(QStringLiteral("weekly"), ScheduleCadence::weekly({ 4, 1 }, QTime(7, 30))));
    add(sample(QStringLiteral("last"), ScheduleCadence::monthly(ScheduleCadence::LastDay, QTime(2, 0))));
    add(sample(QStringLiteral("mid"), ScheduleCadence::monthly(15, QTime(2, 0))));
    add(sample(QStringLiteral("daily"), ScheduleCadence::daily(QTime(6, 5))));
    m_model->reload();
    const auto cadenceOf = [this](const QString &name) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(ScheduleListModel::NameRole).toString() == name)
                return text(row, ScheduleListModel::CadenceColumn);
        }
        return QString();
    };
    QCOMPARE(cadenceOf(QStringLiteral("weekly")), QStringLiteral("Weekly on Mon, Thu at 07:30"));
    QCOMPARE(cadenceOf(QStringLiteral("last")), QStringLiteral("Monthly on the last day at 02:00"));
    QCOMPARE(cadenceOf(QStringLiteral("mid")), QStringLiteral("Monthly on day 15 at 02:00"));
    QCOMPARE(cadenceOf(QStringLiteral("daily")), QStringLiteral("Daily at 06:05"));
    QCOMPARE(m_model->headerData(ScheduleListModel::NextRunColumn, Qt::Horizontal).toString(),
             QStringLiteral("Next run"));

    // The switch announces everything; the texts come out in Chinese.
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(m_model.get(), &QAbstractItemModel::dataChanged);
    m_language->setSessionLanguage(QStringLiteral("zh"));
    m_model->retranslate();
    QCOMPARE(header.size(), 1);
    QCOMPARE(data.size(), 1);
    QCOMPARE(cadenceOf(QStringLiteral("weekly")), QStringLiteral("每周一、周四 07:30"));
    QCOMPARE(cadenceOf(QStringLiteral("last")), QStringLiteral("每月最后一天 02:00"));
    QCOMPARE(cadenceOf(QStringLiteral("mid")), QStringLiteral("每月 15 日 02:00"));
    QCOMPARE(cadenceOf(QStringLiteral("daily")), QStringLiteral("每天 06:05"));
    QCOMPARE(m_model->headerData(ScheduleListModel::NextRunColumn, Qt::Horizontal).toString(),
             QStringLiteral("下次运行"));
    QCOMPARE(text(0, ScheduleListModel::LastResultColumn), QStringLiteral("从未运行"));
}

void TestScheduleListModel::nextRunInLocalTimeAcrossDaylightSaving()
{
    const Schedule daily = add(sample(QStringLiteral("daily"), ScheduleCadence::daily(QTime(7, 30))));
    m_model->reload();
    const QModelIndex next = m_model->index(0, ScheduleListModel::NextRunColumn);
    // Sunday 31 March, 07:30 CEST (UTC+2) is 05:30 UTC, not the 06:30 of yesterday's offset.
    QCOMPARE(next.data(ScheduleListModel::NextRunRole).toDateTime(),
             QDateTime(QDate(2024, 3, 31), QTime(5, 30), Qt::UTC));
    // The window's one date style, in local (Berlin) time.
    QCOMPARE(next.data().toString(), QStringLiteral("2024-03-31 07:30"));

    // Shown in the clock's zone (the user's): in Shanghai, 13:30 the same day.
    m_clock->setZone(QTimeZone("Asia/Shanghai"));
    QCOMPARE(next.data().toString(), QStringLiteral("2024-03-31 13:30"));
    m_clock->setZone(Berlin);

    // Past it and not yet run: due now.
    m_clock->setNow(QDateTime(QDate(2024, 3, 31), QTime(7, 31), Berlin));
    m_model->reload();
    QCOMPARE(m_model->index(0, ScheduleListModel::NextRunColumn).data().toString(), QStringLiteral("Due now"));
    Q_UNUSED(daily)
}

void TestScheduleListModel::lastResultsWithTheirReasons()
{
    const Schedule ok = add(sample(QStringLiteral("ok"), ScheduleCadence::daily(QTime(7, 30))));
    const Schedule gone = add(sample(QStringLiteral("gone"), ScheduleCadence::daily(QTime(7, 30))));
    const Schedule later = add(sample(QStringLiteral("later"), ScheduleCadence::daily(QTime(7, 30))));
    const QDateTime at = m_clock->now();
    for (const Schedule &s : { ok, gone, later })
        QVERIFY(m_store->claim(s.id, at, at.addSecs(3600), true, at));

    ScheduleOccurrence saved = *m_store->occurrence(ok.id, at);
    saved.state = ScheduleOccurrence::State::Succeeded;
    saved.savedPath = QStringLiteral("/srv/reports/weekly.pdf");
    saved.savedSize = 10;
    saved.savedSha256 = QStringLiteral("00");
    saved.finishedAt = at.addSecs(60);
    QVERIFY(m_store->finish(saved));
    ScheduleOccurrence failed = *m_store->occurrence(gone.id, at);
    failed.state = ScheduleOccurrence::State::Failed;
    failed.errorKind = QStringLiteral("report-not-found");
    failed.errorDetail = QStringLiteral("ReportId=377665");
    failed.finishedAt = at;
    QVERIFY(m_store->finish(failed));
    ScheduleOccurrence retry = *m_store->occurrence(later.id, at);
    retry.state = ScheduleOccurrence::State::Retry;
    retry.errorKind = QStringLiteral("network");
    retry.nextAttemptAt = QDateTime(QDate(2024, 3, 30), QTime(8, 15), Berlin);
    QVERIFY(m_store->finish(retry));
    m_model->reload();

    const auto row = [this](const Schedule &s) { return m_model->rowOf(s.id); };
    QCOMPARE(text(row(ok), ScheduleListModel::LastResultColumn),
             QStringLiteral("Succeeded %1 · weekly.pdf")
                 .arg(at.addSecs(60).toTimeZone(Berlin).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QCOMPARE(m_model->index(row(ok), 0).data(ScheduleListModel::SavedPathRole).toString(), saved.savedPath);
    QCOMPARE(m_model->index(row(ok), 0).data(ScheduleListModel::LastStateRole).toInt(),
             int(ScheduleListModel::LastState::Succeeded));
    QCOMPARE(text(row(gone), ScheduleListModel::LastResultColumn), QStringLiteral("Failed: the report does not exist"));
    QCOMPARE(m_model->index(row(gone), 0).data(ScheduleListModel::LastErrorKindRole).toString(),
             QStringLiteral("report-not-found"));
    // The tooltip adds the technical detail.
    QVERIFY(m_model->index(row(gone), ScheduleListModel::LastResultColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("ReportId=377665")));
    QCOMPARE(text(row(later), ScheduleListModel::LastResultColumn),
             QStringLiteral("Will retry at 08:15: no connection to the service"));
}

void TestScheduleListModel::reloadShowsWhatAnotherStoreWrote()
{
    add(sample(QStringLiteral("mine"), ScheduleCadence::daily(QTime(7, 30))));
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 1);

    ScheduleStore cli; // another writer of the same history: reportdesk-cli
    QVERIFY(cli.open(path()));
    Schedule theirs = sample(QStringLiteral("theirs"), ScheduleCadence::daily(QTime(9, 0)));
    QCOMPARE(cli.add(&theirs, m_clock->now()), ScheduleStore::Result::Ok);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->rowOf(theirs.id) >= 0);

    // The same schedules, one paused elsewhere: the rows stay, their data changes.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(cli.setPaused(QStringLiteral("theirs"), true, m_clock->now()), ScheduleStore::Result::Ok);
    m_model->reload();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->index(m_model->rowOf(theirs.id), 0).data(ScheduleListModel::PausedRole).toBool());

    QCOMPARE(cli.remove(QStringLiteral("theirs")), ScheduleStore::Result::Ok);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(theirs.id), -1);
}

QTEST_GUILESS_MAIN(TestScheduleListModel)
#include "tst_ScheduleListModel.moc"
