#include "AccountBanner.h"

#include "AppContext.h"
#include "BannerWidget.h"
#include "ErrorPresenter.h"
#include "credentials/CredentialSession.h"
#include "tasks/TaskController.h"

#include <QDir>

AccountBanner::AccountBanner(AppContext *context, BannerWidget *widget, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_widget(widget)
{
    connectTasks();
    connect(m_context, &AppContext::profileChanged, this, [this] {
        // A history that was damaged (moved aside) or from a newer version is told once per load.
        if (m_context->tasks()->lastLoad().isProblem())
            show(Kind::TaskFileProblem);
        else
            hide(Kind::TaskFileProblem);
    });
    connect(m_context, &AppContext::keychainUnavailable, this, [this] { show(Kind::KeychainUnavailable); });
    connect(m_context->credentials(), &CredentialSession::keychainAvailableAgain, this,
            [this] { hide(Kind::KeychainUnavailable); });
    connect(m_widget, &BannerWidget::closeClicked, this, [this] { hide(m_kind); });
    connect(m_widget, &BannerWidget::primaryClicked, this, &AccountBanner::onPrimary);
    connect(m_widget, &BannerWidget::secondaryClicked, this, [this] {
        if (m_kind == Kind::KeychainUnavailable)
            m_context->credentials()->retryKeychain();
    });
    update();
}

void AccountBanner::connectTasks()
{
    TaskController *tasks = m_context->tasks();
    connect(tasks, &TaskController::accountProblem, this, [this](const ApiError &error, ApiReply::Operation operation) {
        m_error = error;
        m_operation = operation;
        m_reportTitle.clear(); // exportStartFailed names the report, when it was an export
        show(Kind::AccountProblem);
    });
    connect(tasks, &TaskController::exportStartFailed, this, [this](qint64, const QString &title, const ApiError &) {
        if (m_kind == Kind::AccountProblem && m_operation == ApiReply::Operation::ExportCustomizeReport) {
            m_reportTitle = title;
            update();
        }
    });
    connect(tasks, &TaskController::accountOk, this, [this] { hide(Kind::AccountProblem); });
    connect(tasks, &TaskController::saveFailed, this, [this](const QString &path, const QString &error) {
        m_historyPath = path;
        m_historyError = error;
        show(Kind::HistoryWriteProblem);
    });
    connect(tasks, &TaskController::saved, this, [this] { hide(Kind::HistoryWriteProblem); });
    connect(tasks, &TaskController::historyReplaced, this, [this] { show(Kind::TaskFileProblem); });
}

void AccountBanner::showExternal(const std::function<QString()> &text, const std::function<QString()> &actionText,
                                 const std::function<void()> &action)
{
    if (!text) {
        hide(Kind::External);
        return;
    }
    m_externalText = text;
    m_externalActionText = actionText;
    m_externalAction = action;
    show(Kind::External);
}

void AccountBanner::show(Kind kind)
{
    m_kind = kind;
    update();
    Q_EMIT changed();
}

void AccountBanner::hide(Kind kind)
{
    if (m_kind != kind || kind == Kind::None)
        return;
    m_kind = Kind::None;
    update();
    Q_EMIT changed();
}

void AccountBanner::onPrimary()
{
    if (m_kind == Kind::External && m_externalAction)
        m_externalAction();
    else if (m_kind == Kind::KeychainUnavailable)
        m_context->enterSessionAccessKey();
    else if (m_kind == Kind::AccountProblem && ErrorPresenter::suggestsAccountEdit(m_error))
        m_context->editAccount();
    else
        m_context->tasks()->refresh();
}

void AccountBanner::update()
{
    m_widget->setVisible(m_kind != Kind::None);
    switch (m_kind) {
    case Kind::None: return;
    case Kind::AccountProblem:
        m_widget->setContent(ErrorPresenter::summary(m_error, m_operation, m_reportTitle),
                             ErrorPresenter::detailsHtml(m_error, m_operation), m_error.requestId,
                             ErrorPresenter::rawAnswer(m_error));
        m_widget->setActions(ErrorPresenter::suggestsAccountEdit(m_error) ? tr("Edit account…") : tr("Retry"));
        return;
    case Kind::KeychainUnavailable: {
        // The first line says what is wrong; how to get a keychain is behind Details.
        const QString text = m_context->keychainProblemText();
        const qsizetype cut = text.indexOf(QLatin1Char('\n'));
        m_widget->setContent(cut < 0 ? text : text.left(cut), cut < 0 ? QString() : text.mid(cut + 1).toHtmlEscaped());
        m_widget->setActions(tr("Enter AccessKey…"), tr("Try again"));
        return;
    }
    case Kind::TaskFileProblem:
        m_widget->setContent(m_context->tasks()->lastLoad().message(), {});
        m_widget->setActions({});
        return;
    case Kind::External:
        m_widget->setContent(m_externalText(), {});
        m_widget->setActions(m_externalAction && m_externalActionText ? m_externalActionText() : QString());
        return;
    case Kind::HistoryWriteProblem:
        m_widget->setContent(tr("Could not save the export history. Nothing is lost: ReportDesk keeps the changes "
                                "and saves them as soon as it can."),
                             tr("%1: %2").arg(QDir::toNativeSeparators(m_historyPath), m_historyError).toHtmlEscaped());
        m_widget->setActions({});
        return;
    }
}
