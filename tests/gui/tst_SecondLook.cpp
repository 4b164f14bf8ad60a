// What a new user stumbled over (issue "the second look"), against the real
// window and the demo: the title, an ExportId added twice, an empty search,
// Escape in the search field, and where the first save dialog opens.
#include "AddExportIdDialog.h"
#include "AppContext.h"
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "SaveLocationChooser.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

class TestSecondLook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoTitleSaysDemoOnce();
    void duplicateExportIdIsToldNotAdded();
    void searchWithoutMatchSaysSo();
    void firstSaveGoesToDownloads();
    void rejectedExportIdIsNotFound();
    void keyboardTabLeavesTableEnterDoesTheRowsAction();
    void blankEnvironmentSecretIsTold();
    void refreshShowsThatItRuns();
    void openMissingFileOffersDownloadAgain();
    void openWithoutApplicationOffersShowInFolder();

private:
    qint64 succeededExport();
    void pressEnterOn(qint64 exportId);

private:
    std::unique_ptr<DemoWindowFixture> m_fixture;
};

void TestSecondLook::init()
{
    m_fixture = std::make_unique<DemoWindowFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->context()->startDemo();
    QVERIFY(m_fixture->context()->isDemo());
}

void TestSecondLook::cleanup()
{
    m_fixture.reset();
}

void TestSecondLook::demoTitleSaysDemoOnce()
{
    const QString title = m_fixture->window()->windowTitle();
    QCOMPARE(title.count(QStringLiteral("Demo")), 1);
    QVERIFY2(!title.contains(QLatin1Char('[')), qPrintable(title));
}

void TestSecondLook::duplicateExportIdIsToldNotAdded()
{
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    m_fixture->context()->tasks()->addExportId(4242);
    QCOMPARE(model->rowCount(), 1);
    // The dialog runs its own event loop: a timer drives it, and gives up (closing
    // it, so the test fails instead of hanging) after a bounded number of tries.
    bool drove = false;
    int tries = 0;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<AddExportIdDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"))) {
                edit->setText(QStringLiteral("4242"));
                drove = true;
            }
            driver.stop();
            drove ? dialog->accept() : dialog->reject();
        } else if (++tries > 250) {
            driver.stop();
        }
    });
    driver.start();
    m_fixture->window()->findChild<QAction *>(QStringLiteral("actionAddExportId"))->trigger();
    QVERIFY(drove);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY2(m_fixture->window()->statusBar()->currentMessage().contains(QLatin1String("already in the list")),
             qPrintable(m_fixture->window()->statusBar()->currentMessage()));
}

void TestSecondLook::searchWithoutMatchSaysSo()
{
    m_fixture->context()->tasks()->addExportId(4243);
    auto *search = m_fixture->window()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *stack = m_fixture->window()->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
    auto *empty = m_fixture->window()->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(search && stack && empty);
    QVERIFY(stack->currentWidget() != empty);
    search->setText(QStringLiteral("no such report"));
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY2(empty->text().contains(QLatin1String("no such report")), qPrintable(empty->text()));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(stack->currentWidget() != empty);
}

void TestSecondLook::firstSaveGoesToDownloads()
{
    QSettings().remove(QStringLiteral("downloads/folder"));
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QDir(downloads).removeRecursively();
    const QString folder = SaveLocationChooser::defaultFolder();
    QCOMPARE(folder, downloads);
    QVERIFY(QFileInfo(folder).isDir()); // made, so the dialog does not fall back to the current folder
}

void TestSecondLook::rejectedExportIdIsNotFound()
{
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    auto *notFound = m_fixture->window()->findChild<QToolButton *>(QStringLiteral("filterNotFoundButton"));
    QVERIFY(notFound);
    QVERIFY(!notFound->isVisible()); // nothing to show
    m_fixture->context()->tasks()->addExportId(99887766); // the demo service knows no such export
    QTRY_VERIFY_WITH_TIMEOUT(model->task(99887766) && model->task(99887766)->isRejected(), 10000);
    QVERIFY(notFound->isVisible());
    QCOMPARE(notFound->text(), QStringLiteral("Not found 1"));
    auto *failed = m_fixture->window()->findChild<QToolButton *>(QStringLiteral("filterFailedButton"));
    QCOMPARE(failed->text(), QStringLiteral("Failed 0"));
    // The details name it by its ExportId, not an invented "Report 0".
    auto *view = m_fixture->window()->findChild<QTableView *>(QStringLiteral("taskView"));
    const QModelIndex row = m_fixture->window()->proxyModel()->mapFromSource(model->index(model->rowOf(99887766), 0));
    view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *details = m_fixture->window()->findChild<QTextBrowser *>(QStringLiteral("detailsView"));
    QVERIFY(details);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("Export 99887766")), 5000);
    QVERIFY(!details->toPlainText().contains(QLatin1String("Report 0")));
    QCOMPARE(details->toPlainText().count(QLatin1String("99887766")) >= 1, true);
    QVERIFY(!details->toPlainText().contains(QLatin1String("Export 99887766: Export 99887766"))); // said once
    QVERIFY(details->toPlainText().contains(QLatin1String("Not found")));
}

