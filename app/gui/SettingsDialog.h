#pragma once

#include "api/NetworkSettings.h"
#include "signing/SignatureVersion.h"

#include <QDialog>

namespace Ui {
class SettingsDialog;
}
class CredentialStore;
class LanguageSetting;

// Language, downloads (folder, ask every time, parallel downloads), network
// (timeout, proxy) and diagnostics (request log, open its folder). The proxy
// password goes to the keychain, never to QSettings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(LanguageSetting *language, CredentialStore *keychain, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes every choice; the language applies at once.
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void updateProxyFields();

    Ui::SettingsDialog *m_ui;
    LanguageSetting *m_language;
    CredentialStore *m_keychain;
};
