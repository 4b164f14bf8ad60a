#include "api/ExportInfo.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

ExportInfo answer(qint64 exportId, const QString &rawStatus)
{
    ExportInfo info;
    info.exportId = exportId;
    info.reportId = 377665;
    info.rawStatus = rawStatus;
    info.status = exportStatusFromString(rawStatus);
    info.exportDate = QStringLiteral("2022-12-15");
    return info;
}

ExportTask taskWithId(qint64 exportId)
{
    ExportTask task;
    task.exportId = exportId;
    return task;
}

} // namespace

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowAction_data();
    void rowAction();
    void testerSurvivesMutations();
    void addIgnoresDuplicates();
    void rowLookupAfterRemovals();
    void statusText_data();
    void statusText();
    void historyOnlyOnStatusChange();
    void linkExpires_data();
    void linkExpires();
    void exportDateIsOneStyle();
    void downloadProgressIsOneShortLine();
    void headerTexts();
    void errorToolTip();
    void errorHintFollowsTheCodeTable_data();
    void errorHintFollowsTheCodeTable();
    void failedToolTipWithoutError();
    void rawRoles();
    void downloadProgressIsNotPersistedChange();
    void batchedDataChanged();
    void retranslateAnnouncesEverything();
    void statusCounts();
    void typeInferredFromFileName();
    void unchangedAnswerIsMinor();

private:
    TaskTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestTaskTableModel::init()
{
    QLocale::setDefault(QLocale::c());
    m_model = new TaskTableModel(this);
    m_model->setClock([] { return Now; });
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestTaskTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestTaskTableModel::testerSurvivesMutations()
{
    for (qint64 id = 1; id <= 10; ++id)
        m_model->addTask(taskWithId(id));
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(m_model->updateFromExportInfo(answer(3, QStringLiteral("1"))));
    QVERIFY(
        m_model->setError(4, { QStringLiteral("ServerError"), QStringLiteral("boom"), QStringLiteral("R-1"), 500 }));
    QCOMPARE(m_model->removeTasks({ 2, 3, 4, 9 }), 4);
    QCOMPARE(m_model->rowCount(), 6);
    QVector<ExportTask> fresh;
    for (qint64 id = 100; id < 105; ++id)
        fresh.append(taskWithId(id));
    m_model->resetTasks(fresh);
    QCOMPARE(m_model->rowCount(), 5);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTaskTableModel::addIgnoresDuplicates()
{
    QSignalSpy changed(m_model, &TaskTableModel::tasksChanged);
    QCOMPARE(m_model->addTask(taskWithId(42)), 0);
    QCOMPARE(m_model->addTask(taskWithId(43)), 1);
    QCOMPARE(m_model->addTask(taskWithId(42)), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->taskAt(0).createdAt, Now);
}

void TestTaskTableModel::rowLookupAfterRemovals()
{
    for (qint64 id = 1; id <= 20; ++id)
        m_model->addTask(taskWithId(id * 10));
    m_model->removeTasks({ 30, 40, 120, 200, 999 });
    QCOMPARE(m_model->rowCount(), 16);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->taskAt(row).exportId), row);
    QCOMPARE(m_model->rowOf(30), -1);
    QCOMPARE(m_model->task(200), nullptr);
    QCOMPARE(m_model->index(m_model->rowOf(50), TaskTableModel::ExportIdColumn).data().toString(), u"50");
}

void TestTaskTableModel::statusText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("-1") << "-1"
                        << "Failed";
    QTest::newRow("0") << "0"
                       << "Initializing";
    QTest::newRow("1") << "1"
                       << "Exporting";
    QTest::newRow("2") << "2"
                       << "Succeeded";
    QTest::newRow("success") << "success"
                             << "Succeeded";
    QTest::newRow("exporting") << "exporting"
                               << "Exporting";
    QTest::newRow("fail") << "fail"
                          << "Failed";
    QTest::newRow("7") << "7"
                       << "Unknown (7)";
    QTest::newRow("weird") << "paused"
                           << "Unknown (paused)";
}

