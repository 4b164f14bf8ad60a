#include "simulator/SecurityCenterSimulator.h"

#include "simulator/HttpServer.h"
#include "simulator/OssSimulator.h"
#include "simulator/ReportDocument.h"
#include "simulator/ServiceMessages.h"
#include "simulator/SimulatorScenario.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace {

const QString apiVersion = QStringLiteral("2018-12-03");
const QString listAction = QStringLiteral("DescribeCustomizeReportList");
const QString exportAction = QStringLiteral("ExportCustomizeReport");
const QString describeAction = QStringLiteral("DescribeReportExport");

QByteArray newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper().toLatin1();
}

QString chinaDate(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().addSecs(8 * 3600).date().toString(Qt::ISODate);
}

bool parseLong(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

SecurityCenterSimulator::SecurityCenterSimulator(const SimulatorConfig &config, std::shared_ptr<SimulatorFaults> faults,
                                                 OssSimulator *oss, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(std::move(faults))
    , m_oss(oss)
    , m_server(new HttpServer([this](const HttpRequest &request) { return handle(request); }, this))
    , m_reports(SimulatorScenario::demoReports())
    // The real service never hands out an ExportId twice. Seeding from the
    // wall clock keeps that true across restarts of the demo, whose saved task
    // list would otherwise meet the same IDs again for different reports.
    , m_nextExportId(QDateTime::currentMSecsSinceEpoch())
{
    m_clock.start();
    setSpeedFactor(config.speedFactor);
    loadState();
}

SecurityCenterSimulator::~SecurityCenterSimulator() = default;

bool SecurityCenterSimulator::start(quint16 port)
{
    return m_server->listen(port);
}

void SecurityCenterSimulator::stop()
{
    m_server->close();
}

bool SecurityCenterSimulator::isListening() const
{
    return m_server->isListening();
}

quint16 SecurityCenterSimulator::port() const
{
    return m_server->serverPort();
}

QString SecurityCenterSimulator::errorString() const
{
    return m_server->errorString();
}

QUrl SecurityCenterSimulator::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void SecurityCenterSimulator::addAccessKey(const SimulatorAccessKey &key)
{
    m_authenticator.addKey(key);
}

bool SecurityCenterSimulator::removeAccessKey(const QString &accessKeyId)
{
    return m_authenticator.removeKey(accessKeyId);
}

void SecurityCenterSimulator::setSpeedFactor(double factor)
{
    m_config.speedFactor = factor > 0 ? factor : 1.0;
}

HttpResponse SecurityCenterSimulator::handle(const HttpRequest &request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Call call;
    call.requestId = newRequestId();
    call.hostId = QString::fromLatin1(request.header(QByteArrayLiteral("host")));
    call.hostId = call.hostId.left(call.hostId.lastIndexOf(QLatin1Char(':')));
    call.params = HttpRequest::parseForm(request.rawQuery());
    if (request.isFormBody()) {
        const QMap<QString, QString> form = HttpRequest::parseForm(request.body);
        for (auto it = form.cbegin(); it != form.cend(); ++it)
            call.params.insert(it.key(), it.value());
    }
    call.lang = call.params.value(QStringLiteral("Lang"));

    HttpResponse response = respond(request, call, now);
    response.delayMs = m_faults->delayMs;
    if (SimulatorFaults::take(&m_faults->cutApiNext))
        response.cutAfterBodyBytes = response.bodySize() / 2;
    record(call, request, response);
    return response;
}

HttpResponse SecurityCenterSimulator::respond(const HttpRequest &request, Call &call, const QDateTime &nowUtc)
{
    // Gateway-level trouble comes before anything looks at the request.
    if (SimulatorFaults::take(&m_faults->serverErrorNext))
        return errorResponse(call, ServiceError::make(503, QStringLiteral("ServiceUnavailable")));
    if (SimulatorFaults::take(&m_faults->htmlPageNext))
        return htmlPage(call);
    if (request.method != "GET" && request.method != "POST")
        return errorResponse(call, ServiceError::make(400, QStringLiteral("UnsupportedHTTPMethod")));

    ServiceError error = checkAction(request, call);
    if (error.isError())
        return errorResponse(call, error);

    const GatewayAuthenticator::Result auth = m_authenticator.authenticate(request, call.params, nowUtc);
    call.record.accessKeyId = auth.accessKeyId;
    call.record.hasSecurityToken = auth.hasSecurityToken;
    if (auth.error.isError())
        return errorResponse(call, auth.error);
    if (SimulatorFaults::take(&m_faults->throttleNext))
        return errorResponse(call, ServiceError::make(400, QStringLiteral("Throttling.User")));

    QJsonObject body;
    error = perform(call, nowUtc, &body);
    if (error.isError())
        return errorResponse(call, error);
    HttpResponse response = jsonResponse(call, 200, body);
    if (SimulatorFaults::take(&m_faults->malformedJsonNext))
        response.body.chop(response.body.size() / 3 + 1);
    return response;
}

ServiceError SecurityCenterSimulator::checkAction(const HttpRequest &request, Call &call) const
{
    const bool v3 = GatewayAuthenticator::isV3(request);
    call.action = v3 ? QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-action")))
                     : call.params.value(QStringLiteral("Action"));
    const QString version = v3 ? QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-version")))
                               : call.params.value(QStringLiteral("Version"));
    call.record.apiVersion = version;
    call.record.signatureVersion = v3 ? QStringLiteral("v3") : QStringLiteral("v1");
    if (call.action.isEmpty())
        return ServiceError::make(400, QStringLiteral("MissingParameter"),
                                  v3 ? QStringLiteral("x-acs-action") : QStringLiteral("Action"));
    if (version.isEmpty())
        return ServiceError::make(400, QStringLiteral("MissingParameter"),
                                  v3 ? QStringLiteral("x-acs-version") : QStringLiteral("Version"));
    if (version != apiVersion)
        return ServiceError::make(400, QStringLiteral("InvalidVersion"));
    if (call.action != listAction && call.action != exportAction && call.action != describeAction)
        return ServiceError::make(404, QStringLiteral("InvalidAction.NotFound"));
    if (request.path() != "/")
        return ServiceError::make(404, QStringLiteral("InvalidAction.NotFound"));
    return {};
}

ServiceError SecurityCenterSimulator::perform(const Call &call, const QDateTime &nowUtc, QJsonObject *body)
{
    if (call.action == listAction)
        return describeCustomizeReportList(call, body);
    if (call.action == exportAction)
        return exportCustomizeReport(call, nowUtc, body);
    return describeReportExport(call, nowUtc, body);
}

ServiceError SecurityCenterSimulator::describeCustomizeReportList(const Call &call, QJsonObject *body) const
{
    const QString type = call.params.value(QStringLiteral("ReportType"));
    const QString status = call.params.value(QStringLiteral("ReportStatus"));
    const QString version = call.params.value(QStringLiteral("ReportVersion"));
    const QString title = call.params.value(QStringLiteral("Title"));
    const QString pinned = call.params.value(QStringLiteral("Pinned"));
    QJsonArray list;
    for (const SimulatorReport &report : m_reports) {
        if ((!type.isEmpty() && type != QString::number(report.reportType))
            || (!status.isEmpty() && status != report.reportStatus)
            || (!version.isEmpty() && version != report.reportVersion)
            || (!title.isEmpty() && !report.title.contains(title, Qt::CaseInsensitive))
            || (pinned == QLatin1String("1") && report.pinnedTimeMs == 0))
            continue;
        QJsonObject item;
        item.insert(QStringLiteral("ReportId"), report.reportId);
        item.insert(QStringLiteral("Title"), report.title);
        item.insert(QStringLiteral("ReportType"), report.reportType);
        item.insert(QStringLiteral("ReportStatus"), report.reportStatus);
        item.insert(QStringLiteral("IsDefault"), report.isDefault ? QStringLiteral("1") : QStringLiteral("0"));
        item.insert(QStringLiteral("ReportVersion"), report.reportVersion);
        item.insert(QStringLiteral("ReportDays"), report.reportDays);
        // Fixed dates keep the answer stable: 2026-11-01 .. 2026-11-01 + ReportDays.
        const qint64 start = 1793491200000;
        item.insert(QStringLiteral("ReportStartDate"), start);
        item.insert(QStringLiteral("ReportEndDate"), start + qint64(report.reportDays) * 86400000);
        if (report.pinnedTimeMs > 0)
            item.insert(QStringLiteral("PinnedTime"), report.pinnedTimeMs);
        list.append(item);
    }
    body->insert(QStringLiteral("ReportList"), list);
    return {};
}

const SimulatorReport *SecurityCenterSimulator::findReport(qint64 reportId) const
{
    for (const SimulatorReport &report : m_reports) {
        if (report.reportId == reportId)
            return &report;
    }
    return nullptr;
}

ServiceError SecurityCenterSimulator::exportCustomizeReport(const Call &call, const QDateTime &nowUtc,
                                                            QJsonObject *body)
{
    const QString idText = call.params.value(QStringLiteral("ReportId"));
    if (idText.isEmpty())
        return ServiceError::make(400, QStringLiteral("MissingParameter"), QStringLiteral("ReportId"));
    qint64 reportId = 0;
    const SimulatorReport *report = parseLong(idText, &reportId) ? findReport(reportId) : nullptr;
    if (!report)
        return ServiceError::make(400, QStringLiteral("IllegalParam"), QStringLiteral("ReportId=") + idText);
    const QString type = call.params.value(QStringLiteral("ExportType"), QStringLiteral("HTML"));
    if (type != QLatin1String("HTML") && type != QLatin1String("PDF"))
        return ServiceError::make(400, QStringLiteral("IllegalParam"), QStringLiteral("ExportType=") + type);
    if (type == QLatin1String("PDF") && !report->supportsPdf())
        return ServiceError::make(400, QStringLiteral("IllegalParam"),
                                  QStringLiteral("ExportType=PDF (PDF export requires report version 2.0.0)"));
    if (report->behaviour == SimulatorReport::Behaviour::NoPermission)
        return ServiceError::make(403, QStringLiteral("NoPermission"), QStringLiteral("yundun-sas:") + exportAction);

    if (m_exports.size() >= maxExports)
        forgetOldestExport();
    Export job;
    job.exportId = m_nextExportId++;
    job.reportId = reportId;
    job.pdf = type == QLatin1String("PDF");
    job.exportDate = QDate::fromString(chinaDate(nowUtc), Qt::ISODate);
    job.startedMs = m_clock.elapsed();
    const QString extension = job.pdf ? QStringLiteral("pdf") : QStringLiteral("html");
    job.fileName = report->title + QLatin1Char('_') + job.exportDate.toString(QStringLiteral("yyyyMMdd"))
        + QLatin1Char('_') + QString::number(job.exportId) + QLatin1Char('.') + extension;
    job.objectKey = QStringLiteral("sas/report/%1/%2.%3").arg(job.exportId).arg(reportId).arg(extension);
    m_exports.insert(job.exportId, job);
    saveState();

    body->insert(QStringLiteral("ExportId"), job.exportId);
    body->insert(QStringLiteral("ReportId"), reportId);
    body->insert(QStringLiteral("ExportDate"), job.exportDate.toString(Qt::ISODate));
    body->insert(QStringLiteral("FileName"), job.fileName);
    body->insert(QStringLiteral("ExportStatus"), QStringLiteral("exporting"));
    return {};
}

QString SecurityCenterSimulator::exportStatusCode(const Export &job) const
{
    // Nanoseconds, not whole milliseconds: a poll in the same millisecond as the
    // start must still see time pass when the speed factor is huge.
    const double elapsedMs = double(m_clock.nsecsElapsed()) / 1e6 - double(job.startedMs);
    const double scaled = elapsedMs * m_config.speedFactor;
    const SimulatorReport *report = findReport(job.reportId);
    const int slowdown = report ? qMax(1, report->exportSlowdown) : 1;
    if (scaled < double(initializingMs))
        return QStringLiteral("0");
    if (scaled < double(initializingMs + exportingMs * slowdown))
        return QStringLiteral("1");
    return report && report->behaviour == SimulatorReport::Behaviour::ExportFails ? QStringLiteral("-1")
                                                                                  : QStringLiteral("2");
}

ServiceError SecurityCenterSimulator::describeReportExport(const Call &call, const QDateTime &nowUtc, QJsonObject *body)
{
    const QString idText = call.params.value(QStringLiteral("ExportId"));
    if (idText.isEmpty())
        return ServiceError::make(400, QStringLiteral("MissingParameter"), QStringLiteral("ExportId"));
    qint64 exportId = 0;
    const auto it = parseLong(idText, &exportId) ? m_exports.constFind(exportId) : m_exports.cend();
    if (it == m_exports.cend())
        return ServiceError::make(400, QStringLiteral("IllegalParam"), QStringLiteral("ExportId=") + idText);

    const QString status = exportStatusCode(*it);
    body->insert(QStringLiteral("ExportId"), it->exportId);
    body->insert(QStringLiteral("ReportId"), it->reportId);
    body->insert(QStringLiteral("ExportDate"), it->exportDate.toString(Qt::ISODate));
    body->insert(QStringLiteral("ExportStatus"), status);
    if (status == QLatin1String("2")) {
        publish(*it);
        const QDateTime expires = nowUtc.addSecs(m_config.urlTtlSeconds);
        // The OSS Expires has whole seconds; UrlExpiredTime says the same instant in ms.
        body->insert(QStringLiteral("DownloadUrl"),
                     QString::fromUtf8(m_oss->presign(it->objectKey, expires).toEncoded()));
        body->insert(QStringLiteral("UrlExpiredTime"), expires.toSecsSinceEpoch() * 1000);
    }
    return {};
}

void SecurityCenterSimulator::publish(const Export &job)
{
    if (m_oss->hasObject(job.objectKey))
        return;
    const SimulatorReport *report = findReport(job.reportId);
    if (!report)
        return;
    OssSimulator::Object object;
    object.content = ReportDocument::create(*report, job.pdf, job.exportId, job.exportDate, m_config.largeReportBytes);
    object.contentType = job.pdf ? QByteArrayLiteral("application/pdf") : QByteArrayLiteral("text/html");
    m_oss->putObject(job.objectKey, object);
}

// Each export is stored with the wall-clock time it started, so after a
// restart its progress continues from where the clock says it is.
void SecurityCenterSimulator::loadState()
{
    if (m_config.stateFile.isEmpty())
        return;
    QFile file(m_config.stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray exports
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("exports")).toArray();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue &value : exports) {
        const QJsonObject o = value.toObject();
        Export job;
        job.exportId = o.value(QStringLiteral("exportId")).toInteger();
        job.reportId = o.value(QStringLiteral("reportId")).toInteger();
        job.pdf = o.value(QStringLiteral("pdf")).toBool();
        job.exportDate = QDate::fromString(o.value(QStringLiteral("exportDate")).toString(), Qt::ISODate);
        job.fileName = o.value(QStringLiteral("fileName")).toString();
        job.objectKey = o.value(QStringLiteral("objectKey")).toString();
        job.startedMs = o.value(QStringLiteral("startedAtMs")).toInteger() - nowMs; // relative to m_clock's start
        if (job.exportId <= 0 || !findReport(job.reportId) || job.objectKey.isEmpty())
            continue;
        m_exports.insert(job.exportId, job);
        m_nextExportId = qMax(m_nextExportId, job.exportId + 1);
    }
}

void SecurityCenterSimulator::saveState() const
{
    if (m_config.stateFile.isEmpty())
        return;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - m_clock.elapsed();
    QJsonArray exports;
    for (const Export &job : m_exports) {
        exports.append(QJsonObject {
            { QStringLiteral("exportId"), job.exportId },
            { QStringLiteral("reportId"), job.reportId },
            { QStringLiteral("pdf"), job.pdf },
            { QStringLiteral("exportDate"), job.exportDate.toString(Qt::ISODate) },
            { QStringLiteral("fileName"), job.fileName },
            { QStringLiteral("objectKey"), job.objectKey },
            { QStringLiteral("startedAtMs"), startMs + job.startedMs },
        });
    }
    QDir().mkpath(QFileInfo(m_config.stateFile).absolutePath());
    QSaveFile file(m_config.stateFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("exports"), exports } }).toJson(QJsonDocument::Compact));
    // A demo that cannot remember is still a demo: on failure the old file stays.
    file.commit();
}

