// The demo's first start (issue "the second look", item 13): a few exports made
// by the simulator through the same API calls a user makes, one in each status,
// and Help ▸ Reset demo… starts them again.
#include "AppContext.h"
#include "DemoSamples.h"
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

class TestDemoSamples final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartShowsOneInEachStatus();
    void secondStartAddsNothing();
    void resetDemoStartsThemAgain();

private:
    static int exportCalls(Simulator *simulator);
    static bool allSettled(const TaskTableModel *model);
};

int TestDemoSamples::exportCalls(Simulator *simulator)
{
    int calls = 0;
    for (const RecordedRequest &request : simulator->recordedRequests())
        calls += request.action == QLatin1String("ExportCustomizeReport") ? 1 : 0;
    return calls;
}

bool TestDemoSamples::allSettled(const TaskTableModel *model)
{
    return model->rowCount() == DemoSamples::reportIds().size() && model->statusCount(ExportStatus::Succeeded) == 3
        && model->statusCount(ExportStatus::Failed) == 1;
}

void TestDemoSamples::firstStartShowsOneInEachStatus()
{
    DemoWindowFixture fixture(true);
    QVERIFY(fixture.open());
    fixture.context()->startDemo();
    TaskTableModel *model = fixture.context()->tasks()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
    // Real calls of the simulator's API, not rows made up by the window.
    QCOMPARE(exportCalls(fixture.context()->simulator()), 4);
    QTRY_VERIFY_WITH_TIMEOUT(model->statusCount(ExportStatus::Succeeded) >= 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(model->statusCount(ExportStatus::Failed), 1, 15000);
    // The slow one was seen running, then finished while the window watched.
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(model), 20000);
    for (const ExportTask &task : model->tasks()) {
        QVERIFY(!task.reportTitle.isEmpty());
        if (task.reportId == SimulatorScenario::monthlyReportId) {
            QVERIFY(std::any_of(task.history.cbegin(), task.history.cend(),
                                [](const StatusChange &change) { return change.status == ExportStatus::Exporting; }));
        }
        if (task.status == ExportStatus::Succeeded)
            QVERIFY(task.downloadUrl.isValid()); // a live link: Download works at once
    }
    auto *reset = fixture.window()->findChild<QAction *>(QStringLiteral("actionResetDemo"));
    QVERIFY(reset && reset->isVisible());
}

void TestDemoSamples::secondStartAddsNothing()
{
    {
        DemoWindowFixture fixture(true);
        fixture.context()->startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.context()->tasks()->model()->rowCount(), 4, 10000);
        // The user removes them: they do not come back at the next start.
        QList<qint64> ids;
        for (const ExportTask &task : fixture.context()->tasks()->model()->tasks())
            ids << task.exportId;
        fixture.context()->tasks()->remove(ids);
        fixture.context()->tasks()->flush();
    }
    AppContext::Options options;
    options.demoSamples = true;
    AppContext context(options);
    context.startDemo();
    QVERIFY(context.isDemo());
    QCOMPARE(context.tasks()->model()->rowCount(), 0);
    QCOMPARE(exportCalls(context.simulator()), 0);
}

void TestDemoSamples::resetDemoStartsThemAgain()
{
    DemoWindowFixture fixture(false);
    QVERIFY(fixture.open());
    fixture.context()->startDemo();
    TaskController *tasks = fixture.context()->tasks();
    tasks->addExportId(4242);
    QCOMPARE(tasks->model()->rowCount(), 1);
    // Help ▸ Reset demo… asks first; the test answers Yes.
    bool asked = false;
    int tries = 0;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            driver.stop();
            box->button(QMessageBox::Yes)->click();
        } else if (++tries > 250) {
            driver.stop();
        }
    });
    driver.start();
    fixture.window()->findChild<QAction *>(QStringLiteral("actionResetDemo"))->trigger();
    QVERIFY(asked);
    QVERIFY(!tasks->model()->contains(4242));
    QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowCount(), 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(tasks->model()), 20000);
}

QTEST_MAIN(TestDemoSamples)
#include "tst_DemoSamples.moc"