void TestTaskTableModel::statusText()
{
    QFETCH(QString, raw);
    QFETCH(QString, text);
    m_model->addTask(taskWithId(5));
    const QModelIndex status = m_model->index(0, TaskTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Not checked yet");
    m_model->updateFromExportInfo(answer(5, raw));
    QCOMPARE(status.data().toString(), text);
    QCOMPARE(status.data(TaskTableModel::RawStatusRole).toString(), raw);
    QCOMPARE(status.data(TaskTableModel::StatusRole).toInt(), static_cast<int>(exportStatusFromString(raw)));
}

void TestTaskTableModel::historyOnlyOnStatusChange()
{
    m_model->addTask(taskWithId(5));
    QSignalSpy statusSpy(m_model, &TaskTableModel::statusChanged);
    m_model->updateFromExportInfo(answer(5, QStringLiteral("0")));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("0")));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("exporting")));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("1")));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("2")));
    const ExportTask *task = m_model->task(5);
    QCOMPARE(task->history.size(), 3);
    QCOMPARE(task->history.at(0).status, ExportStatus::Initializing);
    QCOMPARE(task->history.at(1).status, ExportStatus::Exporting);
    QCOMPARE(task->history.at(2).status, ExportStatus::Succeeded);
    QCOMPARE(task->history.at(2).time, Now);
    QCOMPARE(statusSpy.count(), 3);
    QCOMPARE(statusSpy.last().at(2).value<ExportStatus>(), ExportStatus::Succeeded);
}

void TestTaskTableModel::linkExpires_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("9 min") << qint64(9 * 60) << "in 9 min";
    QTest::newRow("30 s") << qint64(30) << "in 1 min";
    QTest::newRow("8 min 10 s") << qint64(8 * 60 + 10) << "in 9 min";
    QTest::newRow("now") << qint64(0) << "expired";
    QTest::newRow("past") << qint64(-3600) << "expired";
    QTest::newRow("59 min 59 s") << qint64(3599) << "in 60 min";
    QTest::newRow("1 h") << qint64(3600) << "in 1 h";
    QTest::newRow("3 h") << qint64(3 * 3600) << "in 3 h";
    QTest::newRow("5 days") << qint64(5 * 86400) << "in 5 days";
}

void TestTaskTableModel::linkExpires()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, text);
    m_model->addTask(taskWithId(5));
    ExportInfo info = answer(5, QStringLiteral("2"));
    info.urlExpiresAt = Now.addSecs(secondsLeft);
    info.downloadUrl = QUrl(QStringLiteral("https://bucket.example/x?Expires=1&Signature=s"));
    m_model->updateFromExportInfo(info);
    const QModelIndex link = m_model->index(0, TaskTableModel::LinkExpiresColumn);
    QCOMPARE(link.data().toString(), text);
    QCOMPARE(link.data(TaskTableModel::LinkExpiredRole).toBool(), secondsLeft <= 0);
    QCOMPARE(link.data(TaskTableModel::HasDownloadUrlRole).toBool(), true);
    QCOMPARE(link.data(TaskTableModel::RawValueRole).toLongLong(), info.urlExpiresAt.toMSecsSinceEpoch());
}

void TestTaskTableModel::exportDateIsOneStyle()
{
    m_model->addTask(taskWithId(5));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("2")));
    const QModelIndex date = m_model->index(0, TaskTableModel::ExportDateColumn);
    // One style on every screen (issue "the second look"): never "12/15/22" beside "2022-12-15".
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(date.data().toString(), u"2022-12-15");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(date.data().toString(), u"2022-12-15");
    QCOMPARE(date.data(TaskTableModel::RawValueRole).toString(), u"2022-12-15");
}

// Issue "the second look", item 1: one short line in the bar, the rest in the
// tooltip, and no "0 s left" guess while the estimate is not steady.
void TestTaskTableModel::downloadProgressIsOneShortLine()
{
    m_model->addTask(taskWithId(5));
    DownloadProgress progress;
    progress.state = DownloadProgress::State::Downloading;
    progress.received = 46LL * 1024 * 1024;
    progress.total = 300LL * 1024 * 1024;
    progress.bytesPerSecond = 5LL * 1024 * 1024 * 1024; // a burst at the start
    progress.secondsLeft = -1; // not steady yet
    QVERIFY(m_model->setDownloadProgress(5, progress));
    const QModelIndex cell = m_model->index(0, TaskTableModel::DownloadColumn);
    QCOMPARE(cell.data().toString(), u"46 / 300 MiB · 15 %");
    QVERIFY(!cell.data().toString().contains(QLatin1Char('\n')));
    QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"46 / 300 MiB · 15 % · 5 GiB/s"), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("left")), qPrintable(tip));
    progress.bytesPerSecond = 2LL * 1024 * 1024;
    progress.secondsLeft = 127;
    QVERIFY(m_model->setDownloadProgress(5, progress));
    tip = cell.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, u"46 / 300 MiB · 15 % · 2 MiB/s · 2 min left");
    QCOMPARE(cell.data(TaskTableModel::SecondsLeftRole).toLongLong(), 127);
    QCOMPARE(cell.data(TaskTableModel::RowActionRole).toInt(), int(TaskTableModel::RowAction::Cancel));
}

