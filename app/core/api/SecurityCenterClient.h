#pragma once

#include "api/ApiEndpoint.h"
#include "api/ApiReply.h"
#include "api/ExportType.h"
#include "api/RetryPolicy.h"
#include "signing/AccessKeyCredentials.h"
#include "signing/SignatureVersion.h"

#include <QJsonObject>
#include <QMap>
#include <QNetworkReply>
#include <QObject>
#include <functional>

class QNetworkAccessManager;
class LanguageSetting;
class RequestLog;

// The asynchronous Security Center (Sas 2018-12-03) client: signs, sends,
// retries and parses the three report-export operations. Uses one injected
// QNetworkAccessManager. Lang is read from the LanguageSetting at the moment
// of each call.
class SecurityCenterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityCenterClient)

public:
    SecurityCenterClient(QNetworkAccessManager *network, const LanguageSetting *language, QObject *parent = nullptr);
    ~SecurityCenterClient() override;

    void setEndpoint(const ApiEndpoint &endpoint);
    ApiEndpoint endpoint() const { return m_endpoint; }
    void setCredentials(const AccessKeyCredentials &credentials);
    bool hasCredentials() const { return m_credentials.isComplete(); }
    void setSignatureVersion(SignatureVersion version);
    SignatureVersion signatureVersion() const { return m_signatureVersion; }
    void setTransferTimeout(int milliseconds); // default 30 000
    void setRequestLog(RequestLog *log); // not owned; nullptr disables logging

    // Retry tuning (tests shorten these). Defaults: 3 retries, 200 ms base, 20 s cap.
    void setRetryPolicy(int maxRetries, int baseDelayMs, int capDelayMs);
    void setRetryPolicy(const RetryPolicy &policy); // also carries an injectable random source
    RetryPolicy retryPolicy() const;
    int transferTimeout() const;
    // Any answer larger than maxBytes (4 MiB) or taking longer than totalTimeoutMs
    // (120 s) in all is aborted: ReportDesk.ResponseTooLarge / ResponseTooSlow.
    void setResponseLimits(qint64 maxBytes, int totalTimeoutMs);
    // What the clock-skew correction learned: server time minus local time (ms); 0 until then.
    qint64 clockOffsetMs() const;
    // Test hook: the clock the signer uses ("now"), corrected by the learned skew.
    void setClock(std::function<QDateTime()> clock);

    ApiReply *describeCustomizeReportList();
    ApiReply *exportCustomizeReport(qint64 reportId, ExportType type);
    ApiReply *describeReportExport(qint64 exportId);

    // "ReportDesk/<version> (Qt <version>; <os>)"
    static QString userAgent();

private:
    ApiReply *startCall(ApiReply::Operation operation, QMap<QString, QString> parameters);
    void failSoon(ApiReply *reply, const QString &code, const QString &message);
    void startAttempt(ApiReply *reply);
    void onAttemptFinished(ApiReply *reply, QNetworkReply *networkReply);
    ApiError attemptOutcome(ApiReply *reply, QNetworkReply *networkReply, const QByteArray &body);
    ApiError deliver(ApiReply *reply, const QJsonObject &object);
    ApiError limitError(bool tooLarge, ApiError error) const; // else too slow
    bool retryWithServerTime(ApiReply *reply, QNetworkReply *networkReply, ApiError *error);
    int retryDelay(const ApiReply *reply, const ApiError &error, QNetworkReply *networkReply) const;
    void scheduleRetry(ApiReply *reply, int delayMs);
    void logAttempt(const ApiReply *reply, QNetworkReply *networkReply, const ApiError &error, const QString &note);
    QDateTime now() const;

    class Private;
    Private *d;
    ApiEndpoint m_endpoint;
    AccessKeyCredentials m_credentials;
    SignatureVersion m_signatureVersion = SignatureVersion::V3;
};
