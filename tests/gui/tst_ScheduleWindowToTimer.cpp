// The end-to-end path: a schedule made in the window's Schedules dialog
// runs from `reportdesk-cli schedule run-due` (what the systemd timer starts),
// and the saved file appears with its SHA-256 in the export history. The
// service is reportdesk-demo-server, the profile's key is in a private
// gnome-keyring (KEYCHAIN test).
#include "AppContext.h"
#include "CliHarness.h"
#include "ScheduleDialog.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/HistoryDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

class TestScheduleWindowToTimer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void madeInTheWindowRunByTheTimer();

private:
    CliHarness m_harness;
};

void TestScheduleWindowToTimer::initTestCase()
{
    QVERIFY(QDir::homePath().contains(QStringLiteral("home-test_ScheduleWindowToTimer")));
    // The app's names: the window reads the settings and the history the CLI writes.
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    // A fresh profile each run: the test's private HOME outlives it.
    QFile::remove(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/ReportDesk/ReportDesk.conf"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(HistoryDatabase::defaultPath() + suffix);
    QString error;
    QVERIFY2(m_harness.startServer({ QStringLiteral("--speed"), QStringLiteral("50") }, &error), qPrintable(error));
    const CliHarness::Result added = m_harness.addDefaultProfile(QStringLiteral("ops"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
}

void TestScheduleWindowToTimer::cleanupTestCase()
{
    m_harness.stopServer();
}

void TestScheduleWindowToTimer::madeInTheWindowRunByTheTimer()
{
    QTemporaryDir folder;
    QSettings().sync(); // the profile the CLI saved
    AppContext context(AppContext::Options {});
    context.start(); // opens "ops", the default profile, with its key from the keychain

    // Daily, two minutes from now: the next occurrence comes after the
    // schedule's creation, and the timer below runs eight minutes later.
    const QDateTime now = QDateTime::currentDateTime();
    ScheduleDialog dialog(&context);
    dialog.show();
    auto *reports = dialog.findChild<QComboBox *>(QStringLiteral("reportCombo"));
    QVERIFY(reports);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("reportStatus"));
    QTRY_VERIFY2_WITH_TIMEOUT(reports->findData(SimulatorScenario::weeklyReportId) >= 0,
                              qPrintable(context.profileDisplayName() + QLatin1Char(' ') + status->text()), 20000);
    reports->setCurrentIndex(reports->findData(SimulatorScenario::weeklyReportId));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("made-in-window"));
    dialog.findChild<QRadioButton *>(QStringLiteral("pdfRadio"))->setChecked(true);
    dialog.findChild<QComboBox *>(QStringLiteral("cadenceCombo"))->setCurrentIndex(0); // daily
    dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->setTime(now.addSecs(120).time());
    dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(folder.path());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The timer's run, as systemd starts it: no key in the environment, the clock later.
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("REPORTDESK_SCHEDULE_NOW"), now.addSecs(600).toString(Qt::ISODate));
    const CliHarness::Result ran
        = CliHarness::run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("schedule"),
                            QStringLiteral("run-due"), QStringLiteral("--json") },
                          environment);
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.errText() + ran.outText()));
    QCOMPARE(ran.json().value(QLatin1String("Ran")).toInt(), 1);
    const QJsonObject occurrence = ran.json().value(QLatin1String("Occurrences")).toArray().first().toObject();
    QCOMPARE(occurrence.value(QLatin1String("State")).toString(), QStringLiteral("succeeded"));
    const QString path = occurrence.value(QLatin1String("File")).toString();
    QVERIFY2(path.startsWith(folder.path()) && path.endsWith(QLatin1String(".pdf")), qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(HistoryDatabase::defaultPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT saved_path, saved_size, saved_sha256, saved_at FROM tasks "
                                          "WHERE export_id = %1")
                               .arg(occurrence.value(QLatin1String("ExportId")).toInteger())));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), path);
        QCOMPARE(query.value(1).toLongLong(), bytes.size());
        QCOMPARE(query.value(2).toString(), sha256);
        QVERIFY(!query.value(3).isNull());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_MAIN(TestScheduleWindowToTimer)
#include "tst_ScheduleWindowToTimer.moc"
