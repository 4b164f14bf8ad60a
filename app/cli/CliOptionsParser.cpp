#include "CliOptionsParser.h"

#include "CliScheduleOptions.h"

#include "api/IdParser.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace {

using Command = CliOptions::Command;
using Kind = CliUsageError::Kind;

struct OptionSpec
{
    QLatin1String name;
    bool takesValue;
};

const OptionSpec optionSpecs[] = {
    { QLatin1String("--site"), true },     { QLatin1String("--endpoint"), true },
    { QLatin1String("--lang"), true },     { QLatin1String("--signature"), true },
    { QLatin1String("--profile"), true },  { QLatin1String("--json"), false },
    { QLatin1String("--verbose"), false }, { QLatin1String("--version"), false },
    { QLatin1String("--help"), false },    { QLatin1String("--type"), true },
    { QLatin1String("--wait"), false },    { QLatin1String("--output"), true },
    { QLatin1String("--default"), false }, { QLatin1String("--no-history"), false },
    { QLatin1String("--report"), true },   { QLatin1String("--daily"), false },
    { QLatin1String("--weekly"), true },   { QLatin1String("--monthly"), true },
    { QLatin1String("--at"), true },       { QLatin1String("--folder"), true },
    { QLatin1String("--name"), true },     { QLatin1String("--keep"), true },
    { QLatin1String("--csv"), false },     { QLatin1String("--since"), true },
};

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : optionSpecs) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

// The options that only make sense for some commands; all others are global.
bool optionAppliesTo(const QString &option, Command command)
{
    if (option == QLatin1String("--type"))
        return command == Command::Export || command == Command::ScheduleAdd;
    if (CliScheduleOptions::isAddOption(option))
        return command == Command::ScheduleAdd;
    if (option == QLatin1String("--wait"))
        return command == Command::Export || command == Command::Status || command == Command::Download;
    if (option == QLatin1String("--output"))
        return command == Command::Export || command == Command::Download || command == Command::HistoryExport;
    if (option == QLatin1String("--csv") || option == QLatin1String("--since"))
        return command == Command::HistoryExport;
    if (option == QLatin1String("--default"))
        return command == Command::ProfileAdd;
    return true;
}

// What follows a command's words on the command line.
enum class Operand
{
    None,
    ReportId,
    ExportId,
    ProfileName,
    ScheduleName,
};

struct CommandSpec
{
    const char *verb;
    const char *sub; // nullptr: a command of one word
    Command command;
    Operand operand;
};

// Every command, in the order `profile`, `schedule` and `history` list their
// subcommands when one is missing.
const CommandSpec Commands[] = {
    { "reports", nullptr, Command::Reports, Operand::None },
    { "export", nullptr, Command::Export, Operand::ReportId },
    { "status", nullptr, Command::Status, Operand::ExportId },
    { "download", nullptr, Command::Download, Operand::ExportId },
    { "help", nullptr, Command::Help, Operand::None },
    { "profile", "add", Command::ProfileAdd, Operand::ProfileName },
    { "profile", "list", Command::ProfileList, Operand::None },
    { "profile", "remove", Command::ProfileRemove, Operand::ProfileName },
    { "schedule", "add", Command::ScheduleAdd, Operand::ScheduleName },
    { "schedule", "list", Command::ScheduleList, Operand::None },
    { "schedule", "remove", Command::ScheduleRemove, Operand::ScheduleName },
    { "schedule", "run-due", Command::ScheduleRunDue, Operand::None },
    { "schedule", "run", Command::ScheduleRun, Operand::ScheduleName },
    { "history", "verify", Command::HistoryVerify, Operand::None },
    { "history", "export", Command::HistoryExport, Operand::None },
};

QString commandName(Command command)
{
    if (command == Command::Version)
        return QStringLiteral("version");
    for (const CommandSpec &spec : Commands) {
        if (spec.command == command)
            return spec.sub ? QLatin1String(spec.verb) + QLatin1Char(' ') + QLatin1String(spec.sub)
                            : QString::fromLatin1(spec.verb);
    }
    return {};
}

// A single-dash token starting with a digit is an argument (a negative ID the
// validation then names), not an option.
bool looksLikeOption(const QString &token)
{
    if (token.size() < 2 || !token.startsWith(QLatin1Char('-')))
        return false;
    return !token.at(1).isDigit();
}

struct Tokens
{
    QList<QPair<QString, QString>> options; // name -> value (empty for flags)
    QStringList positionals;
};

