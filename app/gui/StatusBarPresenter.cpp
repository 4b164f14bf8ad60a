#include "StatusBarPresenter.h"

#include "AccountBanner.h"
#include "AppContext.h"
#include "api/SecurityCenterClient.h"
#include "credentials/CredentialSession.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskTableModel.h"

#include <QLabel>
#include <QStatusBar>
#include <QUrl>

StatusBarPresenter::StatusBarPresenter(AppContext *context, AccountBanner *banner, QStatusBar *statusBar,
                                       QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_banner(banner)
    // In this order: the connection is the status bar's first label.
    , m_connectionLabel(new QLabel(statusBar))
    , m_activityLabel(new QLabel(statusBar))
    , m_demoBadge(new QLabel(statusBar))
{
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #e8a317; color: black; border-radius: 4px; padding: 1px 8px; font-weight: bold; }"));
    m_demoBadge->setAccessibleName(QStringLiteral("Demo"));
    statusBar->addWidget(m_connectionLabel, 1);
    statusBar->addPermanentWidget(m_activityLabel);
    statusBar->addPermanentWidget(m_demoBadge);

    connect(m_banner, &AccountBanner::changed, this, &StatusBarPresenter::update);
    connect(m_context->credentials(), &CredentialSession::stateChanged, this, &StatusBarPresenter::update);
}

void StatusBarPresenter::update()
{
    m_connectionLabel->setText(connectionText());
    const TaskTableModel *model = m_context->tasks()->model();
    const int running = model->statusCount(ExportStatus::Initializing) + model->statusCount(ExportStatus::Exporting);
    const int downloads = m_context->downloads()->activeCount();
    QStringList parts;
    if (running > 0)
        parts << tr("%n export(s) in progress", nullptr, running);
    if (downloads > 0)
        parts << tr("%n download(s)", nullptr, downloads);
    m_activityLabel->setText(parts.join(QStringLiteral(" · ")));
    m_demoBadge->setVisible(m_context->isDemo());
}

void StatusBarPresenter::retranslate()
{
    //: Status bar badge: the window talks to the built-in simulator
    m_demoBadge->setText(tr("Demo"));
    m_demoBadge->setToolTip(tr("You are using the built-in simulator, not a real Alibaba Cloud account."));
    update();
}

// What is true now: "Connected" only with a key in hand and no account-wide problem.
QString StatusBarPresenter::connectionText() const
{
    if (!m_context->hasAccount())
        return tr("No account configured");
    const QUrl url = m_context->client()->endpoint().url();
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (!m_context->isDemo()) {
        const CredentialSession *session = m_context->credentials();
        switch (session->state()) {
        case CredentialSession::State::Loading:
        case CredentialSession::State::Retrying: return tr("Reading the AccessKey from the keychain…");
        case CredentialSession::State::MissingSecret:
            return session->isKeychainUnavailable() ? tr("Not connected: no AccessKey for this session")
                                                    : tr("Not connected: the AccessKey secret is missing");
        case CredentialSession::State::Idle:
        case CredentialSession::State::Ready: break;
        }
    }
    if (m_banner->showsAccountProblem())
        return tr("● Problem with %1: see the banner above").arg(host);
    return tr("● Connected to %1").arg(host);
}
