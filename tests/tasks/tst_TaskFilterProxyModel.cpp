#include "api/ExportInfo.h"
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Filter = TaskFilterProxyModel::StatusFilter;

ExportTask makeTask(qint64 exportId, qint64 reportId, const QString &title, ExportStatus status)
{
    ExportTask task;
    task.exportId = exportId;
    task.reportId = reportId;
    task.reportTitle = title;
    task.status = status;
    task.rawStatus = exportStatusCode(status);
    return task;
}

ExportInfo answer(qint64 exportId, ExportStatus status)
{
    ExportInfo info;
    info.exportId = exportId;
    info.status = status;
    info.rawStatus = exportStatusCode(status);
    return info;
}

QList<qint64> idsInOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(TaskTableModel::ExportIdRole).toLongLong();
    return ids;
}

} // namespace

class TestTaskFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sortByColumn_data();
    void sortByColumn();
    void sortFollowsUpdates();
    void statusFilter_data();
    void statusFilter();
    void textFilter_data();
    void textFilter();
    void countersFollowMutations();
    void countersFollowTextFilter();
    void errorOnUnknownCountsAsFailed();
    void testerSurvivesMutations();

private:
    TaskTableModel *m_model = nullptr;
    TaskFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestTaskFilterProxyModel::init()
{
    m_model = new TaskTableModel(this);
    m_proxy = new TaskFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->addTask(makeTask(1042, 377665, QStringLiteral("Weekly security report"), ExportStatus::Exporting));
    m_model->addTask(makeTask(1041, 377001, QStringLiteral("每日安全日报"), ExportStatus::Succeeded));
    m_model->addTask(makeTask(1039, 377665, QStringLiteral("weekly security report"), ExportStatus::Succeeded));
    m_model->addTask(makeTask(1038, 499999, QStringLiteral("Broken report"), ExportStatus::Failed));
    m_model->addTask(makeTask(2001, 0, QString(), ExportStatus::Initializing));
}

void TestTaskFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

void TestTaskFilterProxyModel::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("id asc") << int(TaskTableModel::ExportIdColumn) << int(Qt::AscendingOrder)
                            << QList<qint64> { 1038, 1039, 1041, 1042, 2001 };
    QTest::newRow("id desc") << int(TaskTableModel::ExportIdColumn) << int(Qt::DescendingOrder)
                             << QList<qint64> { 2001, 1042, 1041, 1039, 1038 };
    // Failed(-1) < Initializing(0) < Exporting(1) < Succeeded(2); ties by ExportId.
    QTest::newRow("status asc") << int(TaskTableModel::StatusColumn) << int(Qt::AscendingOrder)
                                << QList<qint64> { 1038, 2001, 1042, 1039, 1041 };
    // Titles case-insensitively, untitled last; equal titles by ExportId.
    QTest::newRow("report asc") << int(TaskTableModel::ReportColumn) << int(Qt::AscendingOrder)
                                << QList<qint64> { 1038, 1039, 1042, 1041, 2001 };
}

void TestTaskFilterProxyModel::sortByColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expected);
    m_proxy->sort(column, static_cast<Qt::SortOrder>(order));
    QCOMPARE(idsInOrder(*m_proxy), expected);
}

void TestTaskFilterProxyModel::sortFollowsUpdates()
{
    m_proxy->sort(TaskTableModel::StatusColumn, Qt::AscendingOrder);
    m_model->updateFromExportInfo(answer(2001, ExportStatus::Succeeded));
    QCOMPARE(idsInOrder(*m_proxy), (QList<qint64> { 1038, 1042, 1039, 1041, 2001 }));
}

void TestTaskFilterProxyModel::statusFilter_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("all") << int(Filter::All) << QList<qint64> { 1038, 1039, 1041, 1042, 2001 };
    QTest::newRow("in progress") << int(Filter::InProgress) << QList<qint64> { 1042, 2001 };
    QTest::newRow("succeeded") << int(Filter::Succeeded) << QList<qint64> { 1039, 1041 };
    QTest::newRow("failed") << int(Filter::Failed) << QList<qint64> { 1038 };
}

void TestTaskFilterProxyModel::statusFilter()
{
    QFETCH(int, filter);
    QFETCH(QList<qint64>, expected);
    m_proxy->sort(TaskTableModel::ExportIdColumn, Qt::AscendingOrder);
    m_proxy->setStatusFilter(static_cast<Filter>(filter));
    QCOMPARE(idsInOrder(*m_proxy), expected);
    QCOMPARE(m_proxy->count(static_cast<Filter>(filter)), expected.size());
}

void TestTaskFilterProxyModel::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("title any case") << "WEEKLY" << QList<qint64> { 1039, 1042 };
    QTest::newRow("chinese title") << "安全" << QList<qint64> { 1041 };
    QTest::newRow("export id part") << "104" << QList<qint64> { 1041, 1042 };
    QTest::newRow("report id") << "4999" << QList<qint64> { 1038 };
    QTest::newRow("shared report id") << "377665" << QList<qint64> { 1039, 1042 };
    QTest::newRow("surrounding blanks") << "  broken " << QList<qint64> { 1038 };
    QTest::newRow("nothing") << "zzz" << QList<qint64> {};
    QTest::newRow("empty shows all") << "" << QList<qint64> { 1038, 1039, 1041, 1042, 2001 };
}

