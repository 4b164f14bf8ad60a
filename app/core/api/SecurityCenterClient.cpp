#include "api/SecurityCenterClient.h"

#include "api/ApiRequestBuilder.h"
#include "api/ApiResponseParser.h"
#include "api/ReplyLimiter.h"
#include "common/Redactor.h"
#include "common/RequestLog.h"
#include "i18n/LanguageSetting.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99: connection, DNS, TLS; 101-199: proxy. Above: the server answered.
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 7231 IMF-fixdate), as the gateway sends it.
QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC);
    return date.toUTC();
}

int retryAfterFromHeaders(QNetworkReply *reply)
{
    bool ok = false;
    const int acs = reply->rawHeader(QByteArrayLiteral("x-acs-retry-after")).trimmed().toInt(&ok);
    if (ok && acs >= 0)
        return acs; // milliseconds
    const int standard = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
    if (ok && standard >= 0 && standard <= RetryPolicy::maxServerDelayMs() / 1000)
        return standard * 1000; // seconds
    return -1;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None: return {};
    case ApiError::Kind::Network: return QStringLiteral("network-error");
    case ApiError::Kind::Timeout: return QStringLiteral("timeout");
    case ApiError::Kind::Service: return QStringLiteral("service-error");
    case ApiError::Kind::MalformedResponse: return QStringLiteral("malformed-response");
    case ApiError::Kind::Cancelled: return QStringLiteral("cancelled");
    case ApiError::Kind::InvalidRequest: return QStringLiteral("invalid-request");
    }
    return {};
}

} // namespace

class SecurityCenterClient::Private
{
public:
    QPointer<QNetworkAccessManager> network;
    QPointer<const LanguageSetting> language;
    QPointer<RequestLog> log;
    int transferTimeoutMs = 30000;
    qint64 maxResponseBytes = ReplyLimiter::DefaultMaxBytes;
    int totalTimeoutMs = ReplyLimiter::DefaultTotalMs;
    RetryPolicy retryPolicy;
    std::function<QDateTime()> clock;
    qint64 clockOffsetMs = 0; // server minus local, learned from InvalidTimeStamp.Expired
};

SecurityCenterClient::SecurityCenterClient(QNetworkAccessManager *network, const LanguageSetting *language,
                                           QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->network = network;
    d->language = language;
}

SecurityCenterClient::~SecurityCenterClient()
{
    // The replies are children: delete them (aborting their attempts) while d still exists.
    const QList<ApiReply *> replies = findChildren<ApiReply *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
    delete d;
}

