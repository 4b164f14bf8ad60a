#pragma once

#include <QCoreApplication>
#include <QString>

// Why the command line was refused (exit code 2, nothing sent). Holds the facts
// only; message() translates at the moment it is shown, after --lang is known.
struct CliUsageError
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Kind
    {
        None,
        MissingCommand,
        UnknownCommand, // value
        UnknownOption, // argument
        MissingValue, // argument
        UnexpectedValue, // argument, value
        InvalidChoice, // argument, value, allowed ("cn, intl")
        InvalidEndpoint, // argument, value
        MissingArgument, // argument ("REPORT_ID")
        InvalidId, // argument ("REPORT_ID"), value
        UnexpectedArgument, // value
        OptionNotApplicable, // argument, command
        MissingOption, // argument, command
        OptionRequiresOption, // argument, allowed (the other option), command
        InvalidProfileName, // argument ("NAME"), value
        IncompleteEnvironment, // argument (the variable that is missing)
        ConflictingOptions, // argument, value (the other option)
        InvalidDate, // argument, value
    };

    Kind kind = Kind::None;
    QString argument; // the option or placeholder the error is about
    QString value; // what the user gave
    QString allowed; // the accepted values, or the option that is required
    QString command; // "export", "profile add"...

    bool isError() const { return kind != Kind::None; }
    // Translated ("Cli" context) at call time.
    QString message() const;

    static CliUsageError make(Kind kind, const QString &argument = QString(), const QString &value = QString());
};
