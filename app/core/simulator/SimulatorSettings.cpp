#include "simulator/SimulatorSettings.h"

#include <QSettings>

namespace {

void readInt(QSettings &settings, const QString &key, int minimum, int *value)
{
    bool ok = false;
    const int read = settings.value(key).toInt(&ok);
    if (ok && read >= minimum)
        *value = read;
}

} // namespace

SimulatorConfig SimulatorSettings::load(QSettings &settings)
{
    SimulatorConfig config;
    settings.beginGroup(QStringLiteral("simulator"));
    readInt(settings, QStringLiteral("urlTtlSeconds"), 1, &config.urlTtlSeconds);
    bool ok = false;
    const double speed = settings.value(QStringLiteral("speedFactor")).toDouble(&ok);
    if (ok && speed > 0)
        config.speedFactor = speed;
    const qint64 large = settings.value(QStringLiteral("largeReportBytes")).toLongLong(&ok);
    if (ok && large >= 0)
        config.largeReportBytes = large;

    SimulatorFaults &f = config.faults;
    readInt(settings, QStringLiteral("faults/throttleNext"), -1, &f.throttleNext);
    readInt(settings, QStringLiteral("faults/serverErrorNext"), -1, &f.serverErrorNext);
    readInt(settings, QStringLiteral("faults/retryAfterMs"), 0, &f.retryAfterMs);
    readInt(settings, QStringLiteral("faults/delayMs"), 0, &f.delayMs);
    readInt(settings, QStringLiteral("faults/cutApiNext"), -1, &f.cutApiNext);
    readInt(settings, QStringLiteral("faults/cutDownloadNext"), -1, &f.cutDownloadNext);
    readInt(settings, QStringLiteral("faults/malformedJsonNext"), -1, &f.malformedJsonNext);
    readInt(settings, QStringLiteral("faults/htmlPageNext"), -1, &f.htmlPageNext);
    settings.endGroup();
    return config;
}
