#include "i18n/LanguageSetting.h"

#include "settings/AppSettings.h"

#include <QLocale>

LanguageSetting::LanguageSetting(QObject *parent)
    : QObject(parent)
    , m_language(initialLanguage())
{
}

void LanguageSetting::setLanguage(const QString &language)
{
    if (!isSupported(language))
        return;
    AppSettings().setLanguage(language);
    setSessionLanguage(language);
}

void LanguageSetting::setSessionLanguage(const QString &language)
{
    if (!isSupported(language) || language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged(language);
}

QString LanguageSetting::savedLanguage()
{
    return AppSettings().language();
}

QString LanguageSetting::initialLanguage()
{
    const QString saved = savedLanguage();
    if (!saved.isEmpty())
        return saved;
    return languageForLocale(QLocale::system().name());
}

QString LanguageSetting::languageForLocale(const QString &localeName)
{
    return localeName.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
}

bool LanguageSetting::isSupported(const QString &language)
{
    return language == QLatin1String("zh") || language == QLatin1String("en");
}
