// The window's side of scheduled exports, offscreen against the demo's
// simulator: the dialog validates and creates what ScheduleStore then has, the
// pane lists what another writer (the CLI) added, pauses, resumes and deletes,
// Run now saves the report, says Succeeded and puts the export in the window's
// table, and a failing schedule says why, in the pane and in the banner.
#include "AppContext.h"
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "ModalDialogDriver.h"
#include "ScheduleDialog.h"
#include "ScheduleHost.h"
#include "SchedulesDock.h"
#include "SchedulesPane.h"
#include "schedules/ScheduleListModel.h"
#include "schedules/ScheduleStore.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/HistoryDatabase.h"
#include "tasks/TaskController.h"
#include "tasks/TaskTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
constexpr int RunTimeoutMs = 30000;
} // namespace

class TestSchedulesPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialogValidatesAndCreates();
    void paneListsWhatAnotherWriterAdded();
    void pauseResumeAndDeleteThroughThePane();
    void runNowSavesTheReportAndRecordsTheExport();
    void failingScheduleSaysWhyInThePaneAndTheBanner();

private:
    Schedule addElsewhere(const QString &name, qint64 reportId);
    QPushButton *paneButton(const QString &text) const;
    QString lastResult(const QString &scheduleId) const;
    void whenMessageBoxOpens(const std::function<void(QMessageBox *)> &drive);

    std::unique_ptr<DemoWindowFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_folder;
    AppContext *m_context = nullptr;
    SchedulesPane *m_pane = nullptr;
};

void TestSchedulesPane::init()
{
    m_fixture = std::make_unique<DemoWindowFixture>();
    QVERIFY(m_fixture->open());
    m_context = m_fixture->context();
    m_context->startDemo();
    QVERIFY(m_context->isDemo());
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    SchedulesDock *dock = m_fixture->window()->schedulesDock();
    QVERIFY(dock);
    dock->openAction()->trigger();
    QVERIFY(dock->isVisible());
    m_pane = dock->pane();
}

void TestSchedulesPane::cleanup()
{
    m_pane = nullptr;
    m_context = nullptr;
    m_fixture.reset();
    m_folder.reset();
}

// As reportdesk-cli would: its own store on the same history.
Schedule TestSchedulesPane::addElsewhere(const QString &name, qint64 reportId)
{
    ScheduleStore cli;
    if (!cli.open(HistoryDatabase::defaultPath()))
        return {};
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = AppContext::demoProfileId();
    schedule.reportId = reportId;
    schedule.cadence = ScheduleCadence::weekly({ 1, 4 }, QTime(7, 30));
    schedule.timeZoneId = QTimeZone::systemTimeZone().id();
    schedule.folder = m_folder->path();
    schedule.nameTemplate = QStringLiteral("{title}_{date}_{exportId}");
    if (cli.add(&schedule, QDateTime::currentDateTimeUtc()) != ScheduleStore::Result::Ok)
        return {};
    return schedule;
}

