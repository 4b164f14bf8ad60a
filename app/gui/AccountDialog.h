#pragma once

#include "api/ApiError.h"
#include "credentials/Profile.h"
#include "signing/AccessKeyCredentials.h"

#include <QDialog>
#include <QPointer>

namespace Ui {
class AccountDialog;
}
class ApiReply;
class LanguageSetting;
class QNetworkAccessManager;
class SecurityCenterClient;

// Edits one profile: name, site or custom endpoint, AccessKey ID, secret
// (masked, with a show toggle), optional STS token and, under Advanced, the
// signature version. "Test connection" calls DescribeCustomizeReportList with
// exactly what is typed and shows ✓ or the mapped problem. The dialog only
// collects; the caller stores the secret in the keychain.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    AccountDialog(QNetworkAccessManager *network, const LanguageSetting *language, QWidget *parent = nullptr);
    ~AccountDialog() override;

    void setProfile(const Profile &profile, const AccessKeyCredentials &credentials);
    // No keychain works this session: the secret field gets the focus, and the
    // note says the key is kept in memory for this session only.
    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }
    Profile profile() const;
    AccessKeyCredentials credentials() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFields();
    void testConnection();
    void onTestFinished();
    void showTestResult();
    ApiEndpoint endpoint() const;

    Ui::AccountDialog *m_ui;
    QNetworkAccessManager *m_network;
    const LanguageSetting *m_language;
    Profile m_profile;
    SecurityCenterClient *m_testClient = nullptr;
    QPointer<ApiReply> m_testReply;
    enum class TestState
    {
        None,
        Running,
        Succeeded,
        Failed,
    };
    TestState m_testState = TestState::None;
    int m_testReportCount = 0;
    bool m_sessionOnly = false;
    ApiError m_testError; // raw, so the text follows a language switch
};
