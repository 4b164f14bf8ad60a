#pragma once

#include <QObject>

class AppContext;
class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;

// Account ▸ Profiles (one checkable entry per saved profile, then Account… and
// New profile…), the toolbar's account button that pops it up, the View ▸
// Language menu and the toolbar's language button. The profiles come from
// AppContext each time they change; nothing here keeps a profile's name.
class ProfilesMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesMenu)

public:
    struct Widgets
    {
        QMenu *profiles;
        QMenu *language;
        QToolBar *toolBar; // the buttons go at its right end
        QAction *account;
        QAction *newProfile;
        QAction *switchLanguage;
    };

    ProfilesMenu(AppContext *context, const Widgets &widgets, QObject *parent = nullptr);

    // The profiles' entries and the account button's text, again.
    void rebuild();
    void retranslate();

private:
    void setupLanguageMenu();

    AppContext *m_context;
    Widgets m_widgets;
    QToolButton *m_accountButton;
    QToolButton *m_languageButton;
    QActionGroup *m_languageGroup;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
};