QPushButton *TestSchedulesPane::paneButton(const QString &text) const
{
    for (QPushButton *button : m_pane->findChildren<QPushButton *>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    return nullptr;
}

QString TestSchedulesPane::lastResult(const QString &scheduleId) const
{
    ScheduleListModel *model = m_context->schedules()->model();
    const int row = model->rowOf(scheduleId);
    return row < 0 ? QString() : model->index(row, ScheduleListModel::LastResultColumn).data().toString();
}

void TestSchedulesPane::whenMessageBoxOpens(const std::function<void(QMessageBox *)> &drive)
{
    ModalDialogDriver::whenOpens<QMessageBox>(this, drive);
}

void TestSchedulesPane::dialogValidatesAndCreates()
{
    // The empty pane says what schedules are for and offers to make one.
    QVERIFY(paneButton(QStringLiteral("New schedule…")));

    ScheduleDialog dialog(m_context, m_fixture->window());
    dialog.show();
    auto *reports = dialog.findChild<QComboBox *>(QStringLiteral("reportCombo"));
    QVERIFY(reports);
    QTRY_VERIFY_WITH_TIMEOUT(reports->count() > 0, 10000); // the demo's report list
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Give the schedule a name."));

    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Weekly"));
    reports->setCurrentIndex(reports->findData(SimulatorScenario::weeklyReportId));
    dialog.findChild<QComboBox *>(QStringLiteral("cadenceCombo"))->setCurrentIndex(1); // weekly
    QVERIFY(problem->text().contains(QStringLiteral("weekday")));
    dialog.findChild<QCheckBox *>(QStringLiteral("weekday1"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("weekday4"))->setChecked(true);
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
    folder->setText(m_folder->filePath(QStringLiteral("missing")));
    QVERIFY2(problem->text().contains(QStringLiteral("does not exist")), qPrintable(problem->text()));
    QVERIFY(!ok->isEnabled());
    folder->setText(m_folder->path());
    auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("templateEdit"));
    pattern->setText(QStringLiteral("{title}_{when}"));
    QVERIFY(problem->text().contains(QStringLiteral("{when}")));
    pattern->setText(QStringLiteral("weekly-{date}"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(ok->isEnabled());
    // The preview names the next file, with the type's extension.
    const QString preview = dialog.findChild<QLabel *>(QStringLiteral("previewLabel"))->text();
    QVERIFY2(preview.contains(QStringLiteral("weekly-")) && preview.endsWith(QStringLiteral(".html")),
             qPrintable(preview));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("nextRunLabel"))->text().isEmpty());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    ScheduleStore store;
    QVERIFY(store.open(HistoryDatabase::defaultPath()));
    const std::optional<Schedule> saved = store.find(QStringLiteral("Weekly"));
    QVERIFY(saved);
    QCOMPARE(saved->reportId, SimulatorScenario::weeklyReportId);
    QCOMPARE(saved->profileId, AppContext::demoProfileId());
    QCOMPARE(saved->cadence, ScheduleCadence::weekly({ 1, 4 }, QTime(7, 30)));
    QCOMPARE(saved->folder, m_folder->path());
    QCOMPARE(saved->nameTemplate, QStringLiteral("weekly-{date}"));
    QVERIFY(!saved->reportTitle.isEmpty());
    QCOMPARE(m_pane->table()->model()->rowCount(), 1);
    QCOMPARE(m_pane->currentScheduleId(), saved->id);

    // A second one may not take the name.
    ScheduleDialog again(m_context, m_fixture->window());
    again.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Weekly"));
    QVERIFY(again.problem().contains(QStringLiteral("already a schedule named")));
}

void TestSchedulesPane::paneListsWhatAnotherWriterAdded()
{
    const Schedule theirs = addElsewhere(QStringLiteral("from-cli"), SimulatorScenario::dailyReportId);
    QVERIFY(!theirs.id.isEmpty());
    // Within the pane's refresh while it is shown.
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->table()->model()->rowCount(), 1, 10000);
    QCOMPARE(m_context->schedules()->model()->rowOf(theirs.id), 0);
    QCOMPARE(lastResult(theirs.id), QStringLiteral("Never run"));
}