bool tokenize(const QStringList &arguments, Tokens *tokens, CliUsageError *error)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (optionsEnded || !looksLikeOption(token)) {
            tokens->positionals.append(token);
            continue;
        }
        if (token == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (token == QLatin1String("-h")) {
            tokens->options.append({ QStringLiteral("--help"), QString() });
            continue;
        }
        const qsizetype equals = token.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? token : token.left(equals);
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            *error = CliUsageError::make(Kind::UnknownOption, name);
            return false;
        }
        if (!spec->takesValue) {
            if (equals >= 0) {
                *error = CliUsageError::make(Kind::UnexpectedValue, name, token.mid(equals + 1));
                return false;
            }
            tokens->options.append({ name, QString() });
            continue;
        }
        if (equals >= 0) {
            tokens->options.append({ name, token.mid(equals + 1) });
        } else if (i + 1 < arguments.size()) {
            tokens->options.append({ name, arguments.at(++i) });
        } else {
            *error = CliUsageError::make(Kind::MissingValue, name);
            return false;
        }
    }
    return true;
}

bool hasOption(const Tokens &tokens, const QString &name)
{
    for (const auto &option : tokens.options) {
        if (option.first == name)
            return true;
    }
    return false;
}

// Picks the command and its positional arguments.
// The command named by the first words of `rest` (taken from it), or nullptr with *error.
const CommandSpec *takeCommand(QStringList *rest, CliUsageError *error)
{
    const QString verb = rest->takeFirst();
    QStringList subs;
    for (const CommandSpec &spec : Commands) {
        if (verb != QLatin1String(spec.verb))
            continue;
        if (!spec.sub)
            return &spec;
        subs << QLatin1String(spec.sub);
    }
    if (subs.isEmpty()) {
        *error = CliUsageError::make(Kind::UnknownCommand, QString(), verb);
        return nullptr;
    }
    if (rest->isEmpty()) {
        *error = CliUsageError::make(Kind::MissingArgument, subs.join(QLatin1Char('|')));
        return nullptr;
    }
    const QString sub = rest->takeFirst();
    for (const CommandSpec &spec : Commands) {
        if (verb == QLatin1String(spec.verb) && spec.sub && sub == QLatin1String(spec.sub))
            return &spec;
    }
    *error = CliUsageError::make(Kind::UnknownCommand, QString(), verb + QLatin1Char(' ') + sub);
    return nullptr;
}

bool takeOperand(Operand operand, QStringList *rest, CliOptions *options, CliUsageError *error)
{
    if (operand == Operand::None)
        return true;
    const bool isId = operand == Operand::ReportId || operand == Operand::ExportId;
    const QString argument = operand == Operand::ReportId ? QStringLiteral("REPORT_ID")
        : operand == Operand::ExportId                    ? QStringLiteral("EXPORT_ID")
                                                          : QStringLiteral("NAME");
    if (rest->isEmpty()) {
        *error = CliUsageError::make(Kind::MissingArgument, argument);
        return false;
    }
    const QString text = rest->takeFirst();
    if (isId) {
        const IdParser::Result id = IdParser::parse(text);
        if (id.problem != IdParser::Problem::None) {
            *error = CliUsageError::make(Kind::InvalidId, argument, text);
            return false;
        }
        options->id = id.id;
        return true;
    }
    // Schedule names follow the rules of profile names.
    (operand == Operand::ProfileName ? options->profileName : options->scheduleName) = text;
    if (!CliOptionsParser::isValidProfileName(text)) {
        *error = CliUsageError::make(Kind::InvalidProfileName, argument, text);
        return false;
    }
    return true;
}

bool parseCommand(const Tokens &tokens, CliOptions *options, CliUsageError *error)
{
    QStringList rest = tokens.positionals;
    if (rest.isEmpty()) {
        *error = CliUsageError::make(Kind::MissingCommand);
        return false;
    }
    const CommandSpec *spec = takeCommand(&rest, error);
    if (!spec)
        return false;
    options->command = spec->command;
    if (spec->command == Command::Help)
        rest.clear(); // "help export" is fine: there is one help text
    if (!takeOperand(spec->operand, &rest, options, error))
        return false;
    if (!rest.isEmpty()) {
        *error = CliUsageError::make(Kind::UnexpectedArgument, QString(), rest.first());
        return false;
    }
    return true;
}

