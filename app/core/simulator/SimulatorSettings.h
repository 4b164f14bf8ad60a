#pragma once

#include "simulator/SimulatorConfig.h"

class QSettings;

// The demo mode's tuning in QSettings (group "simulator"), so a tester can
// switch faults on without a command line:
//   urlTtlSeconds, speedFactor, largeReportBytes,
//   faults/throttleNext, faults/serverErrorNext, faults/retryAfterMs, faults/delayMs,
//   faults/cutApiNext, faults/cutDownloadNext, faults/malformedJsonNext, faults/htmlPageNext
// Missing or invalid values keep the defaults. Nothing here is secret.
class SimulatorSettings
{
public:
    static SimulatorConfig load(QSettings &settings);
};
