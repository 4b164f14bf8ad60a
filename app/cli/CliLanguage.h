#pragma once

#include <QString>

class LanguageSetting;

// The language of one reportdesk-cli run: --lang, else the app's saved setting,
// else zh. It is both the language of the CLI's messages and the API's Lang.
class CliLanguage
{
public:
    // requested: the --lang value, empty when not given.
    static QString resolve(const QString &requested);

    // Makes `setting` report `language` for this process without changing the
    // app's saved choice: a --lang on one command must not switch the GUI.
    static void applyForSession(LanguageSetting *setting, const QString &language);
};
