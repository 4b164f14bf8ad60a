#include "CliOutput.h"

#include "api/ApiErrorText.h"
#include "api/ExportStatusNames.h"
#include "api/ReportTypeNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString pad(const QString &text, int width)
{
    return text + QString(qMax(0, width - CliOutput::displayWidth(text)), QLatin1Char(' '));
}

qint64 epochMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

} // namespace

QJsonObject CliOutput::exportStatusJson(const ExportInfo &info)
{
    QJsonObject object;
    object.insert(QStringLiteral("ExportId"), info.exportId);
    object.insert(QStringLiteral("ReportId"), info.reportId);
    const QString code = exportStatusCode(info.status);
    object.insert(QStringLiteral("ExportStatus"), code.isEmpty() ? info.rawStatus : code);
    object.insert(QStringLiteral("ExportDate"), info.exportDate);
    if (info.urlExpiresAt.isValid())
        object.insert(QStringLiteral("UrlExpiredTime"), epochMs(info.urlExpiresAt));
    // The link exactly as the service sent it: re-encoding its query would break its signature.
    const QJsonValue rawUrl = info.rawBody.value(QLatin1String("DownloadUrl"));
    if (rawUrl.isString() && !rawUrl.toString().isEmpty())
        object.insert(QStringLiteral("DownloadUrl"), rawUrl);
    else if (!info.downloadUrl.isEmpty())
        object.insert(QStringLiteral("DownloadUrl"), info.downloadUrl.toString(QUrl::FullyEncoded));
    object.insert(QStringLiteral("RequestId"), info.requestId);
    return object;
}

QJsonObject CliOutput::exportStartedJson(const ExportInfo &info)
{
    QJsonObject object;
    object.insert(QStringLiteral("ExportId"), info.exportId);
    object.insert(QStringLiteral("ReportId"), info.reportId);
    object.insert(QStringLiteral("RequestId"), info.requestId);
    return object;
}

QJsonObject CliOutput::reportListJson(const QList<ReportInfo> &reports)
{
    QJsonArray list;
    for (const ReportInfo &report : reports) {
        QJsonObject object;
        object.insert(QStringLiteral("ReportId"), report.reportId);
        object.insert(QStringLiteral("Title"), report.title);
        object.insert(QStringLiteral("ReportType"), report.reportType);
        object.insert(QStringLiteral("ReportStatus"), report.reportStatus);
        object.insert(QStringLiteral("IsDefault"), report.isDefault ? QStringLiteral("1") : QStringLiteral("0"));
        object.insert(QStringLiteral("ReportVersion"), report.reportVersion);
        if (report.reportStartDate.isValid())
            object.insert(QStringLiteral("ReportStartDate"), epochMs(report.reportStartDate));
        if (report.reportEndDate.isValid())
            object.insert(QStringLiteral("ReportEndDate"), epochMs(report.reportEndDate));
        object.insert(QStringLiteral("ReportDays"), report.reportDays);
        list.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("ReportList"), list);
    return object;
}

QJsonObject CliOutput::errorJson(const QString &code, const QString &message, const QString &requestId, int httpStatus)
{
    QJsonObject object;
    object.insert(QStringLiteral("Code"), code);
    object.insert(QStringLiteral("Message"), message);
    object.insert(QStringLiteral("RequestId"), requestId);
    object.insert(QStringLiteral("HttpStatus"), httpStatus);
    return object;
}

QJsonObject CliOutput::apiErrorJson(const ApiError &error)
{
    const QString message = error.message.isEmpty() ? error.detail : error.message;
    return errorJson(errorCode(error), message, error.requestId, error.httpStatus);
}

QByteArray CliOutput::jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString CliOutput::statusName(ExportStatus status, const QString &rawStatus)
{
    return ExportStatusNames::name(status, rawStatus);
}

QString CliOutput::reportTypeName(int reportType)
{
    return ReportTypeNames::name(reportType);
}