void TestTaskTableModel::headerTexts()
{
    const QStringList expected
        = { QStringLiteral("ExportId"),     QStringLiteral("Report"),       QStringLiteral("Status"),
            QStringLiteral("Export date"),  QStringLiteral("Link expires"), QStringLiteral("Download"),
            QStringLiteral("Last checked"), QStringLiteral("Format") };
    QCOMPARE(m_model->columnCount(), expected.size());
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestTaskTableModel::errorToolTip()
{
    m_model->addTask(taskWithId(5));
    m_model->setError(5,
                      { QStringLiteral("InvalidParameter"), QStringLiteral("ExportId is invalid"),
                        QStringLiteral("79CFF74D-E967"), 400 });
    const QModelIndex status = m_model->index(0, TaskTableModel::StatusColumn);
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Code: InvalidParameter"), qPrintable(tip));
    QVERIFY2(tip.contains(u"Message: ExportId is invalid"), qPrintable(tip));
    QVERIFY2(tip.contains(u"RequestId: 79CFF74D-E967"), qPrintable(tip));
    QVERIFY2(tip.contains(u"Check the ExportId"), qPrintable(tip));
    QCOMPARE(status.data(TaskTableModel::HasErrorRole).toBool(), true);
    QCOMPARE(status.data(TaskTableModel::ErrorCodeRole).toString(), u"InvalidParameter");
    QCOMPARE(status.data(TaskTableModel::ErrorRequestIdRole).toString(), u"79CFF74D-E967");
    QCOMPARE(status.data(TaskTableModel::ErrorHttpStatusRole).toInt(), 400);
    // A good answer clears it.
    m_model->updateFromExportInfo(answer(5, QStringLiteral("1")));
    QCOMPARE(status.data(TaskTableModel::HasErrorRole).toBool(), false);
    QVERIFY(status.data(Qt::ToolTipRole).toString().isEmpty());
}

// The hint comes from ApiErrorText's table of Codes: prefixes match as they do
// everywhere else (InvalidParameter.ExportId was once "refresh to try again").
void TestTaskTableModel::errorHintFollowsTheCodeTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("hint");
    const QString throttled = QStringLiteral("Too many requests");
    const QString parameter = QStringLiteral("Check the ExportId");
    const QString server = QStringLiteral("A temporary problem of the service");
    const QString other = QStringLiteral("Refresh to try again");
    QTest::newRow("Throttling.User") << QStringLiteral("Throttling.User") << throttled;
    QTest::newRow("InvalidParameter") << QStringLiteral("InvalidParameter") << parameter;
    QTest::newRow("InvalidParameter.ExportId") << QStringLiteral("InvalidParameter.ExportId") << parameter;
    QTest::newRow("MissingParameter.ExportId") << QStringLiteral("MissingParameter.ExportId") << parameter;
    QTest::newRow("IllegalParam") << QStringLiteral("IllegalParam") << parameter;
    QTest::newRow("ServiceUnavailable") << QStringLiteral("ServiceUnavailable") << server;
    QTest::newRow("internalerror") << QStringLiteral("internalerror") << server;
    QTest::newRow("Whatever") << QStringLiteral("Whatever") << other;
}

void TestTaskTableModel::errorHintFollowsTheCodeTable()
{
    QFETCH(QString, code);
    QFETCH(QString, hint);
    m_model->addTask(taskWithId(5));
    m_model->setError(5, { code, QStringLiteral("refused"), QStringLiteral("REQ-1"), 400 });
    const QString tip = m_model->index(0, TaskTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(hint), qPrintable(tip));
}

void TestTaskTableModel::failedToolTipWithoutError()
{
    m_model->addTask(taskWithId(5));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("-1")));
    const QString tip = m_model->index(0, TaskTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Export again"), qPrintable(tip));
    QVERIFY(m_model->index(0, TaskTableModel::ReportColumn).data(Qt::ToolTipRole).isNull());
}