void TestSecondLook::keyboardTabLeavesTableEnterDoesTheRowsAction()
{
    TaskController *tasks = m_fixture->context()->tasks();
    QSignalSpy started(tasks, &TaskController::exportStarted);
    tasks->startExport(SimulatorScenario::failingReportId, QStringLiteral("Failing"), ExportType::Html);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    const qint64 failing = started.takeFirst().at(0).toLongLong();
    TaskTableModel *model = tasks->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->task(failing)->status, ExportStatus::Failed, 15000);

    auto *view = m_fixture->window()->findChild<QTableView *>(QStringLiteral("taskView"));
    m_fixture->window()->activateWindow();
    view->setFocus();
    const QModelIndex row = m_fixture->window()->proxyModel()->mapFromSource(model->index(model->rowOf(failing), 1));
    view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(view->hasFocus());
    // Enter does what the row's button says: here "Export again".
    QCOMPARE(row.data(TaskTableModel::RowActionRole).toInt(), int(TaskTableModel::RowAction::ExportAgain));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QVERIFY(started.first().at(0).toLongLong() != failing);
    // Tab moves on to the next control instead of the next cell.
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_VERIFY(!view->hasFocus());
}

void TestSecondLook::blankEnvironmentSecretIsTold()
{
    m_fixture.reset();
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tEnvironmentOnly");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "  ");
    {
        AppContext context(AppContext::Options {});
        MainWindow window(&context);
        context.setWindow(&window);
        window.show();
        context.start();
        QVERIFY(context.tasks()->profileId() != QLatin1String("environment"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("ALIBABA_CLOUD_ACCESS_KEY_SECRET")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
}

void TestSecondLook::refreshShowsThatItRuns()
{
    auto *refresh = m_fixture->window()->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh && refresh->isEnabled());
    refresh->trigger(); // nothing running
    QVERIFY2(m_fixture->window()->statusBar()->currentMessage().contains(QLatin1String("Nothing to check")),
             qPrintable(m_fixture->window()->statusBar()->currentMessage()));
    m_fixture->context()->simulator()->setDelayMs(400); // answers take a moment
    m_fixture->context()->tasks()->addExportId(99887711);
    m_fixture->context()->tasks()->addExportId(99887712);
    refresh->trigger();
    QVERIFY2(m_fixture->window()->statusBar()->currentMessage().contains(QLatin1String("Checking 2 exports")),
             qPrintable(m_fixture->window()->statusBar()->currentMessage()));
    QVERIFY(!refresh->isEnabled()); // it runs
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 10000);
    QVERIFY2(m_fixture->window()->statusBar()->currentMessage().contains(QLatin1String("Checked 2 exports")),
             qPrintable(m_fixture->window()->statusBar()->currentMessage()));
}

qint64 TestSecondLook::succeededExport()
{
    TaskController *tasks = m_fixture->context()->tasks();
    QSignalSpy started(tasks, &TaskController::exportStarted);
    tasks->startExport(SimulatorScenario::weeklyReportId, QStringLiteral("Weekly"), ExportType::Html);
    if (!started.wait(10000))
        return 0;
    const qint64 id = started.first().at(0).toLongLong();
    const bool succeeded
        = QTest::qWaitFor([tasks, id] { return tasks->model()->task(id)->status == ExportStatus::Succeeded; }, 15000);
    return succeeded ? id : 0;
}

void TestSecondLook::pressEnterOn(qint64 exportId)
{
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    auto *view = m_fixture->window()->findChild<QTableView *>(QStringLiteral("taskView"));
    m_fixture->window()->activateWindow();
    view->setFocus();
    const QModelIndex row = m_fixture->window()->proxyModel()->mapFromSource(model->index(model->rowOf(exportId), 1));
    view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Return);
}

void TestSecondLook::openMissingFileOffersDownloadAgain()
{
    const qint64 id = succeededExport();
    QVERIFY(id > 0);
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    const QString gone = QDir::temp().filePath(QStringLiteral("reportdesk-gone-%1.html").arg(id));
    QFile::remove(gone);
    model->setSavedFile(id, gone, 10, QString());
    const QModelIndex cell = model->index(model->rowOf(id), TaskTableModel::DownloadColumn);
    QCOMPARE(cell.data(TaskTableModel::RowActionRole).toInt(), int(TaskTableModel::RowAction::Open));
    pressEnterOn(id);
    // Not a silent nothing: the row offers Download again, and the status bar says why.
    QCOMPARE(cell.data(TaskTableModel::RowActionRole).toInt(), int(TaskTableModel::RowAction::Download));
    QVERIFY2(m_fixture->window()->statusBar()->currentMessage().contains(QLatin1String("no longer there")),
             qPrintable(m_fixture->window()->statusBar()->currentMessage()));
    QCOMPARE(model->task(id)->savedFilePath, gone); // where it was saved stays on record
}

void TestSecondLook::openWithoutApplicationOffersShowInFolder()
{
    // The offscreen platform opens nothing: exactly the "no application" case.
    const qint64 id = succeededExport();
    QVERIFY(id > 0);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("weekly.html"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html></html>");
    }
    m_fixture->context()->tasks()->model()->setSavedFile(id, path, 13, QString());
    QString text;
    bool offered = false;
    int tries = 0;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            for (QAbstractButton *button : box->buttons())
                offered = offered || button->text() == QLatin1String("Show in folder");
            driver.stop();
            box->reject();
        } else if (++tries > 250) {
            driver.stop();
        }
    });
    driver.start();
    pressEnterOn(id);
    QTRY_VERIFY_WITH_TIMEOUT(!driver.isActive(), 10000);
    QVERIFY2(text.contains(QLatin1String("No application can open this file")), qPrintable(text));
    QVERIFY(offered);
}

QTEST_MAIN(TestSecondLook)
#include "tst_SecondLook.moc"
