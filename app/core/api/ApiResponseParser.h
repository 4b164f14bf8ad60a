#pragma once

#include "api/ApiError.h"
#include "api/ExportInfo.h"
#include "api/ReportInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// Turns what the service (or whatever stands in between: a proxy, a captive portal)
// answered into typed values, tolerating the documented variations: numbers sent as
// strings and strings as numbers, both ExportStatus vocabularies, UrlExpiredTime in
// seconds or milliseconds, unknown fields. Anything that is not a JSON object becomes
// a MalformedResponse error carrying the HTTP status and the (redacted) start of the
// body; it never passes as a success.
class ApiResponseParser
{
public:
    static constexpr int excerptLength = 200;

    // Checks the envelope. On success returns Kind::None and fills *object; otherwise a
    // Service error (an error body with Code/Message), or MalformedResponse.
    static ApiError parseEnvelope(int httpStatus, const QByteArray &body, QJsonObject *object);

    static QList<ReportInfo> parseReportList(const QJsonObject &object);
    static ReportInfo parseReport(const QJsonObject &object);
    static ExportInfo parseExportInfo(const QJsonObject &object);

    // A long from a JSON number or a decimal string; `fallback` when absent or not a whole number.
    static qint64 toInt64(const QJsonValue &value, qint64 fallback = 0);
    // The value as text: strings as they are, numbers without a fraction, booleans "true"/"false".
    static QString toText(const QJsonValue &value);
    // Epoch seconds or milliseconds, told apart by magnitude; invalid when absent or <= 0.
    static QDateTime toEpochDateTime(const QJsonValue &value);
    // The start of a body, redacted and at most excerptLength characters, for error details.
    static QString bodyExcerpt(const QByteArray &body);

private:
    static ApiError serviceError(int httpStatus, const QJsonObject &object);
    static ApiError malformed(int httpStatus, const QByteArray &body, const QString &why);
    static bool isErrorObject(int httpStatus, const QJsonObject &object);
};