QString CliOutput::reportTable(const QList<ReportInfo> &reports)
{
    if (reports.isEmpty())
        return tr("No reports.") + QLatin1Char('\n');
    QList<QStringList> rows;
    rows.append({ tr("ReportId"), tr("Version"), tr("Type"), tr("Formats"), tr("Title") });
    for (const ReportInfo &report : reports) {
        const QString formats = report.supportsPdf() ? QStringLiteral("HTML, PDF") : QStringLiteral("HTML");
        rows.append({ QString::number(report.reportId), report.reportVersion, reportTypeName(report.reportType),
                      formats, report.title });
    }
    return alignedRows(rows);
}

QString CliOutput::exportStatusText(const ExportInfo &info)
{
    QList<QStringList> rows;
    rows.append({ tr("ExportId:"), QString::number(info.exportId) });
    rows.append({ tr("ReportId:"), QString::number(info.reportId) });
    rows.append({ tr("Status:"), statusName(info.status, info.rawStatus) });
    if (!info.exportDate.isEmpty())
        rows.append({ tr("Export date:"), info.exportDate });
    if (!info.downloadUrl.isEmpty() && info.urlExpiresAt.isValid())
        rows.append({ tr("Link valid until:"), localTime(info.urlExpiresAt) });
    rows.append({ tr("RequestId:"), info.requestId });
    QString text = alignedRows(rows);
    // The link itself is a bearer credential: print it only on request (--json),
    // never into a cron job's mail or log by default.
    if (info.status == ExportStatus::Succeeded) {
        text += tr("Download it with: reportdesk-cli download %1 --output PATH").arg(info.exportId) + QLatin1Char('\n');
    }
    return text;
}

QString CliOutput::exportStartedText(const ExportInfo &info)
{
    return alignedRows({ { tr("ExportId:"), QString::number(info.exportId) },
                         { tr("ReportId:"), QString::number(info.reportId) },
                         { tr("RequestId:"), info.requestId } });
}

QString CliOutput::apiErrorText(const ApiError &error, ApiReply::Operation operation)
{
    QList<QStringList> rows;
    if (!error.message.isEmpty())
        rows.append({ tr("Message:"), error.message });
    rows.append({ tr("Code:"), errorCode(error) });
    if (error.httpStatus > 0)
        rows.append({ tr("HTTP status:"), QString::number(error.httpStatus) });
    if (!error.requestId.isEmpty())
        rows.append({ tr("RequestId:"), error.requestId });
    if (!error.detail.isEmpty() && error.detail != error.message)
        rows.append({ tr("Detail:"), error.detail });
    const QString advice = ApiErrorText::hint(error, operation);
    if (!advice.isEmpty())
        rows.append({ tr("Hint:"), advice });
    if (!error.recommend.isEmpty())
        rows.append({ tr("See also:"), error.recommend });

    QString text = tr("Error: %1").arg(ApiErrorText::explanation(error, operation)) + QLatin1Char('\n');
    const QString details = alignedRows(rows);
    for (const QString &line : details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}

QString CliOutput::errorCode(const ApiError &error)
{
    if (!error.code.isEmpty())
        return error.code;
    switch (error.kind) {
    case ApiError::Kind::None: return {};
    case ApiError::Kind::Network: return QStringLiteral("NetworkError");
    case ApiError::Kind::Timeout: return QStringLiteral("Timeout");
    case ApiError::Kind::Service: return QStringLiteral("ServiceError");
    case ApiError::Kind::MalformedResponse: return QStringLiteral("MalformedResponse");
    case ApiError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case ApiError::Kind::InvalidRequest: return QStringLiteral("InvalidRequest");
    }
    return {};
}

CliExitCode CliOutput::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None: return CliExitCode::Ok;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled: return CliExitCode::Network;
    case ApiError::Kind::Service:
    case ApiError::Kind::MalformedResponse: return CliExitCode::Service;
    case ApiError::Kind::InvalidRequest: return CliExitCode::Usage;
    }
    return CliExitCode::Service;
}

int CliOutput::displayWidth(const QString &text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints)
        width += isWide(c) ? 2 : 1;
    return width;
}

QString CliOutput::alignedRows(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = qMax(widths.at(column), displayWidth(row.at(column)));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : pad(row.at(column), widths.at(column)) + QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}