void TestSchedulesPane::pauseResumeAndDeleteThroughThePane()
{
    const Schedule schedule = addElsewhere(QStringLiteral("weekly"), SimulatorScenario::dailyReportId);
    m_context->schedules()->model()->reload();
    m_pane->selectSchedule(schedule.id);
    QCOMPARE(m_pane->currentScheduleId(), schedule.id);
    ScheduleStore store;
    QVERIFY(store.open(HistoryDatabase::defaultPath()));

    QPushButton *pause = paneButton(QStringLiteral("Pause"));
    QVERIFY(pause);
    pause->click();
    QVERIFY(store.find(QStringLiteral("weekly"))->paused);
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    pause->click();
    QVERIFY(!store.find(QStringLiteral("weekly"))->paused);
    QCOMPARE(pause->text(), QStringLiteral("Pause"));

    // Delete asks first, naming the schedule and saying the files stay.
    QString question;
    whenMessageBoxOpens([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(m_pane->table(), Qt::Key_Delete);
    QVERIFY(question.contains(QStringLiteral("“weekly”")));
    QVERIFY(question.contains(QStringLiteral("stay")));
    QVERIFY(store.find(QStringLiteral("weekly")));
    whenMessageBoxOpens([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    paneButton(QStringLiteral("Delete…"))->click();
    QVERIFY(!store.find(QStringLiteral("weekly")));
    QCOMPARE(m_pane->table()->model()->rowCount(), 0);
    QVERIFY(paneButton(QStringLiteral("New schedule…"))); // the empty state again
}

void TestSchedulesPane::runNowSavesTheReportAndRecordsTheExport()
{
    const Schedule schedule = addElsewhere(QStringLiteral("now"), SimulatorScenario::weeklyReportId);
    m_context->schedules()->model()->reload();
    m_pane->selectSchedule(schedule.id);
    QSignalSpy finished(m_context->schedules(), &ScheduleHost::occurrenceFinished);
    paneButton(QStringLiteral("Run now"))->click();
    QVERIFY(finished.wait(RunTimeoutMs) || !finished.isEmpty());
    QCOMPARE(finished.first().at(2).value<ScheduleOccurrence::State>(), ScheduleOccurrence::State::Succeeded);
    const QString path = finished.first().at(4).toString();
    QVERIFY2(QFileInfo(path).isFile() && QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY2(lastResult(schedule.id).startsWith(QStringLiteral("Succeeded ")), qPrintable(lastResult(schedule.id)));
    QVERIFY(lastResult(schedule.id).endsWith(QFileInfo(path).fileName()));

    // The export reaches the window's table through the history (another writer's rows).
    ScheduleStore store;
    QVERIFY(store.open(HistoryDatabase::defaultPath()));
    const qint64 exportId = store.latestOccurrence(schedule.id)->exportId;
    QVERIFY(exportId > 0);
    TaskTableModel *tasks = m_context->tasks()->model();
    QTRY_VERIFY_WITH_TIMEOUT(tasks->contains(exportId), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(tasks->task(exportId)->savedFilePath, path, 10000);
}

void TestSchedulesPane::failingScheduleSaysWhyInThePaneAndTheBanner()
{
    const Schedule schedule = addElsewhere(QStringLiteral("gone"), 424242); // no such report in the demo
    m_context->schedules()->model()->reload();
    m_pane->selectSchedule(schedule.id);
    QSignalSpy finished(m_context->schedules(), &ScheduleHost::occurrenceFinished);
    QVERIFY(m_context->schedules()->runNow(QStringLiteral("gone")));
    QVERIFY(finished.wait(RunTimeoutMs) || !finished.isEmpty());
    QCOMPARE(finished.first().at(2).value<ScheduleOccurrence::State>(), ScheduleOccurrence::State::Failed);
    QCOMPARE(lastResult(schedule.id), QStringLiteral("Failed: the report does not exist"));

    auto *banner = m_fixture->window()->findChild<QWidget *>(QStringLiteral("bannerFrame"));
    auto *text = m_fixture->window()->findChild<QLabel *>(QStringLiteral("bannerTextLabel"));
    auto *action = m_fixture->window()->findChild<QPushButton *>(QStringLiteral("bannerActionButton"));
    QVERIFY(banner && text && action);
    QVERIFY(banner->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("“gone”")) && text->text().contains(QStringLiteral("does not exist")),
             qPrintable(text->text()));
    // Its button shows the schedule in the pane.
    m_fixture->window()->schedulesDock()->hide();
    m_pane->table()->clearSelection();
    QCOMPARE(action->text(), QStringLiteral("Show schedule"));
    action->click();
    QVERIFY(m_fixture->window()->schedulesDock()->isVisible());
    QCOMPARE(m_pane->currentScheduleId(), schedule.id);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDeskTests"));
    QApplication::setApplicationName(QStringLiteral("test_SchedulesPane"));
    TestSchedulesPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SchedulesPane.moc"
