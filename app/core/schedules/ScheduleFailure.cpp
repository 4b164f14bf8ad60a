#include "schedules/ScheduleFailure.h"

#include "api/ApiErrorText.h"

namespace {

bool isPermanent(ApiErrorText::Category category)
{
    switch (category) {
    case ApiErrorText::Category::InvalidRequest:
    case ApiErrorText::Category::BadAccessKeyId:
    case ApiErrorText::Category::InactiveAccessKey:
    case ApiErrorText::Category::WrongSecret:
    case ApiErrorText::Category::SecurityToken:
    case ApiErrorText::Category::NoPermission:
    case ApiErrorText::Category::InvalidParameter:
    case ApiErrorText::Category::OtherService: return true;
    case ApiErrorText::Category::None:
    case ApiErrorText::Category::Cancelled:
    case ApiErrorText::Category::ClockSkew:
    case ApiErrorText::Category::NonceReused:
    case ApiErrorText::Category::Throttled:
    case ApiErrorText::Category::ServerError:
    case ApiErrorText::Category::Offline:
    case ApiErrorText::Category::Proxy:
    case ApiErrorText::Category::Tls:
    case ApiErrorText::Category::Timeout:
    case ApiErrorText::Category::Malformed: break;
    }
    return false;
}

} // namespace

ScheduleFailure ScheduleFailure::make(const QString &kind, const QString &detail, bool permanent)
{
    ScheduleFailure failure;
    failure.kind = kind;
    failure.detail = detail;
    failure.permanent = permanent;
    return failure;
}

ScheduleFailure ScheduleFailure::fromApi(const ApiError &error)
{
    // The service's Message is in the request's language and ApiError::detail may
    // hold Qt's translated network text: neither is kept, only codes and numbers.
    QString kind;
    switch (error.kind) {
    case ApiError::Kind::Network: kind = QStringLiteral("network"); break;
    case ApiError::Kind::Timeout: kind = QStringLiteral("timeout"); break;
    case ApiError::Kind::Service: kind = QStringLiteral("service:") + error.code; break;
    case ApiError::Kind::MalformedResponse: kind = QStringLiteral("malformed"); break;
    case ApiError::Kind::Cancelled: kind = QStringLiteral("cancelled"); break;
    case ApiError::Kind::InvalidRequest: kind = QStringLiteral("invalid-request:") + error.code; break;
    case ApiError::Kind::None: kind = QStringLiteral("none"); break;
    }
    QStringList detail;
    if (!error.code.isEmpty())
        detail << QStringLiteral("Code=") + error.code;
    if (error.httpStatus != 0)
        detail << QStringLiteral("HTTP=") + QString::number(error.httpStatus);
    if (!error.requestId.isEmpty())
        detail << QStringLiteral("RequestId=") + error.requestId;
    if (error.networkError != 0)
        detail << QStringLiteral("NetworkError=") + QString::number(error.networkError);
    return make(kind, detail.join(QLatin1Char(' ')), isPermanent(ApiErrorText::category(error)));
}

ScheduleFailure ScheduleFailure::fromDownload(const DownloadResult &result)
{
    if (result.kind == DownloadResult::Kind::LinkUnavailable && result.apiError.isError())
        return fromApi(result.apiError);
    QStringList detail;
    if (result.httpStatus != 0)
        detail << QStringLiteral("HTTP=") + QString::number(result.httpStatus);
    if (!result.ossCode.isEmpty())
        detail << QStringLiteral("Code=") + result.ossCode;
    if (!result.ossRequestId.isEmpty())
        detail << QStringLiteral("RequestId=") + result.ossRequestId;
    detail << QStringLiteral("Bytes=") + QString::number(result.bytesReceived);
    // Every download problem may go away: a fresh link, a network back, room on the disk.
    return make(QStringLiteral("download:") + DownloadResult::kindKey(result.kind), detail.join(QLatin1Char(' ')),
                false);
}

ScheduleFailure ScheduleFailure::fromCredentials(const CredentialError &error)
{
    // No entry: the profile has no secret until someone adds it again; a locked or
    // missing keychain may be back after the next login.
    if (error.code == CredentialError::Code::NotFound)
        return make(QStringLiteral("keychain:not-found"), QString(), true);
    const QString code = error.code == CredentialError::Code::NoBackend
        ? QStringLiteral("no-backend")
        : (error.code == CredentialError::Code::AccessDenied ? QStringLiteral("access-denied")
                                                             : QStringLiteral("other"));
    return make(QStringLiteral("keychain"), QStringLiteral("Code=") + code, false);
}
