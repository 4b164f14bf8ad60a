#include "CliLanguage.h"

#include "i18n/LanguageSetting.h"

#include <QSettings>
#include <QVariant>

namespace {
const auto settingsKey = QStringLiteral("ui/language");
}

QString CliLanguage::resolve(const QString &requested)
{
    if (LanguageSetting::isSupported(requested))
        return requested;
    const QString saved = QSettings().value(settingsKey).toString();
    if (LanguageSetting::isSupported(saved))
        return saved;
    // Unlike the GUI, not the system locale: a cron job's locale is rarely a choice.
    return QStringLiteral("zh");
}

void CliLanguage::applyForSession(LanguageSetting *setting, const QString &language)
{
    if (setting->language() == language)
        return;
    // LanguageSetting persists every change; put the saved value back right away.
    QSettings settings;
    const QVariant saved = settings.value(settingsKey);
    setting->setLanguage(language);
    if (saved.isValid())
        settings.setValue(settingsKey, saved);
    else
        settings.remove(settingsKey);
    settings.sync();
}
