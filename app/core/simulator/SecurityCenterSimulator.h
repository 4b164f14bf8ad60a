#pragma once

#include "simulator/GatewayAuthenticator.h"
#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"
#include "simulator/RecordedRequest.h"
#include "simulator/ServiceError.h"
#include "simulator/SimulatorConfig.h"
#include "simulator/SimulatorReport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <memory>

class HttpServer;
class OssSimulator;

// The Security Center (Sas 2018-12-03) API side: authenticates like the
// gateway, serves the three report-export operations from the scenario data
// and misbehaves on demand. Export progress is computed from elapsed time
// when asked, so no timer runs.
class SecurityCenterSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityCenterSimulator)

public:
    SecurityCenterSimulator(const SimulatorConfig &config, std::shared_ptr<SimulatorFaults> faults, OssSimulator *oss,
                            QObject *parent = nullptr);
    ~SecurityCenterSimulator() override;

    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    QUrl endpoint() const; // http://127.0.0.1:<port>

    void addAccessKey(const SimulatorAccessKey &key);
    bool removeAccessKey(const QString &accessKeyId);

    void setUrlTtlSeconds(int seconds) { m_config.urlTtlSeconds = seconds; }
    void setSpeedFactor(double factor);
    void setLargeReportBytes(qint64 bytes) { m_config.largeReportBytes = bytes; }
    QList<SimulatorReport> reports() const { return m_reports; }

    QList<RecordedRequest> recordedRequests() const { return m_recorded; }
    void clearRecordedRequests() { m_recorded.clear(); }

    static constexpr int maxRecorded = 1000;
    static constexpr int maxExports = 10000;
    // Unscaled milliseconds an export spends initializing, then exporting.
    static constexpr qint64 initializingMs = 1000;
    static constexpr qint64 exportingMs = 3000;

Q_SIGNALS:
    void requestRecorded();

private:
    struct Export
    {
        qint64 exportId = 0;
        qint64 reportId = 0;
        bool pdf = false;
        QDate exportDate;
        qint64 startedMs = 0;
        QString fileName;
        QString objectKey;
    };

    struct Call
    {
        QMap<QString, QString> params;
        QString action;
        QString lang;
        QByteArray requestId;
        QString hostId;
        RecordedRequest record;
    };

    HttpResponse handle(const HttpRequest &request);
    HttpResponse respond(const HttpRequest &request, Call &call, const QDateTime &nowUtc);
    ServiceError checkAction(const HttpRequest &request, Call &call) const;
    ServiceError perform(const Call &call, const QDateTime &nowUtc, QJsonObject *body);
    ServiceError describeCustomizeReportList(const Call &call, QJsonObject *body) const;
    ServiceError exportCustomizeReport(const Call &call, const QDateTime &nowUtc, QJsonObject *body);
    ServiceError describeReportExport(const Call &call, const QDateTime &nowUtc, QJsonObject *body);
    const SimulatorReport *findReport(qint64 reportId) const;
    QString exportStatusCode(const Export &job) const;
    void publish(const Export &job);
    void forgetOldestExport();
    void loadState();
    void saveState() const;

    HttpResponse jsonResponse(const Call &call, int status, const QJsonObject &body) const;
    HttpResponse errorResponse(const Call &call, const ServiceError &error) const;
    HttpResponse htmlPage(const Call &call) const;
    void record(Call &call, const HttpRequest &request, const HttpResponse &response);

    SimulatorConfig m_config;
    std::shared_ptr<SimulatorFaults> m_faults;
    OssSimulator *m_oss;
    HttpServer *m_server;
    GatewayAuthenticator m_authenticator;
    QList<SimulatorReport> m_reports;
    QMap<qint64, Export> m_exports;
    qint64 m_nextExportId = 0; // seeded from the clock: see the constructor
    QElapsedTimer m_clock;
    QList<RecordedRequest> m_recorded;
};