void SecurityCenterClient::setEndpoint(const ApiEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

void SecurityCenterClient::setCredentials(const AccessKeyCredentials &credentials)
{
    m_credentials = credentials;
    if (d->log)
        d->log->addSensitiveValues({ m_credentials.accessKeySecret, m_credentials.securityToken });
}

void SecurityCenterClient::setSignatureVersion(SignatureVersion version)
{
    m_signatureVersion = version;
}

void SecurityCenterClient::setTransferTimeout(int milliseconds)
{
    d->transferTimeoutMs = qMax(0, milliseconds);
}

int SecurityCenterClient::transferTimeout() const
{
    return d->transferTimeoutMs;
}

void SecurityCenterClient::setResponseLimits(qint64 maxBytes, int totalTimeoutMs)
{
    d->maxResponseBytes = qMax<qint64>(1, maxBytes);
    d->totalTimeoutMs = qMax(1, totalTimeoutMs);
}

void SecurityCenterClient::setRequestLog(RequestLog *log)
{
    d->log = log;
    if (d->log)
        d->log->addSensitiveValues({ m_credentials.accessKeySecret, m_credentials.securityToken });
}

void SecurityCenterClient::setRetryPolicy(int maxRetries, int baseDelayMs, int capDelayMs)
{
    setRetryPolicy(RetryPolicy(maxRetries, baseDelayMs, capDelayMs));
}

void SecurityCenterClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

RetryPolicy SecurityCenterClient::retryPolicy() const
{
    return d->retryPolicy;
}

void SecurityCenterClient::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

qint64 SecurityCenterClient::clockOffsetMs() const
{
    return d->clockOffsetMs;
}

QDateTime SecurityCenterClient::now() const
{
    return d->clock ? d->clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString SecurityCenterClient::userAgent()
{
    return QStringLiteral("ReportDesk/%1 (Qt %2; %3)")
        .arg(QStringLiteral(REPORTDESK_VERSION), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
}

ApiReply *SecurityCenterClient::describeCustomizeReportList()
{
    return startCall(ApiReply::Operation::DescribeCustomizeReportList, {});
}

ApiReply *SecurityCenterClient::exportCustomizeReport(qint64 reportId, ExportType type)
{
    if (reportId <= 0) {
        auto *reply = new ApiReply(ApiReply::Operation::ExportCustomizeReport, this);
        failSoon(reply, ApiError::invalidIdCode(), tr("The report ID must be a positive number."));
        return reply;
    }
    return startCall(ApiReply::Operation::ExportCustomizeReport,
                     { { QStringLiteral("ReportId"), QString::number(reportId) },
                       { QStringLiteral("ExportType"), exportTypeName(type) } });
}

ApiReply *SecurityCenterClient::describeReportExport(qint64 exportId)
{
    if (exportId <= 0) {
        auto *reply = new ApiReply(ApiReply::Operation::DescribeReportExport, this);
        failSoon(reply, ApiError::invalidIdCode(), tr("The export ID must be a positive number."));
        return reply;
    }
    return startCall(ApiReply::Operation::DescribeReportExport,
                     { { QStringLiteral("ExportId"), QString::number(exportId) } });
}

ApiReply *SecurityCenterClient::startCall(ApiReply::Operation operation, QMap<QString, QString> parameters)
{
    auto *reply = new ApiReply(operation, this);
    // Read now, not at construction: the user may have switched language since.
    parameters.insert(QStringLiteral("Lang"), d->language ? d->language->language() : QStringLiteral("zh"));
    reply->m_parameters = parameters;

    const QString endpointProblem = m_endpoint.validationError();
    if (!endpointProblem.isEmpty())
        failSoon(reply, ApiError::invalidEndpointCode(), endpointProblem);
    else if (!m_credentials.isComplete())
        failSoon(reply, ApiError::missingCredentialsCode(), tr("No AccessKey is set for this account."));
    else if (!d->network)
        failSoon(reply, QStringLiteral("ReportDesk.NoNetwork"), tr("The network is not available to this client."));
    else
        startAttempt(reply);
    return reply;
}

// Finishes on the next event-loop turn, so the caller can connect to finished() first.
void SecurityCenterClient::failSoon(ApiReply *reply, const QString &code, const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.code = code;
    error.message = message;
    QTimer::singleShot(0, reply, [reply, error] { reply->finish(error); });
}

void SecurityCenterClient::startAttempt(ApiReply *reply)
{
    ++reply->m_attempts;
    reply->m_attemptStartedUtc = QDateTime::currentDateTimeUtc();
    reply->m_attemptTimer.start();

    // A fresh nonce and timestamp every attempt: the gateway refuses a reused nonce.
    const QDateTime signingTime = now().addMSecs(d->clockOffsetMs);
    ApiRequestBuilder::Built built = ApiRequestBuilder::build(
        m_endpoint.url(), m_signatureVersion, m_credentials, ApiRequestBuilder::actionName(reply->operation()),
        reply->m_parameters, signingTime, QUuid::createUuid().toString(QUuid::WithoutBraces));

    QNetworkRequest &request = built.request;
    request.setTransferTimeout(d->transferTimeoutMs);
    // No redirects for API calls: the V3 signature covers the host, and a redirect away from
    // the gateway means a captive portal or a wrong endpoint, never a place to replay a
    // signed call to. The 3xx is reported as an error instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (built.body.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("0")); // some proxies want it

    // Without a body, no upload device: Qt would otherwise add an unsigned
    // "Content-Type: application/x-www-form-urlencoded" to the empty POST.
    QNetworkReply *networkReply = built.body.isEmpty()
        ? d->network->sendCustomRequest(request, built.method)
        : d->network->sendCustomRequest(request, built.method, built.body);
    reply->m_networkReply = networkReply;
    new ReplyLimiter(networkReply, d->maxResponseBytes, d->totalTimeoutMs);
    connect(networkReply, &QNetworkReply::finished, reply,
            [this, reply, networkReply] { onAttemptFinished(reply, networkReply); });
}

void SecurityCenterClient::onAttemptFinished(ApiReply *reply, QNetworkReply *networkReply)
{
    reply->m_networkReply.clear();
    networkReply->deleteLater();
    const QByteArray body = networkReply->isOpen() ? networkReply->readAll() : QByteArray();
    ApiError error = attemptOutcome(reply, networkReply, body);

    if (!error.isError()) {
        logAttempt(reply, networkReply, error, {});
        reply->finish(error);
        return;
    }
    if (retryWithServerTime(reply, networkReply, &error)) {
        logAttempt(reply, networkReply, error, QStringLiteral("clock skew: retrying with the server's time"));
        startAttempt(reply);
        return;
    }
    const int delay = retryDelay(reply, error, networkReply);
    if (delay >= 0) {
        logAttempt(reply, networkReply, error, QStringLiteral("retry in %1 ms").arg(delay));
        scheduleRetry(reply, delay);
        return;
    }
    logAttempt(reply, networkReply, error, error.detail);
    reply->finish(error);
}

ApiError SecurityCenterClient::attemptOutcome(ApiReply *reply, QNetworkReply *networkReply, const QByteArray &body)
{
    const QNetworkReply::NetworkError networkError = networkReply->error();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error;
    error.httpStatus = status;
    error.networkError = networkError;
    if (const ReplyLimiter::Verdict verdict = ReplyLimiter::verdictOf(networkReply);
        verdict != ReplyLimiter::Verdict::WithinLimits)
        return limitError(verdict == ReplyLimiter::Verdict::TooLarge, error);
    // A cancel disconnects before aborting, so an abort seen here is the transfer timeout.
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("The server did not answer within %n second(s).", nullptr,
                           qMax(1, (d->transferTimeoutMs + 999) / 1000));
        return error;
    }
    if (isTransportError(networkError) || (networkError != QNetworkReply::NoError && status == 0)) {
        error.kind = ApiError::Kind::Network;
        error.message = Redactor::text(networkReply->errorString(),
                                       { m_credentials.accessKeySecret, m_credentials.securityToken });
        error.detail = error.message;
        return error;
    }

    QJsonObject object;
    error = ApiResponseParser::parseEnvelope(status, body, &object);
    if (error.kind == ApiError::Kind::Service) // its Message is in the Lang that was sent
        error.lang = reply->m_parameters.value(QStringLiteral("Lang"));
    if (status >= 300 && status < 400 && error.kind == ApiError::Kind::MalformedResponse) {
        const QUrl target = networkReply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        error.message = tr("The endpoint answered with a redirect to %1; API calls are never redirected. "
                           "Check the endpoint address.")
                            .arg(Redactor::url(networkReply->url().resolved(target)));
    }
    if (error.isError())
        return error;
    return deliver(reply, object);
}

ApiError SecurityCenterClient::limitError(bool tooLarge, ApiError error) const
{
    if (tooLarge) {
        error.kind = ApiError::Kind::MalformedResponse;
        error.code = ApiError::responseTooLargeCode();
        error.message = tr("The server's answer is larger than %n MiB; it was not read.", nullptr,
                           int(qMax<qint64>(1, d->maxResponseBytes >> 20)));
    } else {
        error.kind = ApiError::Kind::Timeout;
        error.code = ApiError::responseTooSlowCode();
        error.message = tr("The server did not finish its answer within %n second(s).", nullptr,
                           qMax(1, (d->totalTimeoutMs + 999) / 1000));
    }
    error.detail = error.code;
    return error;
}

ApiError SecurityCenterClient::deliver(ApiReply *reply, const QJsonObject &object)
{
    ApiError error;
    reply->m_requestId = ApiResponseParser::toText(object.value(QLatin1String("RequestId")));
    switch (reply->operation()) {
    case ApiReply::Operation::DescribeCustomizeReportList:
        if (!object.contains(QLatin1String("ReportList")) && !object.contains(QLatin1String("RequestId"))) {
            error.kind = ApiError::Kind::MalformedResponse;
            error.message = tr("The answer has no report list.");
        }
        reply->m_reports = ApiResponseParser::parseReportList(object);
        break;
    case ApiReply::Operation::ExportCustomizeReport:
    case ApiReply::Operation::DescribeReportExport:
        reply->m_exportInfo = ApiResponseParser::parseExportInfo(object);
        if (reply->m_exportInfo.exportId <= 0)
            reply->m_exportInfo.exportId = reply->m_parameters.value(QStringLiteral("ExportId")).toLongLong();
        if (reply->m_exportInfo.exportId <= 0) {
            error.kind = ApiError::Kind::MalformedResponse;
            error.message = tr("The answer has no export ID.");
        } else if (reply->operation() == ApiReply::Operation::DescribeReportExport
                   && !object.contains(QLatin1String("ExportStatus"))) {
            error.kind = ApiError::Kind::MalformedResponse;
            error.message = tr("The answer has no export status.");
        }
        break;
    }
    if (error.isError()) {
        error.httpStatus = 200;
        error.requestId = reply->m_requestId;
        error.detail = ApiResponseParser::bodyExcerpt(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return error;
}

// InvalidTimeStamp.Expired: learn the offset from the answer's Date header and retry once
// with the corrected time. When that was already tried, say how far off the clock is.
bool SecurityCenterClient::retryWithServerTime(ApiReply *reply, QNetworkReply *networkReply, ApiError *error)
{
    if (error->kind != ApiError::Kind::Service || error->code != QLatin1String("InvalidTimeStamp.Expired"))
        return false;
    const QDateTime serverTime = parseHttpDate(networkReply->rawHeader(QByteArrayLiteral("Date")));
    if (!serverTime.isValid())
        return false;
    const qint64 offsetMs = now().msecsTo(serverTime);
    if (!reply->m_skewCorrected) {
        reply->m_skewCorrected = true;
        d->clockOffsetMs = offsetMs;
        return true;
    }
    // Positive: the computer is ahead of the service.
    error->clockSkewMinutes = int(qRound64(double(-offsetMs) / 60000.0));
    error->detail = QStringLiteral("clock offset %1 min; service time %2")
                        .arg(error->clockSkewMinutes)
                        .arg(serverTime.toString(Qt::ISODate));
    return false;
}

// The wait before the next attempt, or -1 when this error is final.
int SecurityCenterClient::retryDelay(const ApiReply *reply, const ApiError &error, QNetworkReply *networkReply) const
{
    if (reply->m_retries >= d->retryPolicy.maxRetries())
        return -1;
    if (!RetryPolicy::isRetryable(error))
        return -1;
    return d->retryPolicy.delayMs(reply->m_retries, retryAfterFromHeaders(networkReply));
}

void SecurityCenterClient::scheduleRetry(ApiReply *reply, int delayMs)
{
    ++reply->m_retries;
    if (!reply->m_retryTimer) {
        reply->m_retryTimer = new QTimer(reply);
        reply->m_retryTimer->setSingleShot(true);
        connect(reply->m_retryTimer, &QTimer::timeout, reply, [this, reply] { startAttempt(reply); });
    }
    reply->m_retryTimer->start(delayMs);
}

void SecurityCenterClient::logAttempt(const ApiReply *reply, QNetworkReply *networkReply, const ApiError &error,
                                      const QString &note)
{
    if (!d->log)
        return;
    RequestLog::Entry entry;
    entry.time = reply->m_attemptStartedUtc;
    entry.action = ApiRequestBuilder::actionName(reply->operation());
    entry.method = networkReply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    entry.host = QString::fromLatin1(ApiRequestBuilder::hostHeader(m_endpoint.url()));
    entry.httpStatus = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    entry.code = error.code.isEmpty() ? kindName(error.kind) : error.code;
    entry.requestId = error.requestId.isEmpty() ? reply->m_requestId : error.requestId;
    entry.attempt = reply->m_attempts;
    entry.durationMs = reply->m_attemptTimer.elapsed();
    entry.note = note;
    d->log->record(entry);
}
