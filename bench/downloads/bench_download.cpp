// Downloads the simulator's large report with DownloadJob and with curl in the
// same run, rounds alternated, and prints medians: throughput, their ratio, CPU
// seconds per GB and the process's memory:
//   download_300mb_reportdesk: N MB/s      download_300mb_curl: N MB/s
//   download_300mb_ratio: X                download_300mb_cpu_per_gb_reportdesk: N s
//   download_peak_rss: N MB                download_rss_over_idle: N MB
// Both sides do the same work: a file that is on disk when they finish. DownloadJob
// writes through QSaveFile (a temporary file, fsync, rename); curl writes with -o and
// `sync FILE` then flushes it, timed together. (Bare `curl -o` leaves the data in the
// page cache: comparing with it measures the cost of durability, not of the download.)
// --out /dev/shm compares both on a RAM disk, where syncing costs nothing.
// The simulator runs in a child process (this binary with --serve), so its memory
// is not counted. 1 MB = 1 048 576 bytes.
#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "downloads/DownloadJob.h"
#include "i18n/LanguageSetting.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

constexpr double MiB = 1024.0 * 1024.0;

struct Run
{
    bool ok = false;
    qint64 bytes = 0;
    double seconds = 0;
    double cpuSeconds = 0; // user + system
    double mbPerSecond() const { return seconds > 0 ? double(bytes) / MiB / seconds : 0; }
};

