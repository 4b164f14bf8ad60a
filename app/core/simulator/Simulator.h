#pragma once

#include "signing/AccessKeyCredentials.h"
#include "simulator/RecordedRequest.h"
#include "simulator/SimulatorAccessKey.h"
#include "simulator/SimulatorConfig.h"
#include "simulator/SimulatorReport.h"

#include <QObject>
#include <QUrl>
#include <memory>

class OssSimulator;
class SecurityCenterSimulator;

// The embedded Security Center: the API on one loopback port, the OSS
// download side on another. The demo mode and every test run against it.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(const SimulatorConfig &config = SimulatorConfig(), QObject *parent = nullptr);
    ~Simulator() override;

    // Starts both servers (ports from the config; 0 picks free ones).
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const;

    // "http://127.0.0.1:<port>" of the API.
    QUrl endpoint() const;
    quint16 ossPort() const;

    // The demo account's key, accepted by every simulator.
    static AccessKeyCredentials demoCredentials();
    // Extra keys; with a securityToken the key is an STS credential that
    // expires at expiresAt (invalid: never).
    void addAccessKey(const AccessKeyCredentials &credentials, const QDateTime &expiresAt = QDateTime());
    void addAccessKey(const SimulatorAccessKey &key);
    bool removeAccessKey(const QString &accessKeyId);

    // Run-time switches.
    SimulatorFaults &faults() { return *m_faults; }
    void setFaults(const SimulatorFaults &faults);
    void throttleNext(int calls) { m_faults->throttleNext = calls; }
    void failNext(int calls) { m_faults->serverErrorNext = calls; }
    void setRetryAfterMs(int ms) { m_faults->retryAfterMs = ms; }
    void setDelayMs(int ms) { m_faults->delayMs = ms; }
    void cutApiNext(int calls) { m_faults->cutApiNext = calls; }
    void cutDownloadNext(int calls) { m_faults->cutDownloadNext = calls; }
    void malformedJsonNext(int calls) { m_faults->malformedJsonNext = calls; }
    void htmlPageNext(int calls) { m_faults->htmlPageNext = calls; }
    void setUrlTtlSeconds(int seconds);
    void setSpeedFactor(double factor);
    void setLargeReportBytes(qint64 bytes);

    QList<SimulatorReport> reports() const;
    QList<RecordedRequest> recordedRequests() const;
    QList<RecordedDownload> recordedDownloads() const;
    void clearRecords();

    SecurityCenterSimulator *api() const { return m_api; }
    OssSimulator *oss() const { return m_oss; }

Q_SIGNALS:
    void requestRecorded();
    void downloadRecorded();

private:
    SimulatorConfig m_config;
    std::shared_ptr<SimulatorFaults> m_faults;
    OssSimulator *m_oss;
    SecurityCenterSimulator *m_api;
    QString m_error;
};
