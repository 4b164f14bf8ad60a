// Switches the language of the real main window at run time, offscreen,
// against the in-process simulator: every visible text follows, and so does the
// Lang of the next Security Center call and the service's own error message.
#include "AddExportIdDialog.h"
#include "AppContext.h"
#include "BannerWidget.h"
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "NewExportDialog.h"
#include "api/SecurityCenterClient.h"
#include "i18n/LanguageSetting.h"
#include "simulator/RecordedRequest.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <memory>

namespace {
// The texts the window shows in one language, as the translation says them.
struct Texts
{
    QString fileMenu;
    QString newExportAction;
    QString demoTitle; // part of the window title in demo mode
    QString allFilter; // followed by the count
    QString succeededFilter;
    QString statusHeader;
    QString succeededStatus;
    QString expiresIn9Minutes;
    QString addExportIdTitle;
    QString newExportTitle;
    QString weeklyType; // NewExportDialog's report type column
    QString titleColumn; // NewExportDialog's tree header
};

Texts textsFor(const QString &language)
{
    if (language == QLatin1String("zh")) {
        return { QStringLiteral("文件(&F)"), QStringLiteral("新建导出…"), QStringLiteral("— 演示"),
                 QStringLiteral("全部 "),    QStringLiteral("成功 "),     QStringLiteral("状态"),
                 QStringLiteral("成功"),     QStringLiteral("9 分钟后"),  QStringLiteral("添加导出 ID"),
                 QStringLiteral("新建导出"), QStringLiteral("周报"),      QStringLiteral("标题") };
    }
    return { QStringLiteral("&File"),      QStringLiteral("New export…"), QStringLiteral("— Demo"),
             QStringLiteral("All "),       QStringLiteral("Succeeded "),  QStringLiteral("Status"),
             QStringLiteral("Succeeded"),  QStringLiteral("in 9 min"),    QStringLiteral("Add ExportId"),
             QStringLiteral("New export"), QStringLiteral("Weekly"),      QStringLiteral("Title") };
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void windowDialogsAndTableFollowTheSwitch_data();
    void windowDialogsAndTableFollowTheSwitch();
    void nextApiCallCarriesTheNewLang_data();
    void nextApiCallCarriesTheNewLang();
    void serviceErrorShowsInTheNewLanguage_data();
    void serviceErrorShowsInTheNewLanguage();
    void repeatedServiceErrorFollowsTheSwitch_data();
    void repeatedServiceErrorFollowsTheSwitch();

private:
    void addLanguageColumns();
    void startDemo();
    // Switches through the toolbar's language action, as a user does.
    void switchWithToolbarAction(const QString &expected);
    qint64 succeededExport();
    QString cell(qint64 exportId, int column) const;
    QString bannerText() const;
    QList<RecordedRequest> requestsSince(int first) const;
    void verifyWindowTexts(const Texts &texts, qint64 exportId, AddExportIdDialog *addDialog,
                           NewExportDialog *newDialog);

    std::unique_ptr<DemoWindowFixture> m_fixture;
    AppContext *m_context = nullptr;
    MainWindow *m_window = nullptr;
};

void TestLanguageSwitch::init()
{
    m_fixture = std::make_unique<DemoWindowFixture>();
    QVERIFY(m_fixture->open());
    m_context = m_fixture->context();
    m_window = m_fixture->window();
}

void TestLanguageSwitch::cleanup()
{
    m_fixture.reset();
    m_context = nullptr;
    m_window = nullptr;
}

void TestLanguageSwitch::addLanguageColumns()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("English to Chinese") << QStringLiteral("en") << QStringLiteral("zh");
    QTest::newRow("Chinese to English") << QStringLiteral("zh") << QStringLiteral("en");
}

void TestLanguageSwitch::startDemo()
{
    m_context->startDemo();
    QVERIFY(m_context->isDemo());
    QVERIFY(m_context->simulator()->isRunning());
}

void TestLanguageSwitch::switchWithToolbarAction(const QString &expected)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionSwitchLanguage"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_context->language()->language(), expected);
}

qint64 TestLanguageSwitch::succeededExport()
{
    m_context->tasks()->startExport(SimulatorScenario::weeklyReportId, QStringLiteral("Weekly"), ExportType::Html);
    TaskTableModel *model = m_context->tasks()->model();
    if (!QTest::qWaitFor([model] { return model->rowCount() == 1; }, 10000))
        return 0;
    const qint64 exportId = model->taskAt(0).exportId;
    const bool done = QTest::qWaitFor(
        [model] {
            const ExportTask &task = model->taskAt(0);
            return task.status == ExportStatus::Succeeded && task.urlExpiresAt.isValid();
        },
        15000);
    if (!done)
        return 0;
    // A fixed "now" 9 minutes before the link expires makes the relative text exact.
    const QDateTime expires = model->taskAt(0).urlExpiresAt;
    model->setClock([expires] { return expires.addSecs(-9 * 60); });
    model->refreshRelativeTimes();
    return exportId;
}