void TestTaskTableModel::rawRoles()
{
    ExportTask task = taskWithId(77);
    task.reportTitle = QStringLiteral("Weekly");
    m_model->addTask(task);
    ExportInfo info = answer(77, QStringLiteral("success"));
    info.fileName = QStringLiteral("weekly_77.pdf");
    m_model->updateFromExportInfo(info);
    const QModelIndex cell = m_model->index(0, TaskTableModel::ReportColumn);
    QCOMPARE(cell.data().toString(), u"Weekly");
    QCOMPARE(cell.data(TaskTableModel::ExportIdRole).toLongLong(), 77);
    QCOMPARE(cell.data(TaskTableModel::ReportIdRole).toLongLong(), 377665);
    QCOMPARE(cell.data(TaskTableModel::FileNameRole).toString(), u"weekly_77.pdf");
    QCOMPARE(cell.data(TaskTableModel::IsInProgressRole).toBool(), false);
    QCOMPARE(m_model->index(0, TaskTableModel::ExportIdColumn).data(TaskTableModel::RawValueRole).toLongLong(), 77);
    QCOMPARE(m_model->index(0, TaskTableModel::StatusColumn).data(TaskTableModel::RawValueRole).toInt(),
             static_cast<int>(ExportStatus::Succeeded));
    QCOMPARE(m_model->index(0, TaskTableModel::LastCheckedColumn).data(TaskTableModel::LastCheckedRole).toDateTime(),
             Now);
    // Without a title the report column shows the ReportId.
    m_model->setReportTitle(77, QString());
    QCOMPARE(cell.data().toString(), u"377665");
}

void TestTaskTableModel::downloadProgressIsNotPersistedChange()
{
    m_model->addTask(taskWithId(5));
    m_model->updateFromExportInfo(answer(5, QStringLiteral("2")));
    QSignalSpy persisted(m_model, &TaskTableModel::tasksChanged);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    DownloadProgress progress;
    progress.state = DownloadProgress::State::Downloading;
    progress.received = 430;
    progress.total = 1000;
    progress.bytesPerSecond = 2048;
    QVERIFY(m_model->setDownloadProgress(5, progress));
    QVERIFY(!m_model->setDownloadProgress(5, progress)); // unchanged: no signal
    QCOMPARE(persisted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex cell = m_model->index(0, TaskTableModel::DownloadColumn);
    QCOMPARE(changed.first().at(0).toModelIndex(), cell);
    QCOMPARE(cell.data().toString(), u"430 / 1000 bytes · 43 %");
    QCOMPARE(cell.data(TaskTableModel::ProgressRole).toDouble(), 0.43);
    QCOMPARE(cell.data(TaskTableModel::DownloadStateRole).toInt(),
             static_cast<int>(DownloadProgress::State::Downloading));
    QCOMPARE(cell.data(TaskTableModel::BytesReceivedRole).toLongLong(), 430);
    QCOMPARE(cell.data(TaskTableModel::BytesTotalRole).toLongLong(), 1000);
    QCOMPARE(cell.data(TaskTableModel::SpeedRole).toLongLong(), 2048);
    QVERIFY(m_model->setSavedFilePath(5, QStringLiteral("/tmp/r.pdf")));
    QCOMPARE(persisted.count(), 1);
    QCOMPARE(cell.data(TaskTableModel::SavedFilePathRole).toString(), u"/tmp/r.pdf");
}

void TestTaskTableModel::batchedDataChanged()
{
    for (qint64 id = 1; id <= 8; ++id)
        m_model->addTask(taskWithId(id));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy persisted(m_model, &TaskTableModel::tasksChanged);
    const QList<ExportInfo> infos
        = { answer(2, QStringLiteral("1")), answer(1, QStringLiteral("1")), answer(3, QStringLiteral("2")),
            answer(7, QStringLiteral("0")), answer(404, QStringLiteral("0")) };
    QCOMPARE(m_model->updateFromExportInfos(infos), 4);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 6);
    QCOMPARE(persisted.count(), 1);
}

void TestTaskTableModel::retranslateAnnouncesEverything()
{
    for (qint64 id = 1; id <= 3; ++id)
        m_model->addTask(taskWithId(id));
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy persisted(m_model, &TaskTableModel::tasksChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.first().at(2).toInt(), TaskTableModel::ColumnCount - 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(2, TaskTableModel::ColumnCount - 1));
    QCOMPARE(persisted.count(), 0);
}

