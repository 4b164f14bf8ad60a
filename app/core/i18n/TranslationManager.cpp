#include "i18n/TranslationManager.h"

#include "i18n/LanguageSetting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

TranslationManager::TranslationManager(LanguageSetting *setting, QObject *parent)
    : QObject(parent)
{
    connect(setting, &LanguageSetting::languageChanged, this, &TranslationManager::apply);
    apply(setting->language());
}

TranslationManager::~TranslationManager()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

QString TranslationManager::localeName(const QString &language)
{
    return language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en_US");
}

void TranslationManager::apply(const QString &language)
{
    const QLocale locale(localeName(language));
    QLocale::setDefault(locale);

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);

    // Qt's own strings (standard buttons, file dialogs) first, the app's last,
    // so the app's translations win where both define a text.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // English is the source language, but the English .qm carries plural forms.
    if (m_appTranslator.load(locale, QStringLiteral("reportdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_appTranslator);
}
