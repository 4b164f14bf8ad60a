// What a new user stumbled over (issue "the second look"), part two: the window
// at 800×600, the banner, error details, a failed export, a running download,
// the keychain banner and the language switch of what is already on screen.
#include "AppContext.h"
#include "BannerWidget.h"
#include "DemoWindowFixture.h"
#include "DownloadDelegate.h"
#include "MainWindow.h"
#include "i18n/LanguageSetting.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

class TestSecondLookLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionColumnStaysVisibleAt800();
    void bannerIsTwoLinesWithDetails();
    void failedExportIsExplained();
    void runningDownloadHasOneLineAndCancel();
    void switchRewordsWhatIsOnScreen();
    void htmlAnswerIsNotAMessage();

private:
    QTableView *view() const;
    qint64 exportAndWait(qint64 reportId, ExportStatus until);

    std::unique_ptr<DemoWindowFixture> m_fixture;
};

void TestSecondLookLayout::init()
{
    m_fixture = std::make_unique<DemoWindowFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->context()->startDemo();
}

void TestSecondLookLayout::cleanup()
{
    m_fixture.reset();
}

QTableView *TestSecondLookLayout::view() const
{
    return m_fixture->window()->findChild<QTableView *>(QStringLiteral("taskView"));
}

qint64 TestSecondLookLayout::exportAndWait(qint64 reportId, ExportStatus until)
{
    TaskController *tasks = m_fixture->context()->tasks();
    QSignalSpy started(tasks, &TaskController::exportStarted);
    tasks->startExport(reportId, QString(), ExportType::Html);
    if (!started.wait(10000))
        return 0;
    const qint64 id = started.first().at(0).toLongLong();
    return QTest::qWaitFor([&] { return tasks->model()->task(id)->status == until; }, 15000) ? id : 0;
}

void TestSecondLookLayout::actionColumnStaysVisibleAt800()
{
    const qint64 id = exportAndWait(SimulatorScenario::weeklyReportId, ExportStatus::Succeeded);
    QVERIFY(id > 0);
    m_fixture->window()->resize(800, 600);
    QTableView *table = view();
    // The Report column gives way first; the row's button never hides behind a scrollbar.
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() == 0);
    const int download = TaskTableModel::DownloadColumn;
    QVERIFY(!table->isColumnHidden(download));
    QVERIFY(table->columnViewportPosition(download) + table->columnWidth(download) <= table->viewport()->width());
    QVERIFY(table->columnWidth(TaskTableModel::ReportColumn)
            >= table->fontMetrics().horizontalAdvance(QStringLiteral("Weekly")));
    // Wider again: what stepped aside comes back.
    m_fixture->window()->resize(1400, 800);
    QTRY_VERIFY(!table->isColumnHidden(TaskTableModel::LinkExpiresColumn));
    QVERIFY(!table->isColumnHidden(TaskTableModel::ExportDateColumn));
}

void TestSecondLookLayout::bannerIsTwoLinesWithDetails()
{
    m_fixture->window()->resize(800, 600);
    m_fixture->context()->tasks()->startExport(SimulatorScenario::deniedReportId, QStringLiteral("财务部门专用报告"),
                                               ExportType::Html);
    auto *banner = m_fixture->window()->findChild<BannerWidget *>(QStringLiteral("bannerFrame"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    auto *summary = banner->findChild<QLabel *>(QStringLiteral("bannerTextLabel"));
    auto *details = banner->findChild<QLabel *>(QStringLiteral("bannerDetailsLabel"));
    auto *toggle = banner->findChild<QToolButton *>(QStringLiteral("bannerDetailsButton"));
    QVERIFY(summary && details && toggle);
    // The permission banner names the report and the refused action, in at most two lines.
    QTRY_VERIFY(summary->text().contains(QStringLiteral("财务部门专用报告")));
    QVERIFY2(banner->fullText().contains(QLatin1String("yundun-sas:ExportCustomizeReport")),
             qPrintable(banner->fullText()));
    QTRY_VERIFY2(summary->height() <= 2 * summary->fontMetrics().lineSpacing() + 4,
                 qPrintable(QStringLiteral("%1 px: %2").arg(summary->height()).arg(summary->text())));
    QVERIFY(!details->isVisible());
    // Details: labelled lines, one each, and a copy button for the RequestId.
    toggle->click();
    QVERIFY(details->isVisible());
    for (const char *label : { "Code:", "Message from the service:", "RequestId:" })
        QVERIFY2(details->text().contains(QLatin1String(label)), qPrintable(details->text()));
    QVERIFY(details->text().count(QLatin1String("<br>")) >= 3);
    auto *copy = banner->findChild<QToolButton *>(QStringLiteral("bannerCopyRequestIdButton"));
    QVERIFY(copy && copy->isVisible());
    // The advice names a button that is there.
    auto *action = banner->findChild<QAbstractButton *>(QStringLiteral("bannerActionButton"));
    QCOMPARE(action->text(), QStringLiteral("Edit account…"));
}

void TestSecondLookLayout::failedExportIsExplained()
{
    const qint64 id = exportAndWait(SimulatorScenario::failingReportId, ExportStatus::Failed);
    QVERIFY(id > 0);
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    const QModelIndex status = model->index(model->rowOf(id), TaskTableModel::StatusColumn);
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("marked this export as failed and gave no reason")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("Export again")));
    const QModelIndex row = m_fixture->window()->proxyModel()->mapFromSource(status);
    view()->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *details = m_fixture->window()->findChild<QTextBrowser *>(QStringLiteral("detailsView"));
    QTRY_VERIFY(details->toPlainText().contains(QLatin1String("gave no reason")));
    // The raw "ExportStatus -1" is behind "Show raw answer", not the explanation.
    QVERIFY2(!details->toPlainText().contains(QLatin1String("ExportStatus")), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(QLatin1String("Show raw answer")));
}

