#include "CliLanguage.h"

#include "i18n/LanguageSetting.h"

QString CliLanguage::resolve(const QString &requested, const QProcessEnvironment &environment)
{
    if (LanguageSetting::isSupported(requested))
        return requested;
    const QString saved = LanguageSetting::savedLanguage();
    if (!saved.isEmpty())
        return saved;
    return environmentLanguage(environment);
}

QString CliLanguage::environmentLanguage(const QProcessEnvironment &environment)
{
    // Read by hand rather than through QLocale::system(), so that the rule is
    // exactly POSIX's and a test can pass the environment in.
    for (const auto name : { QLatin1String("LC_ALL"), QLatin1String("LC_MESSAGES"), QLatin1String("LANG") }) {
        const QString value = environment.value(name);
        if (!value.isEmpty())
            return LanguageSetting::languageForLocale(value);
    }
    // No variable: the POSIX default locale, C.
    return QStringLiteral("en");
}

void CliLanguage::applyForSession(LanguageSetting *setting, const QString &language)
{
    setting->setSessionLanguage(language);
}