QString TestLanguageSwitch::cell(qint64 exportId, int column) const
{
    TaskTableModel *model = m_context->tasks()->model();
    const int row = model->rowOf(exportId);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

QString TestLanguageSwitch::bannerText() const
{
    // The summary and what is behind its "Details".
    return m_window->findChild<BannerWidget *>(QStringLiteral("bannerFrame"))->fullText();
}

QList<RecordedRequest> TestLanguageSwitch::requestsSince(int first) const
{
    return m_context->simulator()->recordedRequests().mid(first);
}

void TestLanguageSwitch::verifyWindowTexts(const Texts &texts, qint64 exportId, AddExportIdDialog *addDialog,
                                           NewExportDialog *newDialog)
{
    auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QTRY_COMPARE(fileMenu->title(), texts.fileMenu);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionNewExport"))->text(), texts.newExportAction);
    QVERIFY2(m_window->windowTitle().endsWith(texts.demoTitle), qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->findChild<QToolButton *>(QStringLiteral("filterAllButton"))->text(),
             texts.allFilter + QLatin1Char('1'));
    QCOMPARE(m_window->findChild<QToolButton *>(QStringLiteral("filterSucceededButton"))->text(),
             texts.succeededFilter + QLatin1Char('1'));

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("taskView"));
    QCOMPARE(view->model()->headerData(TaskTableModel::StatusColumn, Qt::Horizontal).toString(), texts.statusHeader);
    QCOMPARE(cell(exportId, TaskTableModel::StatusColumn), texts.succeededStatus);
    QCOMPARE(cell(exportId, TaskTableModel::LinkExpiresColumn), texts.expiresIn9Minutes);

    QCOMPARE(addDialog->windowTitle(), texts.addExportIdTitle);
    QCOMPARE(newDialog->windowTitle(), texts.newExportTitle);
    auto *tree = newDialog->findChild<QTreeWidget *>(QStringLiteral("reportTree"));
    QCOMPARE(tree->headerItem()->text(0), texts.titleColumn);
    const auto weekly = tree->findItems(QStringLiteral("Weekly security report"), Qt::MatchExactly, 0);
    QVERIFY(!weekly.isEmpty());
    QCOMPARE(weekly.constFirst()->text(1), texts.weeklyType);
}

void TestLanguageSwitch::windowDialogsAndTableFollowTheSwitch_data()
{
    addLanguageColumns();
}

void TestLanguageSwitch::windowDialogsAndTableFollowTheSwitch()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    m_context->language()->setLanguage(from);
    startDemo();
    const qint64 exportId = succeededExport();
    QVERIFY(exportId > 0);

    // Both dialogs stay open (non-modal) across the switch.
    auto *addDialog = new AddExportIdDialog(m_window);
    addDialog->setAttribute(Qt::WA_DeleteOnClose);
    addDialog->show();
    auto *newDialog = new NewExportDialog(m_context->client(), m_window);
    newDialog->setAttribute(Qt::WA_DeleteOnClose);
    newDialog->show();
    auto *tree = newDialog->findChild<QTreeWidget *>(QStringLiteral("reportTree"));
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 10000);

    const Texts before = textsFor(from);
    const Texts after = textsFor(to);
    verifyWindowTexts(before, exportId, addDialog, newDialog);

    switchWithToolbarAction(to);
    verifyWindowTexts(after, exportId, addDialog, newDialog);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionNewExport"))->text() != before.newExportAction);
    addDialog->close();
    newDialog->close();
}

void TestLanguageSwitch::nextApiCallCarriesTheNewLang_data()
{
    addLanguageColumns();
}

