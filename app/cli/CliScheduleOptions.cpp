#include "CliScheduleOptions.h"

#include "api/IdParser.h"
#include "schedules/FileNameTemplate.h"

namespace {

using Kind = CliUsageError::Kind;

// --daily, --weekly and --monthly are one choice: two of them is a mistake, not "the last wins".
bool setRepeat(const QString &name, const QString &value, CliOptions *options, CliUsageError *error)
{
    if (!options->scheduleRepeat.isEmpty()) {
        *error = CliUsageError::make(Kind::ConflictingOptions, QStringLiteral("--") + options->scheduleRepeat, name);
        return false;
    }
    options->scheduleRepeat = name.mid(2);
    options->scheduleRepeatValue = value;
    return true;
}

bool invalidValue(const QString &name, const QString &value, const QString &allowed, CliUsageError *error)
{
    *error = CliUsageError::make(Kind::InvalidChoice, name, value);
    error->allowed = allowed;
    return false;
}

} // namespace

bool CliScheduleOptions::isAddOption(const QString &option)
{
    for (const char *name :
         { "--report", "--daily", "--weekly", "--monthly", "--at", "--folder", "--name", "--keep" }) {
        if (option == QLatin1String(name))
            return true;
    }
    return false;
}

bool CliScheduleOptions::apply(const QString &name, const QString &value, CliOptions *options, CliUsageError *error)
{
    if (name == QLatin1String("--report")) {
        const IdParser::Result id = IdParser::parse(value);
        if (id.problem != IdParser::Problem::None) {
            *error = CliUsageError::make(Kind::InvalidId, QStringLiteral("--report"), value);
            return false;
        }
        options->scheduleReportId = id.id;
    } else if (name == QLatin1String("--daily") || name == QLatin1String("--weekly")
               || name == QLatin1String("--monthly")) {
        return setRepeat(name, value, options, error);
    } else if (name == QLatin1String("--at")) {
        options->scheduleAt = value;
    } else if (name == QLatin1String("--folder")) {
        if (value.isEmpty()) {
            *error = CliUsageError::make(Kind::MissingValue, name);
            return false;
        }
        options->scheduleFolder = value;
    } else if (name == QLatin1String("--name")) {
        if (value.isEmpty() || !FileNameTemplate::problem(value).isEmpty())
            return invalidValue(name, value, QStringLiteral("{title} {date} {exportId} {format} {profile}"), error);
        options->scheduleNameTemplate = value;
    } else if (name == QLatin1String("--keep")) {
        bool ok = false;
        const int keep = value.toInt(&ok);
        if (!ok || keep < 0 || keep > 100000)
            return invalidValue(name, value, QStringLiteral("0 (keep all), 1, 2, ..."), error);
        options->scheduleKeep = keep;
    }
    return true;
}

// schedule add: the cadence from --daily/--weekly/--monthly and --at, and the required options.
bool CliScheduleOptions::finishAdd(CliOptions *options, CliUsageError *error)
{
    const auto missing = [&](const QString &option) {
        *error = CliUsageError::make(Kind::MissingOption, option);
        error->command = QStringLiteral("schedule add");
        return false;
    };
    if (options->scheduleReportId == 0)
        return missing(QStringLiteral("--report"));
    if (options->scheduleRepeat.isEmpty())
        return missing(QStringLiteral("--daily, --weekly or --monthly"));
    if (options->scheduleAt.isEmpty())
        return missing(QStringLiteral("--at"));
    if (options->scheduleFolder.isEmpty())
        return missing(QStringLiteral("--folder"));
    const QString hhmm = options->scheduleAt.size() == 4 ? QLatin1Char('0') + options->scheduleAt : options->scheduleAt;
    QString text = options->scheduleRepeat;
    if (!options->scheduleRepeatValue.isEmpty())
        text += QLatin1Char(':') + options->scheduleRepeatValue.toLower().remove(QLatin1Char(' '));
    options->scheduleCadence = ScheduleCadence::fromText(text + QLatin1Char('@') + hhmm);
    if (!ScheduleCadence::fromText(QStringLiteral("daily@") + hhmm).isValid())
        return invalidValue(QStringLiteral("--at"), options->scheduleAt, QStringLiteral("HH:MM (00:00 to 23:59)"),
                            error);
    if (!options->scheduleCadence.isValid()) {
        const bool weekly = options->scheduleRepeat == QLatin1String("weekly");
        return invalidValue(QStringLiteral("--") + options->scheduleRepeat, options->scheduleRepeatValue,
                            weekly ? QStringLiteral("mon,tue,wed,thu,fri,sat,sun (comma-separated)")
                                   : QStringLiteral("1 to 31, last"),
                            error);
    }
    if (options->scheduleNameTemplate.isEmpty())
        options->scheduleNameTemplate = FileNameTemplate::defaultTemplate();
    return true;
}
