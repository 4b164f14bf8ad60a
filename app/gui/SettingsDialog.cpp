#include "SettingsDialog.h"
#include "settings/AppSettings.h"

#include "SaveLocationChooser.h"
#include "credentials/CredentialStore.h"
#include "i18n/LanguageSetting.h"
#include "ui_SettingsDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QStandardPaths>
#include <QUrl>

namespace {
} // namespace

SettingsDialog::SettingsDialog(LanguageSetting *language, CredentialStore *keychain, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_language(language)
    , m_keychain(keychain)
{
    m_ui->setupUi(this);
    // Language names stay in their own language.
    m_ui->languageCombo->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->signatureCombo->addItem(QString(), static_cast<int>(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(QString(), static_cast<int>(SignatureVersion::V1));
    for (int mode = 0; mode < 4; ++mode)
        m_ui->proxyCombo->addItem(QString(), mode);
    connect(m_ui->proxyCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_ui->openLogButton, &QPushButton::clicked, this, [] {
        QDir().mkpath(AppSettings::logFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(AppSettings::logFolder()));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    load();
}

SettingsDialog::~SettingsDialog()
{
    delete m_ui;
}

void SettingsDialog::load()
{
    const AppSettings settings;
    const NetworkSettings network = NetworkSettings::load(settings);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(m_language->language()));
    m_ui->folderEdit->setText(QDir::toNativeSeparators(SaveLocationChooser::defaultFolder()));
    m_ui->askCheck->setChecked(settings.askWhereToSave());
    m_ui->parallelSpin->setValue(settings.parallelDownloads());
    m_ui->signatureCombo->setCurrentIndex(
        m_ui->signatureCombo->findData(static_cast<int>(settings.newProfileSignatureVersion())));
    m_ui->timeoutSpin->setValue(network.timeoutMs / 1000);
    m_ui->proxyCombo->setCurrentIndex(static_cast<int>(network.proxy.mode));
    m_ui->proxyHostEdit->setText(network.proxy.host);
    if (network.proxy.port > 0)
        m_ui->proxyPortSpin->setValue(network.proxy.port);
    m_ui->proxyUserEdit->setText(network.proxy.user);
    m_ui->logCheck->setChecked(network.requestLog);
    updateProxyFields();
}

void SettingsDialog::save()
{
    AppSettings settings;
    NetworkSettings network;
    network.timeoutMs = m_ui->timeoutSpin->value() * 1000;
    network.proxy.mode = static_cast<ProxySettings::Mode>(m_ui->proxyCombo->currentIndex());
    network.proxy.host = m_ui->proxyHostEdit->text().trimmed();
    network.proxy.port = static_cast<quint16>(m_ui->proxyPortSpin->value());
    network.proxy.user = m_ui->proxyUserEdit->text().trimmed();
    network.requestLog = m_ui->logCheck->isChecked();
    network.save(settings);
    settings.setParallelDownloads(m_ui->parallelSpin->value());
    settings.setNewProfileSignatureVersion(static_cast<SignatureVersion>(m_ui->signatureCombo->currentData().toInt()));
    settings.setDownloadFolder(QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed()));
    settings.setAskWhereToSave(m_ui->askCheck->isChecked());
    // An empty field keeps the stored password; the keychain job deletes itself.
    if (!m_ui->proxyPasswordEdit->text().isEmpty())
        m_keychain->write(NetworkSettings::proxyPasswordKey(), m_ui->proxyPasswordEdit->text().toUtf8());
    m_language->setLanguage(m_ui->languageCombo->currentData().toString());
}

void SettingsDialog::updateProxyFields()
{
    const auto mode = static_cast<ProxySettings::Mode>(m_ui->proxyCombo->currentIndex());
    const bool manual = mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5;
    for (QWidget *widget :
         { static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin),
           static_cast<QWidget *>(m_ui->proxyUserEdit), static_cast<QWidget *>(m_ui->proxyPasswordEdit) })
        widget->setEnabled(manual);
}

void SettingsDialog::retranslate()
{
    m_ui->signatureCombo->setItemText(0, tr("V3 (ACS3-HMAC-SHA256, recommended)"));
    m_ui->signatureCombo->setItemText(1, tr("V1 (HMAC-SHA1, classic RPC)"));
    m_ui->proxyCombo->setItemText(0, tr("System proxy"));
    m_ui->proxyCombo->setItemText(1, tr("No proxy"));
    m_ui->proxyCombo->setItemText(2, tr("HTTP proxy"));
    m_ui->proxyCombo->setItemText(3, tr("SOCKS5 proxy"));
    m_ui->timeoutSpin->setSuffix(tr(" s"));
    m_ui->proxyPasswordEdit->setPlaceholderText(tr("stored in the system keychain"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