void SecurityCenterSimulator::forgetOldestExport()
{
    const auto oldest = m_exports.begin();
    m_oss->removeObject(oldest->objectKey);
    m_exports.erase(oldest);
}

HttpResponse SecurityCenterSimulator::jsonResponse(const Call &call, int status, const QJsonObject &body) const
{
    QJsonObject withId = body;
    withId.insert(QStringLiteral("RequestId"), QString::fromLatin1(call.requestId));
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(withId).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json;charset=utf-8");
    response.setHeader("x-acs-request-id", call.requestId);
    return response;
}

HttpResponse SecurityCenterSimulator::errorResponse(const Call &call, const ServiceError &error) const
{
    QJsonObject body;
    body.insert(QStringLiteral("HostId"), call.hostId);
    body.insert(QStringLiteral("Code"), error.code);
    body.insert(QStringLiteral("Message"), ServiceMessages::message(error.code, error.detail, call.lang));
    body.insert(QStringLiteral("Recommend"),
                QString(QStringLiteral("https://api.aliyun.com/troubleshoot?q=") + error.code
                        + QStringLiteral("&product=Sas&requestId=") + QString::fromLatin1(call.requestId)));
    HttpResponse response = jsonResponse(call, error.httpStatus, body);
    const bool retryable
        = error.code == QLatin1String("Throttling.User") || error.code == QLatin1String("ServiceUnavailable");
    if (retryable && m_faults->retryAfterMs > 0)
        response.setHeader("x-acs-retry-after", QByteArray::number(m_faults->retryAfterMs));
    return response;
}

