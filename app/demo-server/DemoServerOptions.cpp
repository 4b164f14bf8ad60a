#include "DemoServerOptions.h"

#include <QCommandLineParser>

namespace {

struct CountOption
{
    const char *name;
    int SimulatorFaults::*field;
};

const CountOption countOptions[] = {
    { "throttle", &SimulatorFaults::throttleNext },
    { "server-errors", &SimulatorFaults::serverErrorNext },
    { "retry-after", &SimulatorFaults::retryAfterMs },
    { "delay", &SimulatorFaults::delayMs },
    { "cut-api", &SimulatorFaults::cutApiNext },
    { "cut-download", &SimulatorFaults::cutDownloadNext },
    { "malformed-json", &SimulatorFaults::malformedJsonNext },
    { "html-page", &SimulatorFaults::htmlPageNext },
};

QString countHelp(const QString &name)
{
    if (name == QLatin1String("throttle"))
        return DemoServerOptions::tr("Answer the next N API calls with Throttling.User (-1: all).");
    if (name == QLatin1String("server-errors"))
        return DemoServerOptions::tr("Answer the next N API calls with 503 ServiceUnavailable (-1: all).");
    if (name == QLatin1String("retry-after"))
        return DemoServerOptions::tr("Send x-acs-retry-after (milliseconds) with throttling and 503 answers.");
    if (name == QLatin1String("delay"))
        return DemoServerOptions::tr("Delay every answer by this many milliseconds.");
    if (name == QLatin1String("cut-api"))
        return DemoServerOptions::tr("Cut the connection halfway through the next N API answers (-1: all).");
    if (name == QLatin1String("cut-download"))
        return DemoServerOptions::tr("Cut the connection halfway through the next N downloads (-1: all).");
    if (name == QLatin1String("malformed-json"))
        return DemoServerOptions::tr("Send a truncated JSON body for the next N successful calls (-1: all).");
    return DemoServerOptions::tr("Answer the next N API calls with an HTML page instead of JSON (-1: all).");
}

bool readInt(const QString &text, int minimum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum)
        return false;
    *value = parsed;
    return true;
}

} // namespace

DemoServerOptions::Outcome DemoServerOptions::parse(const QStringList &arguments, SimulatorConfig *config,
                                                    QString *errorText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves a simulated Alibaba Cloud Security Center API on 127.0.0.1. The first line on stdout is a JSON "
           "object with the endpoint and the demo AccessKey."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("API port (default: a free port)."), tr("N"));
    const QCommandLineOption ttl(QStringLiteral("url-ttl"), tr("Lifetime of download links in seconds."),
                                 tr("SECONDS"));
    const QCommandLineOption speed(QStringLiteral("speed"), tr("Export speed factor (2 = twice as fast)."),
                                   tr("FACTOR"));
    const QCommandLineOption large(QStringLiteral("large-report-bytes"), tr("Size of the large demo report."),
                                   tr("BYTES"));
    parser.addOptions({ port, ttl, speed, large });
    for (const CountOption &option : countOptions) {
        const QString name = QString::fromLatin1(option.name);
        parser.addOption(QCommandLineOption(name, countHelp(name), tr("N")));
    }
    if (!parser.parse(arguments)) {
        *errorText = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    int value = 0;
    if (parser.isSet(port)) {
        if (!readInt(parser.value(port), 0, &value) || value > 65535) {
            *errorText = tr("Invalid --port: %1").arg(parser.value(port));
            return Outcome::Error;
        }
        config->apiPort = quint16(value);
    }
    if (parser.isSet(ttl)) {
        if (!readInt(parser.value(ttl), 1, &config->urlTtlSeconds)) {
            *errorText = tr("Invalid --url-ttl: %1").arg(parser.value(ttl));
            return Outcome::Error;
        }
    }
    if (parser.isSet(speed)) {
        bool ok = false;
        config->speedFactor = parser.value(speed).toDouble(&ok);
        if (!ok || config->speedFactor <= 0) {
            *errorText = tr("Invalid --speed: %1").arg(parser.value(speed));
            return Outcome::Error;
        }
    }
    if (parser.isSet(large)) {
        bool ok = false;
        config->largeReportBytes = parser.value(large).toLongLong(&ok);
        if (!ok || config->largeReportBytes < 0) {
            *errorText = tr("Invalid --large-report-bytes: %1").arg(parser.value(large));
            return Outcome::Error;
        }
    }
    for (const CountOption &option : countOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (parser.isSet(name) && !readInt(parser.value(name), -1, &(config->faults.*option.field))) {
            *errorText = tr("Invalid --%1: %2").arg(name, parser.value(name));
            return Outcome::Error;
        }
    }
    return Outcome::Run;
}
