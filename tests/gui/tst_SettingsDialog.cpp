#include "SaveLocationChooser.h"
#include "SettingsDialog.h"
#include "api/NetworkSettings.h"
#include "credentials/CredentialJob.h"
#include "credentials/MemoryCredentialStore.h"
#include "i18n/LanguageSetting.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void savesEveryChoice();
    void proxyPasswordGoesOnlyToTheKeychain();
    void manualProxyFieldsFollowTheMode();
};

void TestSettingsDialog::savesEveryChoice()
{
    QTemporaryDir folder;
    LanguageSetting language;
    language.setLanguage(QStringLiteral("en"));
    MemoryCredentialStore keychain;
    SettingsDialog dialog(&language, &keychain);
    dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->setCurrentIndex(0); // 中文
    dialog.findChild<QComboBox *>(QStringLiteral("signatureCombo"))->setCurrentIndex(1); // V1
    dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(folder.path());
    dialog.findChild<QCheckBox *>(QStringLiteral("askCheck"))->setChecked(false);
    dialog.findChild<QSpinBox *>(QStringLiteral("parallelSpin"))->setValue(2);
    dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(90);
    dialog.findChild<QComboBox *>(QStringLiteral("proxyCombo"))->setCurrentIndex(int(ProxySettings::Mode::Socks5));
    dialog.findChild<QLineEdit *>(QStringLiteral("proxyHostEdit"))->setText(QStringLiteral("proxy.corp.example"));
    dialog.findChild<QSpinBox *>(QStringLiteral("proxyPortSpin"))->setValue(1080);
    dialog.findChild<QLineEdit *>(QStringLiteral("proxyUserEdit"))->setText(QStringLiteral("alice"));
    dialog.findChild<QCheckBox *>(QStringLiteral("logCheck"))->setChecked(true);
    dialog.save();

    QCOMPARE(language.language(), QStringLiteral("zh"));
    const AppSettings settings;
    QCOMPARE(settings.newProfileSignatureVersion(), SignatureVersion::V1);
    QCOMPARE(SaveLocationChooser::defaultFolder(), folder.path());
    QVERIFY(!settings.askWhereToSave());
    QCOMPARE(settings.parallelDownloads(), 2);
    const NetworkSettings network = NetworkSettings::load(settings);
    QCOMPARE(network.timeoutMs, 90000);
    QCOMPARE(network.proxy.mode, ProxySettings::Mode::Socks5);
    QCOMPARE(network.proxy.host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(network.proxy.port, quint16(1080));
    QCOMPARE(network.proxy.user, QStringLiteral("alice"));
    QVERIFY(network.requestLog);

    // A new dialog shows what was saved.
    SettingsDialog again(&language, &keychain);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->value(), 90);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("signatureCombo"))->currentIndex(), 1);
}

void TestSettingsDialog::proxyPasswordGoesOnlyToTheKeychain()
{
    LanguageSetting language;
    MemoryCredentialStore keychain;
    SettingsDialog dialog(&language, &keychain);
    dialog.findChild<QComboBox *>(QStringLiteral("proxyCombo"))->setCurrentIndex(int(ProxySettings::Mode::Http));
    dialog.findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"))->setText(QStringLiteral("pr0xy-Pa55"));
    dialog.save();
    QTRY_VERIFY(keychain.contains(NetworkSettings::proxyPasswordKey()));
    CredentialJob *read = keychain.read(NetworkSettings::proxyPasswordKey());
    QSignalSpy done(read, &CredentialJob::finished);
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).value<CredentialJob *>()->secretBlob(), QByteArray("pr0xy-Pa55"));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pr0xy-Pa55"));
}

void TestSettingsDialog::manualProxyFieldsFollowTheMode()
{
    LanguageSetting language;
    MemoryCredentialStore keychain;
    SettingsDialog dialog(&language, &keychain);
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("proxyCombo"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHostEdit"));
    mode->setCurrentIndex(int(ProxySettings::Mode::System));
    QVERIFY(!host->isEnabled());
    mode->setCurrentIndex(int(ProxySettings::Mode::Http));
    QVERIFY(host->isEnabled());
    mode->setCurrentIndex(int(ProxySettings::Mode::None));
    QVERIFY(!host->isEnabled());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDeskTests"));
    QApplication::setApplicationName(QStringLiteral("test_SettingsDialog"));
    TestSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SettingsDialog.moc"
