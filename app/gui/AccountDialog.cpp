#include "AccountDialog.h"

#include "ErrorPresenter.h"
#include "api/SecurityCenterClient.h"
#include "ui_AccountDialog.h"

#include <QEvent>
#include <QPushButton>

AccountDialog::AccountDialog(QNetworkAccessManager *network, const LanguageSetting *language, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AccountDialog)
    , m_network(network)
    , m_language(language)
{
    m_ui->setupUi(this);
    m_ui->siteCombo->addItem(QString(), static_cast<int>(ApiEndpoint::Site::China));
    m_ui->siteCombo->addItem(QString(), static_cast<int>(ApiEndpoint::Site::International));
    m_ui->siteCombo->addItem(QString(), static_cast<int>(ApiEndpoint::Site::Custom));
    m_ui->signatureCombo->addItem(QString(), static_cast<int>(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(QString(), static_cast<int>(SignatureVersion::V1));
    m_ui->secretEdit->setAccessibleName(tr("AccessKey secret"));

    connect(m_ui->siteCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::updateFields);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AccountDialog::updateFields);
    connect(m_ui->keyIdEdit, &QLineEdit::textChanged, this, &AccountDialog::updateFields);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &AccountDialog::updateFields);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &AccountDialog::updateFields);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->secretEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateFields();
}

AccountDialog::~AccountDialog()
{
    if (m_testReply)
        m_testReply->cancel();
    delete m_ui;
}

void AccountDialog::setProfile(const Profile &profile, const AccessKeyCredentials &credentials)
{
    m_profile = profile;
    m_ui->nameEdit->setText(profile.name);
    m_ui->siteCombo->setCurrentIndex(m_ui->siteCombo->findData(static_cast<int>(profile.site())));
    if (profile.site() == ApiEndpoint::Site::Custom)
        m_ui->endpointEdit->setText(profile.endpoint.url().toString());
    m_ui->keyIdEdit->setText(profile.accessKeyId);
    m_ui->secretEdit->setText(credentials.accessKeySecret);
    m_ui->tokenEdit->setText(credentials.securityToken);
    m_ui->signatureCombo->setCurrentIndex(m_ui->signatureCombo->findData(static_cast<int>(profile.signatureVersion)));
    m_ui->advancedGroup->setChecked(profile.signatureVersion != SignatureVersion::V3);
    updateFields();
}

ApiEndpoint AccountDialog::endpoint() const
{
    const auto site = static_cast<ApiEndpoint::Site>(m_ui->siteCombo->currentData().toInt());
    if (site != ApiEndpoint::Site::Custom)
        return ApiEndpoint::forSite(site);
    return ApiEndpoint::custom(QUrl::fromUserInput(m_ui->endpointEdit->text().trimmed()));
}

Profile AccountDialog::profile() const
{
    Profile profile = m_profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.endpoint = endpoint();
    profile.accessKeyId = m_ui->keyIdEdit->text().trimmed();
    profile.signatureVersion = static_cast<SignatureVersion>(m_ui->signatureCombo->currentData().toInt());
    return profile;
}

AccessKeyCredentials AccountDialog::credentials() const
{
    return { m_ui->keyIdEdit->text().trimmed(), m_ui->secretEdit->text().trimmed(), m_ui->tokenEdit->text().trimmed() };
}

void AccountDialog::updateFields()
{
    const bool custom = m_ui->siteCombo->currentData().toInt() == static_cast<int>(ApiEndpoint::Site::Custom);
    m_ui->endpointLabel->setVisible(custom);
    m_ui->endpointEdit->setVisible(custom);
    const QString endpointProblem = endpoint().validationError();
    const bool complete
        = !m_ui->nameEdit->text().trimmed().isEmpty() && credentials().isComplete() && endpointProblem.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(complete);
    m_ui->testButton->setEnabled(credentials().isComplete() && endpointProblem.isEmpty()
                                 && m_testState != TestState::Running);
    m_ui->endpointEdit->setToolTip(custom ? endpointProblem : QString());
}

void AccountDialog::testConnection()
{
    if (!m_testClient)
        m_testClient = new SecurityCenterClient(m_network, m_language, this);
    const Profile candidate = profile();
    m_testClient->setEndpoint(candidate.endpoint);
    m_testClient->setSignatureVersion(candidate.signatureVersion);
    m_testClient->setCredentials(credentials());
    m_testState = TestState::Running;
    m_testReply = m_testClient->describeCustomizeReportList();
    connect(m_testReply, &ApiReply::finished, this, &AccountDialog::onTestFinished);
    showTestResult();
    updateFields();
}

void AccountDialog::onTestFinished()
{
    ApiReply *reply = m_testReply;
    reply->deleteLater();
    m_testError = reply->error();
    m_testReportCount = static_cast<int>(reply->reports().size());
    m_testState = m_testError.isError() ? TestState::Failed : TestState::Succeeded;
    showTestResult();
    updateFields();
}

void AccountDialog::showTestResult()
{
    switch (m_testState) {
    case TestState::None: m_ui->testResultLabel->clear(); return;
    case TestState::Running: m_ui->testResultLabel->setText(tr("Connecting…")); return;
    case TestState::Succeeded:
        m_ui->testResultLabel->setText(
            QStringLiteral("<span style='color:#1f7a3a'>✓ %1</span>")
                .arg(tr("Connected: %n report(s) found.", nullptr, m_testReportCount).toHtmlEscaped()));
        return;
    case TestState::Failed:
        m_ui->testResultLabel->setText(
            QStringLiteral("<span style='color:#c62828'>✕</span> ")
            + ErrorPresenter::describe(m_testError, ApiReply::Operation::DescribeCustomizeReportList));
        return;
    }
}

void AccountDialog::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
    if (sessionOnly) {
        m_ui->secretEdit->setFocus();
        m_ui->secretEdit->selectAll();
    }
    retranslate();
}

void AccountDialog::retranslate()
{
    if (m_sessionOnly)
        m_ui->keychainNoteLabel->setText(
            tr("No keychain is available: the secret and the token are kept in memory for this session only, "
               "never written anywhere. ReportDesk asks for them again at the next start."));
    m_ui->siteCombo->setItemText(0, tr("China (tds.cn-shanghai.aliyuncs.com)"));
    m_ui->siteCombo->setItemText(1, tr("International (tds.ap-southeast-1.aliyuncs.com)"));
    m_ui->siteCombo->setItemText(2, tr("Custom endpoint"));
    m_ui->signatureCombo->setItemText(0, tr("V3 (ACS3-HMAC-SHA256, recommended)"));
    m_ui->signatureCombo->setItemText(1, tr("V1 (HMAC-SHA1, classic RPC)"));
    m_ui->showSecretButton->setToolTip(tr("Show or hide the secret and the token"));
    showTestResult();
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