HttpResponse SecurityCenterSimulator::htmlPage(const Call &call) const
{
    HttpResponse response;
    response.body = QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Web Authentication</title></head>\n"
                                      "<body><h1>Please sign in to continue</h1>\n"
                                      "<p>Your network requires authentication before you can reach the Internet.</p>\n"
                                      "</body></html>\n");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("x-acs-request-id", call.requestId);
    return response;
}

void SecurityCenterSimulator::record(Call &call, const HttpRequest &request, const HttpResponse &response)
{
    RecordedRequest &r = call.record;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.method = request.method;
    r.path = request.path();
    r.action = call.action;
    r.lang = call.lang;
    r.formBody = request.isFormBody() && !request.body.isEmpty();
    r.params = call.params;
    if (r.params.contains(QStringLiteral("SecurityToken")))
        r.params.insert(QStringLiteral("SecurityToken"), QStringLiteral("<redacted>"));
    r.headers = request.headers;
    for (auto &header : r.headers) {
        if (header.first == "x-acs-security-token")
            header.second = QByteArrayLiteral("<redacted>");
    }
    r.httpStatus = response.status;
    r.requestId = QString::fromLatin1(call.requestId);
    if (response.status != 200) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        r.errorCode = body.value(QStringLiteral("Code")).toString();
    }
    if (m_recorded.size() >= maxRecorded)
        m_recorded.removeFirst();
    m_recorded.append(r);
    Q_EMIT requestRecorded();
}
