#pragma once

#include "CliOptions.h"
#include "CliUsageError.h"

#include <QCoreApplication>
#include <QStringList>

// Turns reportdesk-cli's arguments into CliOptions, refusing anything a script
// could get subtly wrong (an ID like "1e3", an option the command ignores).
// Options may come before or after the command; "--" ends the options; "--name=value"
// and "--name value" are both accepted.
class CliOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // arguments without the program name. Returns false and fills *error on a usage error.
    static bool parse(const QStringList &arguments, CliOptions *options, CliUsageError *error);

    static bool isValidProfileName(const QString &name);

    // The --help text, translated now.
    static QString helpText();
};
