#pragma once

#include <QObject>

class AccountBanner;
class AppContext;
class QLabel;
class QStatusBar;

// The status bar's lasting part: the connection ("● Connected to …", or why
// not), what runs now (exports, downloads) and the Demo badge. Temporary
// messages stay with whoever shows them (QStatusBar::showMessage).
class StatusBarPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBarPresenter)

public:
    StatusBarPresenter(AppContext *context, AccountBanner *banner, QStatusBar *statusBar, QObject *parent = nullptr);

    // Reads the state again: connection, counts, the badge's visibility.
    void update();
    void retranslate();

private:
    QString connectionText() const;

    AppContext *m_context;
    AccountBanner *m_banner;
    QLabel *m_connectionLabel;
    QLabel *m_activityLabel;
    QLabel *m_demoBadge;
};
