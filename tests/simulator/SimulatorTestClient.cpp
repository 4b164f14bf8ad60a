#include "SimulatorTestClient.h"

#include "signing/PercentEncoding.h"
#include "signing/SignerV1.h"
#include "signing/SignerV3.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

QByteArray encodeForm(const QMap<QString, QString> &params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += PercentEncoding::encode(it.key()) + '=' + PercentEncoding::encode(it.value());
    }
    return out;
}

} // namespace

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimulatorTestClient::SimulatorTestClient(const QUrl &endpoint)
    : m_endpoint(endpoint)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

ApiResult SimulatorTestClient::send(const ApiCall &call, int transferTimeoutMs)
{
    QNetworkRequest request;
    QByteArray body;
    QByteArray stringToSign;
    if (call.version == SignatureVersion::V1)
        buildV1(call, &request, &body, &stringToSign);
    else
        buildV3(call, &request, &body, &stringToSign);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = call.method == "POST" ? m_network.post(request, body)
                                                 : m_network.sendCustomRequest(request, call.method, body);
    ApiResult result = collect(reply);
    result.stringToSign = stringToSign;
    return result;
}

ApiResult SimulatorTestClient::fetch(const QUrl &url, const QByteArray &method)
{
    QNetworkRequest request(url);
    return collect(m_network.sendCustomRequest(request, method));
}

ApiResult SimulatorTestClient::exportAndWait(qint64 reportId, const QString &exportType,
                                             const AccessKeyCredentials &key, QStringList *statuses)
{
    ApiCall start;
    start.action = QStringLiteral("ExportCustomizeReport");
    start.params
        = { { QStringLiteral("ReportId"), QString::number(reportId) }, { QStringLiteral("ExportType"), exportType } };
    start.credentials = key;
    const ApiResult started = send(start);
    if (started.status != 200)
        return started;
    ApiCall poll;
    poll.action = QStringLiteral("DescribeReportExport");
    poll.params = { { QStringLiteral("ExportId"),
                      QString::number(started.json.value(QStringLiteral("ExportId")).toInteger()) } };
    poll.credentials = key;
    ApiResult last;
    // Asks again whenever the event loop comes back, for at most 30 s; after a
    // timeout the last answer (an export still running) tells the caller.
    const bool ended = QTest::qWaitFor(
        [&] {
            last = send(poll);
            const QString status = last.json.value(QStringLiteral("ExportStatus")).toString();
            if (statuses)
                statuses->append(status);
            return last.status != 200 || status == QLatin1String("2") || status == QLatin1String("-1");
        },
        30000);
    Q_UNUSED(ended)
    return last;
}

void SimulatorTestClient::buildV1(const ApiCall &call, QNetworkRequest *request, QByteArray *body,
                                  QByteArray *stringToSign) const
{
    QMap<QString, QString> params = call.params;
    params.insert(QStringLiteral("Action"), call.action);
    params.insert(QStringLiteral("Version"), call.apiVersion);
    params.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    AccessKeyCredentials key = call.credentials;
    if (!call.signingSecret.isEmpty())
        key.accessKeySecret = call.signingSecret;
    const QDateTime now = call.now.isValid() ? call.now : QDateTime::currentDateTimeUtc();
    const QString nonce = call.nonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : call.nonce;
    SignerV1::sign(params, call.method, key, now, nonce);
    QMap<QString, QString> unsignedParams = params;
    unsignedParams.remove(QStringLiteral("Signature"));
    *stringToSign = SignerV1::stringToSign(call.method, unsignedParams);
    for (const QString &name : call.dropParams)
        params.remove(name);

    const QByteArray encoded = encodeForm(params);
    QByteArray url = m_endpoint.toEncoded() + '/';
    if (call.formBody) {
        *body = encoded;
        request->setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    } else {
        url += '?' + encoded;
    }
    if (!call.bodyReplace.first.isEmpty())
        body->replace(call.bodyReplace.first, call.bodyReplace.second);
    request->setUrl(QUrl::fromEncoded(url, QUrl::StrictMode));
}

void SimulatorTestClient::buildV3(const ApiCall &call, QNetworkRequest *request, QByteArray *body,
                                  QByteArray *stringToSign) const
{
    SignerV3::Request signing;
    signing.method = call.method;
    const QByteArray host = m_endpoint.host().toLatin1() + ':' + QByteArray::number(m_endpoint.port());
    signing.headers.insert("host", host);
    signing.headers.insert("x-acs-action", call.action.toUtf8());
    signing.headers.insert("x-acs-version", call.apiVersion.toUtf8());
    if (call.formBody) {
        signing.body = encodeForm(call.params);
        signing.headers.insert("content-type", "application/x-www-form-urlencoded");
    } else {
        signing.query = call.params;
    }
    AccessKeyCredentials key = call.credentials;
    if (!call.signingSecret.isEmpty())
        key.accessKeySecret = call.signingSecret;
    const QDateTime now = call.now.isValid() ? call.now : QDateTime::currentDateTimeUtc();
    const QString nonce = call.nonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : call.nonce;
    SignerV3::sign(signing, key, now, nonce);
    *stringToSign = SignerV3::stringToSign(SignerV3::canonicalRequest(signing));
    for (const QByteArray &name : call.dropHeaders)
        signing.headers.remove(name);
    if (!call.authorizationOverride.isEmpty())
        signing.headers.insert("authorization", call.authorizationOverride);

    QByteArray url = m_endpoint.toEncoded() + '/';
    if (!signing.query.isEmpty())
        url += '?' + encodeForm(signing.query);
    request->setUrl(QUrl::fromEncoded(url, QUrl::StrictMode));
    for (auto it = signing.headers.cbegin(); it != signing.headers.cend(); ++it) {
        if (it.key() != "host")
            request->setRawHeader(it.key(), it.value());
    }
    *body = signing.body;
    if (!call.bodyReplace.first.isEmpty())
        body->replace(call.bodyReplace.first, call.bodyReplace.second);
}

ApiResult SimulatorTestClient::collect(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    ApiResult result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    result.jsonValid = parseError.error == QJsonParseError::NoError && document.isObject();
    result.json = document.object();
    reply->deleteLater();
    return result;
}
