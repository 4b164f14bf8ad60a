#pragma once

#include <QProcessEnvironment>
#include <QString>

class LanguageSetting;

// The language of one reportdesk-cli run: --lang, else the app's saved setting,
// else the locale of the environment. It is both the language of the CLI's
// messages and the API's Lang.
class CliLanguage
{
public:
    // requested: the --lang value, empty when not given.
    static QString resolve(const QString &requested, const QProcessEnvironment &environment);

    // The language the POSIX locale variables ask for: the first of LC_ALL,
    // LC_MESSAGES and LANG that is set and not empty; zh* gives "zh",
    // anything else (C and POSIX included) or nothing at all "en".
    static QString environmentLanguage(const QProcessEnvironment &environment);

    // Makes `setting` report `language` for this process without changing the
    // app's saved choice: a --lang on one command must not switch the GUI.
    static void applyForSession(LanguageSetting *setting, const QString &language);
};
