#include "CliLanguage.h"

#include "i18n/LanguageSetting.h"

QString CliLanguage::resolve(const QString &requested)
{
    if (LanguageSetting::isSupported(requested))
        return requested;
    const QString saved = LanguageSetting::savedLanguage();
    if (!saved.isEmpty())
        return saved;
    // Unlike the GUI, not the system locale: a cron job's locale is rarely a choice.
    return QStringLiteral("zh");
}

void CliLanguage::applyForSession(LanguageSetting *setting, const QString &language)
{
    setting->setSessionLanguage(language);
}
