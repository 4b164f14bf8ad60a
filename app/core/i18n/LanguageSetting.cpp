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
    if (!isSupported(language) || language == m_language)
        return;
    m_language = language;
    QSettings().setValue(kSettingsKey, language);
    Q_EMIT languageChanged(language);
}

QString LanguageSetting::initialLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (isSupported(saved))
        return saved;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
}

bool LanguageSetting::isSupported(const QString &language)
{
    return language == QLatin1String("zh") || language == QLatin1String("en");
}