void TestTaskFilterProxyModel::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    m_proxy->sort(TaskTableModel::ExportIdColumn, Qt::AscendingOrder);
    m_proxy->setTextFilter(text);
    QCOMPARE(idsInOrder(*m_proxy), expected);
    QCOMPARE(m_proxy->count(Filter::All), expected.size());
}

void TestTaskFilterProxyModel::countersFollowMutations()
{
    QSignalSpy counts(m_proxy, &TaskFilterProxyModel::countsChanged);
    QCOMPARE(m_proxy->count(Filter::All), 5);
    QCOMPARE(m_proxy->count(Filter::InProgress), 2);
    QCOMPARE(m_proxy->count(Filter::Succeeded), 2);
    QCOMPARE(m_proxy->count(Filter::Failed), 1);

    m_model->updateFromExportInfo(answer(1042, ExportStatus::Failed));
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_proxy->count(Filter::InProgress), 1);
    QCOMPARE(m_proxy->count(Filter::Failed), 2);

    m_model->addTask(makeTask(3000, 1, QStringLiteral("x"), ExportStatus::Exporting));
    QCOMPARE(counts.count(), 2);
    QCOMPARE(m_proxy->count(Filter::InProgress), 2);

    m_model->removeTasks({ 1041, 1039 });
    QCOMPARE(counts.count(), 3);
    QCOMPARE(m_proxy->count(Filter::Succeeded), 0);
    QCOMPARE(m_proxy->count(Filter::All), 4);

    // Retranslation changes no category: no signal.
    m_model->retranslate();
    QCOMPARE(counts.count(), 3);

    m_model->resetTasks({});
    QCOMPARE(counts.count(), 4);
    QCOMPARE(m_proxy->count(Filter::All), 0);
}

void TestTaskFilterProxyModel::countersFollowTextFilter()
{
    m_proxy->setStatusFilter(Filter::Succeeded);
    m_proxy->setTextFilter(QStringLiteral("weekly"));
    QCOMPARE(m_proxy->count(Filter::All), 2);
    QCOMPARE(m_proxy->count(Filter::InProgress), 1);
    QCOMPARE(m_proxy->count(Filter::Succeeded), 1);
    QCOMPARE(m_proxy->count(Filter::Failed), 0);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->addTask(makeTask(5000, 2, QStringLiteral("Weekly 2"), ExportStatus::Succeeded));
    m_model->addTask(makeTask(5001, 2, QStringLiteral("Monthly"), ExportStatus::Succeeded));
    QCOMPARE(m_proxy->count(Filter::Succeeded), 2);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestTaskFilterProxyModel::errorOnUnknownCountsAsFailed()
{
    m_model->setError(2001, { QStringLiteral("ServerError"), QStringLiteral("x"), QString(), 500 });
    QCOMPARE(m_proxy->count(Filter::Failed), 1); // still in progress: polling goes on
    ExportTask unknown;
    unknown.exportId = 9;
    m_model->addTask(unknown);
    QCOMPARE(m_proxy->count(Filter::InProgress), 3);
    // A temporary error on an export never answered: failed for now.
    m_model->setError(9, { QStringLiteral("ServerError"), QStringLiteral("busy"), QString(), 503 });
    QCOMPARE(m_proxy->count(Filter::InProgress), 2);
    QCOMPARE(m_proxy->count(Filter::Failed), 2);
    // The service rejecting the ExportId itself: "Not found", counted as such, not as failed.
    m_model->setError(9, { QStringLiteral("InvalidParameter"), QStringLiteral("no such export"), QString(), 400 });
    QCOMPARE(m_proxy->count(Filter::Failed), 1);
    QCOMPARE(m_proxy->count(Filter::NotFound), 1);
    QCOMPARE(m_proxy->count(Filter::All), m_model->rowCount()); // still one of all
    m_proxy->setStatusFilter(Filter::NotFound);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(TaskTableModel::ExportIdRole).toLongLong(), 9);
}

void TestTaskFilterProxyModel::testerSurvivesMutations()
{
    m_proxy->sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
    m_proxy->setStatusFilter(Filter::InProgress);
    for (qint64 id = 10; id < 30; ++id)
        m_model->addTask(makeTask(id, id, QStringLiteral("r%1").arg(id), ExportStatus::Initializing));
    QCOMPARE(m_proxy->rowCount(), 22);
    for (qint64 id = 10; id < 30; id += 3)
        m_model->updateFromExportInfo(answer(id, ExportStatus::Succeeded));
    QCOMPARE(m_proxy->rowCount(), 15);
    m_proxy->setTextFilter(QStringLiteral("r2"));
    QCOMPARE(m_proxy->rowCount(), 7); // r20..r29 minus the succeeded r22, r25, r28
    m_model->removeTasks({ 20, 21, 26 });
    m_proxy->setTextFilter(QString());
    m_proxy->setStatusFilter(Filter::All);
    QCOMPARE(m_proxy->rowCount(), 22);
    // Still in order after all that (status descending, then ExportId descending).
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const auto key = [this](int proxyRow) {
            const QModelIndex index = m_proxy->index(proxyRow, 0);
            return std::make_pair(index.data(TaskTableModel::StatusRole).toInt(),
                                  index.data(TaskTableModel::ExportIdRole).toLongLong());
        };
        QVERIFY2(key(row) < key(row - 1), qPrintable(QString::number(row)));
    }
    m_model->clear();
    QCOMPARE(m_proxy->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTaskFilterProxyModel)
#include "tst_TaskFilterProxyModel.moc"