void TestSecondLookLayout::runningDownloadHasOneLineAndCancel()
{
    m_fixture->context()->simulator()->setLargeReportBytes(400LL * 1024 * 1024);
    m_fixture->context()->simulator()->setDelayMs(50);
    const qint64 id = exportAndWait(SimulatorScenario::largeReportId, ExportStatus::Succeeded);
    QVERIFY(id > 0);
    QTemporaryDir folder;
    QVERIFY(m_fixture->context()->downloads()->download(id, folder.filePath(QStringLiteral("large.html"))));
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    const QModelIndex cell = model->index(model->rowOf(id), TaskTableModel::DownloadColumn);
    QTRY_VERIFY_WITH_TIMEOUT(cell.data(TaskTableModel::BytesReceivedRole).toLongLong() > 0, 10000);
    const QString line = cell.data().toString();
    QVERIFY2(line.contains(QLatin1String(" / 400 MiB")) && !line.contains(QLatin1Char('\n')), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("left")), qPrintable(line)); // the time left is in the tooltip
    QVERIFY2(!cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("0 s left")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    // A visible Cancel on the row: a click on it stops the download.
    QTableView *table = view();
    const QModelIndex proxyCell = m_fixture->window()->proxyModel()->mapFromSource(cell);
    table->scrollTo(proxyCell);
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualRect(proxyCell);
    const QRect cancel = DownloadDelegate::buttonRect(option, proxyCell);
    QVERIFY(option.rect.contains(cancel));
    QVERIFY(cancel.right() > option.rect.center().x()); // beside the bar, at the right
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cancel.center());
    QTRY_COMPARE_WITH_TIMEOUT(cell.data(TaskTableModel::DownloadStateRole).toInt(), int(DownloadProgress::State::None),
                              10000);
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("large.html"))));
}

void TestSecondLookLayout::switchRewordsWhatIsOnScreen()
{
    m_fixture->context()->language()->setLanguage(QStringLiteral("en"));
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    m_fixture->context()->tasks()->addExportId(99887766); // the service answers IllegalParam, in English
    QTRY_VERIFY_WITH_TIMEOUT(model->task(99887766) && model->task(99887766)->hasError(), 10000);
    const QModelIndex status = model->index(model->rowOf(99887766), TaskTableModel::StatusColumn);
    QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Message from the service: ")), qPrintable(tip));

    m_fixture->context()->language()->setLanguage(QStringLiteral("zh"));
    tip = status.data(Qt::ToolTipRole).toString();
    // What ReportDesk knows by Code follows at once; the service's own text is
    // marked as the service's, in the language it came in.
    QVERIFY2(tip.contains(QStringLiteral("请检查导出 ID")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("English")), qPrintable(tip));
    QCOMPARE(model->headerData(TaskTableModel::ExportIdColumn, Qt::Horizontal).toString(), QStringLiteral("导出 ID"));
    // Qt's own dialogs speak Chinese too (qtbase_zh_CN.qm, package qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Folder"), QStringLiteral("文件夹"));
    m_fixture->context()->language()->setLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Folder"), QStringLiteral("Folder"));
}

void TestSecondLookLayout::htmlAnswerIsNotAMessage()
{
    // A captive portal answers instead of the service: its page is no "message".
    m_fixture->context()->simulator()->htmlPageNext(-1);
    TaskTableModel *model = m_fixture->context()->tasks()->model();
    m_fixture->context()->tasks()->addExportId(4711);
    QTRY_VERIFY_WITH_TIMEOUT(model->task(4711) && model->task(4711)->hasError(), 15000);
    m_fixture->context()->simulator()->htmlPageNext(0);
    const QModelIndex status = model->index(model->rowOf(4711), TaskTableModel::StatusColumn);
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(QLatin1String("<html")) && !tip.contains(QLatin1String("<p>")), qPrintable(tip));
    // ReportDesk's own words are not passed off as the service's.
    QVERIFY2(!tip.contains(QLatin1String("from the service")), qPrintable(tip));
    const QModelIndex row = m_fixture->window()->proxyModel()->mapFromSource(status);
    view()->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *details = m_fixture->window()->findChild<QTextBrowser *>(QStringLiteral("detailsView"));
    QTRY_VERIFY(details->toPlainText().contains(QLatin1String("MalformedResponse")));
    QVERIFY2(!details->toPlainText().contains(QLatin1String("authentication")), qPrintable(details->toPlainText()));
}

QTEST_MAIN(TestSecondLookLayout)
#include "tst_SecondLookLayout.moc"
