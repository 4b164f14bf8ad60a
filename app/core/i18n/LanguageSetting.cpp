#include "i18n/LanguageSetting.h"

#include <QLocale>
#include <QSettings>

namespace {
const auto kSettingsKey = QStringLiteral("ui/language");
}

LanguageSetting::LanguageSetting(QObject *parent)
    : QObject(parent)
    , m_language(initialLanguage())
{
}

void LanguageSetting::setLanguage(const QString &language)
{
    if (!isSupported(language))
        return;
    QSettings().setValue(kSettingsKey, language);
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
    const QString saved = QSettings().value(kSettingsKey).toString();
    return isSupported(saved) ? saved : QString();
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
