#include "api/ApiResponseParser.h"

#include "common/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

// Epoch values at or above this are milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973.
constexpr qint64 millisecondsThreshold = 100000000000LL;

QString field(const QJsonObject &object, const char *name)
{
    return ApiResponseParser::toText(object.value(QLatin1String(name)));
}

bool isSuccessCode(const QString &code)
{
    return code.isEmpty() || code == QLatin1String("200") || code.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0;
}

bool toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = ApiResponseParser::toText(value).trimmed().toLower();
    return text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes");
}

} // namespace

ApiError ApiResponseParser::parseEnvelope(int httpStatus, const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty())
        return malformed(httpStatus, body, QCoreApplication::translate("ApiResponseParser", "The answer was empty."));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(httpStatus, body,
                         QCoreApplication::translate("ApiResponseParser", "The answer is not valid JSON (%1).")
                             .arg(parseError.errorString()));
    if (!document.isObject())
        return malformed(httpStatus, body,
                         QCoreApplication::translate("ApiResponseParser", "The answer is not a JSON object."));

    const QJsonObject parsed = document.object();
    if (isErrorObject(httpStatus, parsed))
        return serviceError(httpStatus, parsed);
    if (httpStatus >= 300)
        return malformed(
            httpStatus, body,
            QCoreApplication::translate("ApiResponseParser", "Unexpected HTTP status %1.").arg(httpStatus));
    if (object)
        *object = parsed;
    return {};
}

bool ApiResponseParser::isErrorObject(int httpStatus, const QJsonObject &object)
{
    const QString code = field(object, "Code");
    if (httpStatus >= 400)
        return !code.isEmpty() || object.contains(QLatin1String("Message"));
    // Some gateways answer 200 with an error body: a non-success Code with a Message is an error.
    return !isSuccessCode(code) && object.contains(QLatin1String("Message"));
}

ApiError ApiResponseParser::serviceError(int httpStatus, const QJsonObject &object)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = httpStatus;
    error.code = field(object, "Code");
    error.message = Redactor::text(field(object, "Message"));
    error.requestId = field(object, "RequestId");
    error.hostId = field(object, "HostId");
    error.recommend = field(object, "Recommend");
    return error;
}

ApiError ApiResponseParser::malformed(int httpStatus, const QByteArray &body, const QString &why)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.httpStatus = httpStatus;
    error.message = why;
    error.detail = bodyExcerpt(body);
    return error;
}

QList<ReportInfo> ApiResponseParser::parseReportList(const QJsonObject &object)
{
    QList<ReportInfo> reports;
    const QJsonArray list = object.value(QLatin1String("ReportList")).toArray();
    for (const QJsonValue &entry : list) {
        if (entry.isObject())
            reports.append(parseReport(entry.toObject()));
    }
    return reports;
}

ReportInfo ApiResponseParser::parseReport(const QJsonObject &object)
{
    ReportInfo report;
    report.reportId = toInt64(object.value(QLatin1String("ReportId")));
    report.title = field(object, "Title");
    report.reportType = int(toInt64(object.value(QLatin1String("ReportType")), -1));
    report.reportStatus = field(object, "ReportStatus");
    report.isDefault = toBool(object.value(QLatin1String("IsDefault")));
    report.reportVersion = field(object, "ReportVersion").trimmed();
    report.reportStartDate = toEpochDateTime(object.value(QLatin1String("ReportStartDate")));
    report.reportEndDate = toEpochDateTime(object.value(QLatin1String("ReportEndDate")));
    report.reportDays = int(toInt64(object.value(QLatin1String("ReportDays"))));
    return report;
}

ExportInfo ApiResponseParser::parseExportInfo(const QJsonObject &object)
{
    ExportInfo info;
    info.exportId = toInt64(object.value(QLatin1String("ExportId")));
    info.reportId = toInt64(object.value(QLatin1String("ReportId")));
    info.rawStatus = field(object, "ExportStatus");
    info.status = exportStatusFromString(info.rawStatus);
    info.exportDate = field(object, "ExportDate");
    info.fileName = field(object, "FileName");
    const QString url = field(object, "DownloadUrl").trimmed();
    // TolerantMode keeps the query's percent-encoding as sent: re-encoding would break the OSS signature.
    if (!url.isEmpty())
        info.downloadUrl = QUrl(url, QUrl::TolerantMode);
    info.urlExpiresAt = toEpochDateTime(object.value(QLatin1String("UrlExpiredTime")));
    info.requestId = field(object, "RequestId");
    info.rawBody = object;
    return info;
}

qint64 ApiResponseParser::toInt64(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers only, and within the range a double holds exactly.
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return qint64(number);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

QString ApiResponseParser::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: break;
    }
    return {};
}

QDateTime ApiResponseParser::toEpochDateTime(const QJsonValue &value)
{
    const qint64 epoch = toInt64(value);
    if (epoch <= 0)
        return {};
    const qint64 ms = epoch >= millisecondsThreshold ? epoch : epoch * 1000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString ApiResponseParser::bodyExcerpt(const QByteArray &body)
{
    // Redact the whole text first so a cut can never leave half a secret visible.
    QString text = Redactor::text(QString::fromUtf8(body.left(4096))).simplified();
    if (text.size() > excerptLength)
        text = text.left(excerptLength - 1) + QChar(0x2026);
    return text;
}