bool parseChoice(const QString &name, const QString &value, const QStringList &choices, int *index,
                 CliUsageError *error)
{
    const qsizetype found = choices.indexOf(value.toLower());
    if (found < 0) {
        *error = CliUsageError::make(Kind::InvalidChoice, name, value);
        error->allowed = choices.join(QLatin1String(", "));
        return false;
    }
    *index = static_cast<int>(found);
    return true;
}

bool applyOption(const QString &name, const QString &value, CliOptions *options, CliUsageError *error)
{
    int index = 0;
    if (name == QLatin1String("--site")) {
        if (!parseChoice(name, value, { QStringLiteral("cn"), QStringLiteral("intl") }, &index, error))
            return false;
        options->site = index == 0 ? ApiEndpoint::Site::China : ApiEndpoint::Site::International;
        options->siteGiven = true;
    } else if (name == QLatin1String("--endpoint")) {
        const QUrl url(value, QUrl::StrictMode);
        if (value.isEmpty() || !ApiEndpoint::custom(url).isValid()) {
            *error = CliUsageError::make(Kind::InvalidEndpoint, name, value);
            return false;
        }
        options->endpoint = url;
    } else if (name == QLatin1String("--lang")) {
        if (!parseChoice(name, value, { QStringLiteral("zh"), QStringLiteral("en") }, &index, error))
            return false;
        options->language = index == 0 ? QStringLiteral("zh") : QStringLiteral("en");
    } else if (name == QLatin1String("--signature")) {
        if (!parseChoice(name, value, { QStringLiteral("v3"), QStringLiteral("v1") }, &index, error))
            return false;
        options->signatureVersion = index == 0 ? SignatureVersion::V3 : SignatureVersion::V1;
        options->signatureGiven = true;
    } else if (name == QLatin1String("--profile")) {
        if (!CliOptionsParser::isValidProfileName(value)) {
            *error = CliUsageError::make(Kind::InvalidProfileName, name, value);
            return false;
        }
        options->profile = value;
    } else if (name == QLatin1String("--type")) {
        if (!parseChoice(name, value, { QStringLiteral("html"), QStringLiteral("pdf") }, &index, error))
            return false;
        options->exportType = index == 0 ? ExportType::Html : ExportType::Pdf;
    } else if (name == QLatin1String("--output")) {
        if (value.isEmpty()) {
            *error = CliUsageError::make(Kind::MissingValue, name);
            return false;
        }
        options->outputPath = value;
    } else if (CliScheduleOptions::isAddOption(name)) {
        return CliScheduleOptions::apply(name, value, options, error);
    } else if (name == QLatin1String("--json")) {
        options->json = true;
    } else if (name == QLatin1String("--verbose")) {
        options->verbose = true;
    } else if (name == QLatin1String("--wait")) {
        options->wait = true;
    } else if (name == QLatin1String("--default")) {
        options->makeDefault = true;
    } else if (name == QLatin1String("--no-history")) {
        options->recordHistory = false;
    } else if (name == QLatin1String("--csv")) {
        options->csv = true;
    } else if (name == QLatin1String("--since")) {
        options->since = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        if (!options->since.isValid()) {
            *error = CliUsageError::make(Kind::InvalidDate, name, value);
            return false;
        }
    }
    return true;
}

} // namespace

bool CliOptionsParser::parse(const QStringList &arguments, CliOptions *options, CliUsageError *error)
{
    *options = CliOptions();
    *error = CliUsageError();

    Tokens tokens;
    if (!tokenize(arguments, &tokens, error))
        return false;

    // --lang first, so that even a later usage error can be explained in the chosen language.
    for (const auto &option : std::as_const(tokens.options)) {
        if (option.first == QLatin1String("--lang") && !applyOption(option.first, option.second, options, error))
            return false;
    }
    if (hasOption(tokens, QStringLiteral("--help"))) {
        options->command = Command::Help;
        return true;
    }
    if (hasOption(tokens, QStringLiteral("--version"))) {
        options->command = Command::Version;
        return true;
    }
    if (!parseCommand(tokens, options, error))
        return false;

    for (const auto &option : std::as_const(tokens.options)) {
        if (!optionAppliesTo(option.first, options->command)) {
            *error = CliUsageError::make(Kind::OptionNotApplicable, option.first);
            error->command = commandName(options->command);
            return false;
        }
        if (!applyOption(option.first, option.second, options, error))
            return false;
    }

    if (options->command == Command::ScheduleAdd && !CliScheduleOptions::finishAdd(options, error))
        return false;
    if (options->command == Command::Download && options->outputPath.isEmpty()) {
        *error = CliUsageError::make(Kind::MissingOption, QStringLiteral("--output"));
        error->command = commandName(options->command);
        return false;
    }
    // CSV is the one format today; naming it keeps the command line valid when another comes.
    if (options->command == Command::HistoryExport && !options->csv) {
        *error = CliUsageError::make(Kind::MissingOption, QStringLiteral("--csv"));
        error->command = commandName(options->command);
        return false;
    }
    // Exporting straight to a file means waiting for the export: say so rather than wait silently.
    if (options->command == Command::Export && !options->outputPath.isEmpty() && !options->wait) {
        *error = CliUsageError::make(Kind::OptionRequiresOption, QStringLiteral("--output"));
        error->allowed = QStringLiteral("--wait");
        error->command = commandName(options->command);
        return false;
    }
    return true;
}