void TestLanguageSwitch::nextApiCallCarriesTheNewLang()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    m_context->language()->setLanguage(from);
    startDemo();

    ApiReply *reply = m_context->client()->describeCustomizeReportList();
    QSignalSpy first(reply, &ApiReply::finished);
    QVERIFY(first.wait(10000));
    reply->deleteLater();
    const QList<RecordedRequest> early = requestsSince(0);
    QVERIFY(!early.isEmpty());
    for (const RecordedRequest &request : early)
        QCOMPARE(request.lang, from);

    const int seen = m_context->simulator()->recordedRequests().size();
    switchWithToolbarAction(to);
    // The New export dialog lists the reports: that call goes out after the switch.
    auto *dialog = new NewExportDialog(m_context->client(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(!requestsSince(seen).isEmpty(), 10000);
    const QList<RecordedRequest> later = requestsSince(seen);
    QCOMPARE(later.constFirst().action, QStringLiteral("DescribeCustomizeReportList"));
    for (const RecordedRequest &request : later)
        QCOMPARE(request.lang, to);
    dialog->close();
}

void TestLanguageSwitch::serviceErrorShowsInTheNewLanguage_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("oldServiceText");
    QTest::addColumn<QString>("newServiceText");
    QTest::addColumn<QString>("newAppText");
    // The service's Message (ServiceMessages) and the app's own explanation (ApiErrorText).
    QTest::newRow("English to Chinese") << QStringLiteral("en") << QStringLiteral("zh")
                                        << QStringLiteral("caller has no permission")
                                        << QStringLiteral("调用者没有权限") << QStringLiteral("无权调用");
    QTest::newRow("Chinese to English") << QStringLiteral("zh") << QStringLiteral("en")
                                        << QStringLiteral("调用者没有权限")
                                        << QStringLiteral("caller has no permission")
                                        << QStringLiteral("is not allowed to call");
}

void TestLanguageSwitch::serviceErrorShowsInTheNewLanguage()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, oldServiceText);
    QFETCH(QString, newServiceText);
    QFETCH(QString, newAppText);
    m_context->language()->setLanguage(from);
    startDemo();
    auto *banner = m_window->findChild<QFrame *>(QStringLiteral("bannerFrame"));

    // A call in the old language first, so the switch happens in a working session.
    ApiReply *reply = m_context->client()->describeCustomizeReportList();
    QSignalSpy listed(reply, &ApiReply::finished);
    QVERIFY(listed.wait(10000));
    reply->deleteLater();
    QCOMPARE(m_context->simulator()->recordedRequests().constLast().lang, from);

    const int seen = m_context->simulator()->recordedRequests().size();
    switchWithToolbarAction(to);
    m_context->tasks()->startExport(SimulatorScenario::deniedReportId, QStringLiteral("财务部门专用报告"),
                                    ExportType::Html);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    const QList<RecordedRequest> later = requestsSince(seen);
    QVERIFY(!later.isEmpty());
    QCOMPARE(later.constFirst().lang, to);
    QCOMPARE(later.constFirst().errorCode, QStringLiteral("NoPermission"));
    // Both the service's Message and the app's own explanation are in the new language.
    QVERIFY2(bannerText().contains(newServiceText), qPrintable(bannerText()));
    QVERIFY2(bannerText().contains(newAppText), qPrintable(bannerText()));
    QVERIFY2(!bannerText().contains(oldServiceText), qPrintable(bannerText()));
}

void TestLanguageSwitch::repeatedServiceErrorFollowsTheSwitch_data()
{
    serviceErrorShowsInTheNewLanguage_data();
}

void TestLanguageSwitch::repeatedServiceErrorFollowsTheSwitch()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, oldServiceText);
    QFETCH(QString, newServiceText);
    QFETCH(QString, newAppText);
    m_context->language()->setLanguage(from);
    startDemo();
    auto *banner = m_window->findChild<QFrame *>(QStringLiteral("bannerFrame"));
    const QString title = QStringLiteral("财务部门专用报告");

    m_context->tasks()->startExport(SimulatorScenario::deniedReportId, title, ExportType::Html);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(bannerText().contains(oldServiceText), qPrintable(bannerText()));

    const int seen = m_context->simulator()->recordedRequests().size();
    switchWithToolbarAction(to);
    // The app's own explanation follows at once; the old call's Message stays as the service sent it.
    QTRY_VERIFY2(bannerText().contains(newAppText), qPrintable(bannerText()));

    // The same error again, now answered in the new language.
    m_context->tasks()->startExport(SimulatorScenario::deniedReportId, title, ExportType::Html);
    QTRY_VERIFY_WITH_TIMEOUT(!requestsSince(seen).isEmpty(), 10000);
    QCOMPARE(requestsSince(seen).constFirst().lang, to);
    QCOMPARE(requestsSince(seen).constFirst().errorCode, QStringLiteral("NoPermission"));
    QTRY_VERIFY2_WITH_TIMEOUT(bannerText().contains(newServiceText), qPrintable(bannerText()), 10000);
    QVERIFY2(bannerText().contains(newAppText), qPrintable(bannerText()));
    QVERIFY2(!bannerText().contains(oldServiceText), qPrintable(bannerText()));
    QVERIFY(banner->isVisible());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDeskTests"));
    QApplication::setApplicationName(QStringLiteral("test_LanguageSwitch"));
    TestLanguageSwitch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_LanguageSwitch.moc"
