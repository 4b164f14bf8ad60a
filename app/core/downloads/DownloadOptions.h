#pragma once

#include <QByteArray>
#include <QtGlobal>

// Tuning shared by every download job.
struct DownloadOptions
{
    int maxRedirects = 5;
    int transferTimeoutMs = 30000; // abort when no byte moved for this long
    qint64 readBufferBytes = 1 << 20; // bounds what Qt buffers ahead of the file (1 MiB: bench_download)
    QByteArray userAgent = QByteArrayLiteral("ReportDesk/" REPORTDESK_VERSION);
    // Plain HTTP to loopback, for the simulator: DownloadCoordinator allows it only
    // while the API endpoint itself is loopback.
    bool allowLoopbackHttp = false;
};
