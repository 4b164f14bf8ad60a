#include "DownloadDelegate.h"
#include "tasks/TaskTableModel.h"

#include <QMouseEvent>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

// The Download column's button, clicked through a real view: a press and its
// release act on one task, even when the rows move in between.
class TestDownloadDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickActsOnTheRowItShows();
    void resortBetweenPressAndReleaseClicksNothing();
    void pressFollowsItsTaskThroughAResort();

private:
    QPoint buttonCentre(int proxyRow) const;
    QStyleOptionViewItem optionFor(const QModelIndex &cell) const;
    bool send(QEvent::Type type, const QModelIndex &cell);
    qint64 clickedExportId(const QSignalSpy &spy, int at) const;

    TaskTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    DownloadDelegate *m_delegate = nullptr;
};

void TestDownloadDelegate::init()
{
    m_model = new TaskTableModel(this);
    for (const qint64 id : { 101, 202 }) {
        ExportTask task;
        task.exportId = id;
        task.reportId = 7;
        task.status = ExportStatus::Succeeded;
        m_model->addTask(task);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskTableModel::ExportIdRole);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_delegate = new DownloadDelegate(m_view);
    m_view->setItemDelegateForColumn(TaskTableModel::DownloadColumn, m_delegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::ExportIdColumn, Qt::AscendingOrder);
    m_view->resize(1200, 300);
    m_view->setColumnWidth(TaskTableModel::DownloadColumn, 200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDownloadDelegate::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_proxy;
    delete m_model;
}

QPoint TestDownloadDelegate::buttonCentre(int proxyRow) const
{
    const QModelIndex cell = m_proxy->index(proxyRow, TaskTableModel::DownloadColumn);
    m_view->scrollTo(cell);
    return DownloadDelegate::buttonRect(optionFor(cell), cell).center();
}

QStyleOptionViewItem TestDownloadDelegate::optionFor(const QModelIndex &cell) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(cell);
    return option;
}

// The event as the view hands it to the delegate, on the cell's button.
bool TestDownloadDelegate::send(QEvent::Type type, const QModelIndex &cell)
{
    const QStyleOptionViewItem option = optionFor(cell);
    const QPointF at = DownloadDelegate::buttonRect(option, cell).center();
    QMouseEvent event(type, at, m_view->viewport()->mapToGlobal(at), Qt::LeftButton,
                      type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
    return m_delegate->editorEvent(&event, m_proxy, option, cell);
}

qint64 TestDownloadDelegate::clickedExportId(const QSignalSpy &spy, int at) const
{
    return spy.at(at).at(0).value<QModelIndex>().data(TaskTableModel::ExportIdRole).toLongLong();
}

void TestDownloadDelegate::clickActsOnTheRowItShows()
{
    QCOMPARE(m_proxy->index(0, 0).data(TaskTableModel::ExportIdRole).toLongLong(), 101);
    QSignalSpy triggered(m_delegate, &DownloadDelegate::actionTriggered);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(0));
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(clickedExportId(triggered, 0), 101);
    QCOMPARE(triggered.at(0).at(1).value<DownloadDelegate::CellAction>(), DownloadDelegate::CellAction::Download);
}

void TestDownloadDelegate::resortBetweenPressAndReleaseClicksNothing()
{
    QSignalSpy triggered(m_delegate, &DownloadDelegate::actionTriggered);
    const QPoint first = buttonCentre(0);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, first);
    // The list re-sorts under the pointer: row 0 is now the other task.
    m_view->sortByColumn(TaskTableModel::ExportIdColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data(TaskTableModel::ExportIdRole).toLongLong(), 202);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, first);
    QCOMPARE(triggered.count(), 0); // neither the task pressed nor the one released on

    // The next whole click works again, on the row under it.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(0));
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(clickedExportId(triggered, 0), 202);
}

void TestDownloadDelegate::pressFollowsItsTaskThroughAResort()
{
    // Whatever the view does: the delegate itself remembers the pressed task,
    // not the row number, so a release on the row now holding another task
    // clicks nothing.
    QSignalSpy triggered(m_delegate, &DownloadDelegate::actionTriggered);
    send(QEvent::MouseButtonPress, m_proxy->index(0, TaskTableModel::DownloadColumn)); // 101
    m_view->sortByColumn(TaskTableModel::ExportIdColumn, Qt::DescendingOrder);
    QVERIFY(!send(QEvent::MouseButtonRelease, m_proxy->index(0, TaskTableModel::DownloadColumn))); // 202
    QCOMPARE(triggered.count(), 0);

    // Released on the pressed task, in its new row: that task's click.
    send(QEvent::MouseButtonPress, m_proxy->index(0, TaskTableModel::DownloadColumn)); // 202
    m_view->sortByColumn(TaskTableModel::ExportIdColumn, Qt::AscendingOrder);
    QVERIFY(send(QEvent::MouseButtonRelease, m_proxy->index(1, TaskTableModel::DownloadColumn)));
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(clickedExportId(triggered, 0), 202);
}

QTEST_MAIN(TestDownloadDelegate)
#include "tst_DownloadDelegate.moc"
