#include "ProfilesMenu.h"

#include "AppContext.h"
#include "Icons.h"
#include "i18n/LanguageSetting.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

ProfilesMenu::ProfilesMenu(AppContext *context, const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_widgets(widgets)
    , m_accountButton(new QToolButton(widgets.toolBar))
    , m_languageButton(new QToolButton(widgets.toolBar))
    , m_languageGroup(new QActionGroup(this))
{
    auto *spacer = new QWidget(m_widgets.toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_widgets.toolBar->addWidget(spacer);

    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setIcon(Icons::get(QStringLiteral("account")));
    m_accountButton->setMenu(m_widgets.profiles);
    m_widgets.toolBar->addWidget(m_accountButton);

    m_languageButton->setDefaultAction(m_widgets.switchLanguage);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_widgets.toolBar->addWidget(m_languageButton);

    LanguageSetting *language = m_context->language();
    connect(m_widgets.switchLanguage, &QAction::triggered, language, [language] {
        language->setLanguage(language->language() == QLatin1String("zh") ? QStringLiteral("en")
                                                                          : QStringLiteral("zh"));
    });
    setupLanguageMenu();
    rebuild();
}

void ProfilesMenu::setupLanguageMenu()
{
    // Language names are shown in their own language, so they never translate.
    m_chineseAction = m_widgets.language->addAction(QStringLiteral("中文"));
    m_englishAction = m_widgets.language->addAction(QStringLiteral("English"));
    for (QAction *action : { m_chineseAction, m_englishAction }) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    LanguageSetting *language = m_context->language();
    connect(m_chineseAction, &QAction::triggered, language,
            [language] { language->setLanguage(QStringLiteral("zh")); });
    connect(m_englishAction, &QAction::triggered, language,
            [language] { language->setLanguage(QStringLiteral("en")); });
    auto sync = [this](const QString &code) {
        (code == QLatin1String("zh") ? m_chineseAction : m_englishAction)->setChecked(true);
    };
    connect(language, &LanguageSetting::languageChanged, this, sync);
    sync(language->language());
}

void ProfilesMenu::rebuild()
{
    QMenu *menu = m_widgets.profiles;
    menu->clear();
    const QList<AppContext::ProfileEntry> profiles = m_context->profileEntries();
    auto *group = new QActionGroup(menu);
    for (const AppContext::ProfileEntry &entry : profiles) {
        QAction *action = menu->addAction(entry.displayName);
        action->setCheckable(true);
        action->setChecked(entry.current);
        group->addAction(action);
        const QString id = entry.id;
        connect(action, &QAction::triggered, m_context, [this, id] { m_context->switchProfile(id); });
    }
    if (!profiles.isEmpty())
        menu->addSeparator();
    menu->addAction(m_widgets.account);
    menu->addAction(m_widgets.newProfile);
    const QString name = m_context->profileDisplayName();
    //: Toolbar button (noun) opening the profiles menu, shown when no profile is named
    m_accountButton->setText(name.isEmpty() ? tr("Account") : name);
    m_accountButton->setToolTip(tr("Switch between saved accounts"));
}

void ProfilesMenu::retranslate()
{
    m_languageButton->setToolTip(tr("Switch the interface and the service's messages between 中文 and English"));
    rebuild();
}
