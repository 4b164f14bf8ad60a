// A start with saved settings: each one takes effect without opening the
// Settings dialog (issue: a saved "parallel downloads" used to be applied only
// when the dialog closed).
#include "AccountDialog.h"
#include "AppContext.h"
#include "MainWindow.h"
#include "SaveLocationChooser.h"
#include "api/SecurityCenterClient.h"
#include "downloads/DownloadQueue.h"
#include "i18n/LanguageSetting.h"
#include "settings/AppSettings.h"
#include "tasks/ExportTask.h"
#include "tasks/TaskDownloads.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestSavedSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everySavedSettingTakesEffectAtStart();
    void windowLayoutIsRestored();
};

void TestSavedSettings::init()
{
    QSettings().clear();
    QDir(AppSettings::logFolder()).removeRecursively();
}

void TestSavedSettings::everySavedSettingTakesEffectAtStart()
{
    QTemporaryDir folder;
    {
        AppSettings settings;
        settings.setLanguage(QStringLiteral("zh"));
        settings.setParallelDownloads(5);
        settings.setDownloadFolder(folder.path());
        settings.setAskWhereToSave(false);
        settings.setNewProfileSignatureVersion(SignatureVersion::V1);
        settings.setTimeoutSeconds(45);
        settings.setProxyMode(QStringLiteral("http"));
        settings.setProxyHost(QStringLiteral("127.0.0.1"));
        settings.setProxyPort(3128);
        settings.setRequestLog(true);
        settings.sync();
    }
    AppContext context(AppContext::Options {});
    QCOMPARE(context.language()->language(), QStringLiteral("zh"));
    QCOMPARE(context.downloads()->queue()->maxConcurrent(), 5);
    QCOMPARE(context.client()->transferTimeout(), 45000);
    const QNetworkProxy proxy = context.network()->proxy();
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxy.port(), quint16(3128));
    QVERIFY(QFileInfo::exists(AppSettings::logFolder() + QStringLiteral("/requests.log")));

    // The save folder, without a dialog.
    ExportTask task;
    task.exportId = 42;
    task.reportTitle = QStringLiteral("Weekly");
    task.exportDate = QStringLiteral("2026-12-01");
    const QString target = SaveLocationChooser::choose(nullptr, task);
    QCOMPARE(QFileInfo(target).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());

    // A new profile starts with the saved signature version.
    int signature = -1;
    QTimer::singleShot(0, this, [&signature] {
        auto *dialog = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // the QTRY below fails with signature still -1
        signature = dialog->findChild<QComboBox *>(QStringLiteral("signatureCombo"))->currentData().toInt();
        dialog->reject();
    });
    context.newProfile();
    QCOMPARE(signature, int(SignatureVersion::V1));
}

void TestSavedSettings::windowLayoutIsRestored()
{
    {
        AppContext context(AppContext::Options {});
        MainWindow window(&context);
        window.resize(910, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close()); // saves the layout
    }
    AppContext context(AppContext::Options {});
    MainWindow window(&context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(910, 640));
}

QTEST_MAIN(TestSavedSettings)
#include "tst_SavedSettings.moc"
