#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"

#include <QObject>

#include <functional>

class AppContext;
class BannerWidget;

// What the one banner above the table says, and what its buttons do: an
// account-wide problem (wrong key, no permission, clock, offline — naming the
// report when an export was refused), no keychain ("Enter AccessKey…", "Try
// again"), a damaged history, a history that cannot be written. It keeps the
// raw cause only, so retranslate() words it again after a language switch.
class AccountBanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBanner)

public:
    AccountBanner(AppContext *context, BannerWidget *widget, QObject *parent = nullptr);

    bool showsAccountProblem() const { return m_kind == Kind::AccountProblem; }
    // Another part of the window's problem (a failed scheduled export): its
    // texts are functions, called again after a language switch. An empty
    // text takes it away if it is what the banner shows.
    void showExternal(const std::function<QString()> &text, const std::function<QString()> &actionText,
                      const std::function<void()> &action);
    // Rebuilds the texts (QEvent::LanguageChange).
    void retranslate() { update(); }

Q_SIGNALS:
    // The banner appeared, went or changed its cause (the status bar follows).
    void changed();

private:
    enum class Kind
    {
        None,
        AccountProblem,
        KeychainUnavailable,
        TaskFileProblem,
        HistoryWriteProblem,
        External, // showExternal()
    };

    void connectTasks();
    void show(Kind kind);
    void hide(Kind kind); // only if that is what it shows
    void update();
    void onPrimary();

    AppContext *m_context;
    BannerWidget *m_widget;
    Kind m_kind = Kind::None;
    ApiError m_error;
    ApiReply::Operation m_operation = ApiReply::Operation::DescribeReportExport;
    QString m_reportTitle; // AccountProblem of an export: the report refused (service data)
    QString m_historyPath; // HistoryWriteProblem: where, and the raw reason
    QString m_historyError;
    std::function<QString()> m_externalText;
    std::function<QString()> m_externalActionText;
    std::function<void()> m_externalAction;
};