void TestTaskTableModel::statusCounts()
{
    for (qint64 id = 1; id <= 5; ++id)
        m_model->addTask(taskWithId(id));
    QCOMPARE(m_model->statusCount(ExportStatus::Unknown), 5);
    m_model->updateFromExportInfos(
        { answer(1, QStringLiteral("2")), answer(2, QStringLiteral("2")), answer(3, QStringLiteral("-1")) });
    QCOMPARE(m_model->statusCount(ExportStatus::Succeeded), 2);
    QCOMPARE(m_model->statusCount(ExportStatus::Failed), 1);
    QCOMPARE(m_model->statusCount(ExportStatus::Unknown), 2);
    m_model->removeTask(1);
    QCOMPARE(m_model->statusCount(ExportStatus::Succeeded), 1);
}

void TestTaskTableModel::typeInferredFromFileName()
{
    m_model->addTask(taskWithId(5));
    QVERIFY(m_model->index(0, 0).data(TaskTableModel::ExportTypeRole).isNull());
    ExportInfo info = answer(5, QStringLiteral("success"));
    info.fileName = QStringLiteral("report.PDF");
    m_model->updateFromExportInfo(info);
    QCOMPARE(m_model->index(0, 0).data(TaskTableModel::ExportTypeRole).toInt(), static_cast<int>(ExportType::Pdf));
}

void TestTaskTableModel::unchangedAnswerIsMinor()
{
    m_model->addTask(taskWithId(5));
    QSignalSpy changed(m_model, &TaskTableModel::tasksChanged);
    QSignalSpy touched(m_model, &TaskTableModel::tasksTouched);
    m_model->updateFromExportInfo(answer(5, QStringLiteral("1")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(touched.count(), 0);
    // Same answer again: only "last checked" moves.
    m_model->updateFromExportInfo(answer(5, QStringLiteral("1")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(touched.count(), 1);
    const TaskError error { QStringLiteral("ServerError"), QStringLiteral("x"), QStringLiteral("R"), 503 };
    m_model->setError(5, error);
    QCOMPARE(changed.count(), 2);
    m_model->setError(5, error);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(touched.count(), 2);
}

void TestTaskTableModel::rowAction_data()
{
    using State = DownloadProgress::State;
    using Action = TaskTableModel::RowAction;
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("download");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("action");
    const int ok = int(ExportStatus::Succeeded);
    QTest::newRow("running export") << int(ExportStatus::Exporting) << int(State::None) << false << QString()
                                    << int(Action::Download);
    QTest::newRow("succeeded") << ok << int(State::None) << false << QString() << int(Action::Download);
    QTest::newRow("downloading") << ok << int(State::Downloading) << false << QString() << int(Action::Cancel);
    QTest::newRow("queued") << ok << int(State::Queued) << false << QString() << int(Action::Cancel);
    QTest::newRow("saved") << ok << int(State::Saved) << true << QString() << int(Action::Open);
    QTest::newRow("saved before") << ok << int(State::None) << true << QString() << int(Action::Open);
    QTest::newRow("download failed") << ok << int(State::Failed) << true << QString() << int(Action::Download);
    QTest::newRow("failed export") << int(ExportStatus::Failed) << int(State::None) << false << QString()
                                   << int(Action::ExportAgain);
    QTest::newRow("not found") << int(ExportStatus::Unknown) << int(State::None) << false
                               << QStringLiteral("IllegalParam") << int(Action::None);
}

void TestTaskTableModel::rowAction()
{
    QFETCH(int, status);
    QFETCH(int, download);
    QFETCH(bool, saved);
    QFETCH(QString, errorCode);
    QFETCH(int, action);
    ExportTask task;
    task.exportId = 777001;
    task.status = static_cast<ExportStatus>(status);
    task.rawStatus = exportStatusCode(task.status);
    task.download.state = static_cast<DownloadProgress::State>(download);
    if (saved)
        task.savedFilePath = QStringLiteral("/tmp/r.pdf");
    if (!errorCode.isEmpty())
        task.lastError = { errorCode, QStringLiteral("ExportId not exist"), QString(), 400 };
    QCOMPARE(int(TaskTableModel::rowAction(task)), action);
    m_model->addTask(task);
    m_model->setDownloadProgress(task.exportId, task.download);
    const QModelIndex index = m_model->index(m_model->rowOf(task.exportId), TaskTableModel::DownloadColumn);
    QCOMPARE(index.data(TaskTableModel::RowActionRole).toInt(), action);
}

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_TaskTableModel.moc"
