#include "CliUsageError.h"

#include "api/ApiEndpoint.h"
#include "api/IdParser.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

QString endpointProblem(const QString &value)
{
    const QString problem = ApiEndpoint::custom(QUrl(value, QUrl::StrictMode)).validationError();
    return problem.isEmpty() ? QCoreApplication::translate("Cli", "not an http or https URL.") : problem;
}

// The endpoint as it may be shown: a user or password in it never is.
QString shownEndpoint(const QString &value)
{
    QUrl url(value, QUrl::TolerantMode);
    if (url.isValid() && !url.userInfo().isEmpty()) {
        url.setUserInfo(QStringLiteral("REDACTED"));
        return url.toString();
    }
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    return at < 0 ? value : QStringLiteral("REDACTED") + value.mid(at);
}

} // namespace

CliUsageError CliUsageError::make(Kind kind, const QString &argument, const QString &value)
{
    CliUsageError error;
    error.kind = kind;
    error.argument = argument;
    error.value = value;
    return error;
}

QString CliUsageError::message() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::MissingCommand: return tr("No command given. Run \"reportdesk-cli --help\" to see the commands.");
    case Kind::UnknownCommand: return tr("Unknown command \"%1\".").arg(value);
    case Kind::UnknownOption: return tr("Unknown option \"%1\".").arg(argument);
    case Kind::MissingValue: return tr("The option %1 needs a value.").arg(argument);
    case Kind::UnexpectedValue: return tr("The option %1 takes no value (got \"%2\").").arg(argument, value);
    case Kind::InvalidChoice: return tr("Invalid value \"%1\" for %2: use one of %3.").arg(value, argument, allowed);
    case Kind::InvalidEndpoint:
        return tr("Invalid value \"%1\" for %2: %3").arg(shownEndpoint(value), argument, endpointProblem(value));
    case Kind::MissingArgument: return tr("Missing argument %1.").arg(argument);
    case Kind::InvalidId:
        return tr("Invalid %1 \"%2\": %3").arg(argument, value, IdParser::problemText(IdParser::parse(value).problem));
    case Kind::UnexpectedArgument: return tr("Unexpected argument \"%1\".").arg(value);
    case Kind::OptionNotApplicable:
        return tr("The option %1 cannot be used with the command \"%2\".").arg(argument, command);
    case Kind::MissingOption: return tr("The command \"%1\" needs the option %2.").arg(command, argument);
    case Kind::OptionRequiresOption:
        return tr("With the command \"%1\", the option %2 needs %3.").arg(command, argument, allowed);
    case Kind::InvalidProfileName:
        return tr("Invalid %1 \"%2\": use 1 to 64 characters, without control characters, '/' or '\\'.")
            .arg(argument, value);
    case Kind::IncompleteEnvironment:
        return tr("The environment variable %1 is not set: set both ALIBABA_CLOUD_ACCESS_KEY_ID and "
                  "ALIBABA_CLOUD_ACCESS_KEY_SECRET, or neither.")
            .arg(argument);
    case Kind::ConflictingOptions: return tr("The options %1 and %2 cannot be used together.").arg(argument, value);
    case Kind::InvalidDate: return tr("Invalid date \"%1\" for %2: use YYYY-MM-DD.").arg(value, argument);
    }
    return {};
}