bool CliOptionsParser::isValidProfileName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.trimmed() != name)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

QString CliOptionsParser::helpText()
{
    return tr("Usage: reportdesk-cli [options] <command> [arguments]\n"
              "\n"
              "Commands:\n"
              "  reports                              List the reports (DescribeCustomizeReportList).\n"
              "  export REPORT_ID [--type html|pdf] [--wait [--output PATH]]\n"
              "                                       Start an export and print its ExportId; --wait polls until\n"
              "                                       it ends; --output then downloads the file.\n"
              "  status EXPORT_ID [--wait]            Show an export's status; --wait polls until it ends.\n"
              "  download EXPORT_ID --output PATH [--wait]\n"
              "                                       Download a finished export (PATH may be a folder).\n"
              "  profile add NAME [--site cn|intl | --endpoint URL] [--signature v3|v1] [--default]\n"
              "                                       Save a profile; reads the AccessKey ID, the secret and an\n"
              "                                       optional STS token as lines from standard input.\n"
              "  profile list                         List the saved profiles (no secrets).\n"
              "  profile remove NAME                  Delete a profile and its keychain entry.\n"
              "  schedule add NAME --report ID [--type html|pdf] (--daily | --weekly mon,thu | --monthly N|last)\n"
              "               --at HH:MM --folder DIR [--name TEMPLATE] [--keep N]\n"
              "                                       Export a report regularly into DIR (local time; the\n"
              "                                       profile: --profile, else the default). TEMPLATE uses\n"
              "                                       {title} {date} {exportId} {format} {profile}; --keep N\n"
              "                                       deletes all but the newest N files the schedule wrote.\n"
              "  schedule list                        Schedules with their next run and last result.\n"
              "  schedule remove NAME                 Delete a schedule (its files stay).\n"
              "  schedule run-due                     Run what is due, a missed run once (for the systemd\n"
              "                                       timer reportdesk-schedules.timer).\n"
              "  schedule run NAME                    Run a schedule now.\n"
              "  history verify [--profile NAME]      Re-hash the saved reports the export history lists and\n"
              "                                       print those missing or modified (exit code 7).\n"
              "  history export --csv [--since YYYY-MM-DD] [--output FILE] [--profile NAME]\n"
              "                                       The saved reports as CSV for auditors (standard output\n"
              "                                       unless --output); --since keeps exports of that day on.\n"
              "\n"
              "Options:\n"
              "  --site cn|intl        China (default) or international site.\n"
              "  --endpoint URL        A custom endpoint (overrides --site).\n"
              "  --lang zh|en          Language of messages (default: the app's setting, else the\n"
              "                        system's: LC_ALL, LC_MESSAGES or LANG).\n"
              "  --signature v3|v1     Signature version (default v3).\n"
              "  --profile NAME        Use a saved profile's credentials (history: only its reports).\n"
              "  --json                Machine-readable output on standard output.\n"
              "  --verbose             Redacted request log on standard error.\n"
              "  --no-history          Do not record this run's exports and downloads in the export\n"
              "                        history that the ReportDesk window shows.\n"
              "  --version             Print the version.\n"
              "  --help                Print this help.\n"
              "\n"
              "Credentials, first found wins: the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and\n"
              "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN), then --profile, then the\n"
              "default profile.\n"
              "\n"
              "Exit codes: 0 success; 2 usage error or invalid input (nothing sent); 3 service error;\n"
              "4 network error or timeout; 5 the export failed; 6 local file or keychain error;\n"
              "7 history verify found saved reports missing or modified.\n");
}
