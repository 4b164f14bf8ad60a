#pragma once

#include <QString>

#include <QtGlobal>

// Misbehaviour on demand. "Next N" counters are consumed one per request; a
// negative count means "every request until changed".
struct SimulatorFaults
{
    int throttleNext = 0; // API: 400 Throttling.User
    int serverErrorNext = 0; // API: 503 ServiceUnavailable
    int retryAfterMs = 0; // > 0: throttling and 503 answers carry x-acs-retry-after (ms)
    int delayMs = 0; // API and downloads: wait this long before every answer
    int cutApiNext = 0; // API: close the connection halfway through the body
    int cutDownloadNext = 0; // downloads: close the connection halfway through the file
    int malformedJsonNext = 0; // API: 200 with a truncated JSON body
    int htmlPageNext = 0; // API: 200 text/html (a proxy's or portal's page) instead of JSON

    // Uses up one request of a "next N" counter; true when the fault applies now.
    static bool take(int *counter);
};

struct SimulatorConfig
{
    quint16 apiPort = 0; // 0: a free port
    quint16 ossPort = 0; // 0: a free port
    int urlTtlSeconds = 3600; // lifetime of a DownloadUrl
    double speedFactor = 1.0; // > 1 makes exports finish sooner (tests use ~50)
    qint64 largeReportBytes = 300LL * 1024 * 1024; // size of the large scenario report
    // Where the exports are remembered across restarts, like the real service
    // remembers them (the demo uses one); empty: in memory only.
    QString stateFile;
    SimulatorFaults faults;
};