// VmRSS / VmHWM from /proc/self/status, in bytes.
qint64 procStatusBytes(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// User + system CPU seconds of this process (RUSAGE_SELF) or of its reaped children.
double cpuSeconds(int who)
{
    struct rusage usage = {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the peak measures the download alone.
void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool waitFor(ApiReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return !reply->error().isError();
}

// --serve: the simulator with a large report already exported; prints its link and serves.
int serve(qint64 sizeBytes)
{
    SimulatorConfig config;
    config.largeReportBytes = sizeBytes;
    config.speedFactor = 10000;
    Simulator simulator(config);
    if (!simulator.start()) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }
    QNetworkAccessManager network;
    LanguageSetting language;
    SecurityCenterClient client(&network, &language);
    client.setEndpoint(ApiEndpoint::custom(simulator.endpoint()));
    client.setCredentials(Simulator::demoCredentials());

    ApiReply *started = client.exportCustomizeReport(SimulatorScenario::largeReportId, ExportType::Html);
    if (!waitFor(started))
        return 2;
    const qint64 exportId = started->exportInfo().exportId;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        ApiReply *reply = client.describeReportExport(exportId);
        if (!waitFor(reply))
            return 3;
        if (reply->exportInfo().status == ExportStatus::Succeeded) {
            // The link goes to the parent through a pipe only, never to a log.
            std::printf("%s\n", reply->exportInfo().downloadUrl.toEncoded().constData());
            std::fflush(stdout);
            return QCoreApplication::exec();
        }
    }
    return 4;
}

// curl -o FILE, then sync FILE: on disk when done, as QSaveFile's commit leaves it.
Run runCurl(const QString &curl, const QByteArray &url, const QString &path)
{
    Run run;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(curl,
                  { QStringLiteral("-s"), QStringLiteral("-S"), QStringLiteral("-f"), QStringLiteral("-o"), path,
                    QStringLiteral("-w"), QStringLiteral("%{size_download}"), QString::fromLatin1(url) });
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return run;
    QProcess sync;
    sync.start(QStringLiteral("sync"), { path });
    if (!sync.waitForFinished(-1) || sync.exitCode() != 0)
        return run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    run.bytes = process.readAllStandardOutput().trimmed().toLongLong();
    run.ok = run.bytes > 0;
    return run;
}

Run runReportDesk(QNetworkAccessManager *network, const QByteArray &url, const QString &path, qint64 readBuffer)
{
    DownloadJob job(network, DownloadJob::urlFromEncoded(url), path);
    DownloadOptions options;
    options.allowLoopbackHttp = true; // the simulator serves plain HTTP on 127.0.0.1
    if (readBuffer > 0)
        options.readBufferBytes = readBuffer;
    job.setOptions(options);
    QEventLoop loop;
    QObject::connect(&job, &DownloadJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.start();
    job.start();
    loop.exec();
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    run.bytes = job.result().bytesReceived;
    run.ok = job.result().isSuccess();
    if (!run.ok)
        std::fprintf(stderr, "reportdesk download failed: %s\n", qPrintable(job.result().message()));
    return run;
}

void print(const QString &name, double value, const char *unit)
{
    std::printf("%s: %.2f%s%s\n", qPrintable(name), value, *unit ? " " : "", unit);
}

int bench(qint64 sizeBytes, int rounds, const QString &curl, const QString &outDir, qint64 readBuffer)
{
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(),
                 { QStringLiteral("--serve"), QStringLiteral("--size-mb"), QString::number(sizeBytes >> 20) });
    if (!server.waitForReadyRead(60000)) {
        std::fprintf(stderr, "the simulator did not start\n");
        return 1;
    }
    const QByteArray url = server.readLine().trimmed();
    QTemporaryDir dir(outDir + QStringLiteral("/bench_download-XXXXXX"));
    const QString curlFile = dir.filePath(QStringLiteral("curl.html"));
    const QString ourFile = dir.filePath(QStringLiteral("reportdesk.html"));

    QNetworkAccessManager network;
    const qint64 idleRss = procStatusBytes("VmRSS");
    QList<double> curlRate, ourRate, curlCpu, ourCpu;
    qint64 peakRss = 0;
    bool identical = true;
    for (int round = 0; round < rounds; ++round) {
        const Run c = runCurl(curl, url, curlFile);
        resetPeakRss();
        const Run r = runReportDesk(&network, url, ourFile, readBuffer);
        peakRss = qMax(peakRss, procStatusBytes("VmHWM"));
        if (!c.ok || !r.ok || c.bytes != sizeBytes || r.bytes != sizeBytes) {
            std::fprintf(stderr, "a download failed (curl %lld bytes, reportdesk %lld bytes)\n", c.bytes, r.bytes);
            return 2;
        }
        if (round == 0)
            identical = fileSha256(curlFile) == fileSha256(ourFile);
        QFile::remove(curlFile);
        QFile::remove(ourFile);
        const double gb = double(sizeBytes) / (MiB * 1024.0);
        curlRate.append(c.mbPerSecond());
        ourRate.append(r.mbPerSecond());
        curlCpu.append(c.cpuSeconds / gb);
        ourCpu.append(r.cpuSeconds / gb);
    }
    server.terminate();
    server.waitForFinished(5000);

    std::printf("# reportdesk: DownloadJob into a QSaveFile (temporary file, fsync, rename)\n");
    std::printf("# curl: curl -o FILE, then sync FILE, timed together\n");
    std::printf("# %d rounds, alternated; medians; files in %s\n", rounds, qPrintable(dir.path()));
    const QString prefix = QStringLiteral("download_%1mb_").arg(sizeBytes >> 20);
    const double ours = median(ourRate);
    const double theirs = median(curlRate);
    print(prefix + QStringLiteral("reportdesk"), ours, "MB/s");
    print(prefix + QStringLiteral("curl"), theirs, "MB/s");
    print(prefix + QStringLiteral("ratio"), ours / theirs, "");
    // CPU time does not depend on how busy the machine is, unlike wall-clock throughput.
    print(prefix + QStringLiteral("cpu_per_gb_reportdesk"), median(ourCpu), "s");
    print(prefix + QStringLiteral("cpu_per_gb_curl"), median(curlCpu), "s");
    std::printf("%sidentical_to_curl: %s\n", qPrintable(prefix), identical ? "yes" : "no");
    print(QStringLiteral("download_peak_rss"), double(peakRss) / MiB, "MB");
    print(QStringLiteral("idle_rss"), double(idleRss) / MiB, "MB");
    print(QStringLiteral("download_rss_over_idle"), double(peakRss - idleRss) / MiB, "MB");
    return identical ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serveOption(QStringLiteral("serve"), QStringLiteral("Run the simulator (internal)."));
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"), QStringLiteral("Report size in MB."),
                                        QStringLiteral("mb"), QStringLiteral("300"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Alternating runs; medians count."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("The curl binary."),
                                        QStringLiteral("path"), QStringLiteral("curl"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the downloaded files."),
                                       QStringLiteral("dir"), QDir::tempPath());
    const QCommandLineOption bufferOption(QStringLiteral("read-buffer-kb"),
                                          QStringLiteral("Override DownloadOptions::readBufferBytes."),
                                          QStringLiteral("kb"), QStringLiteral("0"));
    parser.addOptions({ serveOption, sizeOption, roundsOption, curlOption, outOption, bufferOption });
    parser.process(app);

    const qint64 sizeBytes = parser.value(sizeOption).toLongLong() << 20;
    if (parser.isSet(serveOption))
        return serve(sizeBytes);
    return bench(sizeBytes, qMax(1, parser.value(roundsOption).toInt()), parser.value(curlOption),
                 parser.value(outOption), parser.value(bufferOption).toLongLong() * 1024);
}
