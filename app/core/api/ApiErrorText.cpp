#include "api/ApiErrorText.h"

#include <QLocale>
#include <QNetworkReply>

ApiErrorText::Category ApiErrorText::category(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None: return Category::None;
    case ApiError::Kind::Cancelled: return Category::Cancelled;
    case ApiError::Kind::InvalidRequest: return Category::InvalidRequest;
    case ApiError::Kind::Timeout: return Category::Timeout;
    case ApiError::Kind::MalformedResponse: return Category::Malformed;
    case ApiError::Kind::Network: return networkCategory(error);
    case ApiError::Kind::Service: break;
    }
    return serviceCategory(error);
}

// The one table of service Codes. The first rule that matches wins, so a
// narrower Code comes before the prefix that would also take it. Codes are
// compared without regard to case (the service is not consistent about it).
const QList<ApiErrorText::CodeRule> &ApiErrorText::codeRules()
{
    static const QList<CodeRule> rules {
        { QStringLiteral("NoPermission"), Match::Exact, Category::NoPermission },
        { QStringLiteral("Forbidden.RAM"), Match::Exact, Category::NoPermission },
        { QStringLiteral("Forbidden.NoPermission"), Match::Prefix, Category::NoPermission },
        { QStringLiteral("InvalidAccessKeyId.Inactive"), Match::Exact, Category::InactiveAccessKey },
        { QStringLiteral("InvalidAccessKeyId"), Match::Prefix, Category::BadAccessKeyId },
        { QStringLiteral("SignatureDoesNotMatch"), Match::Exact, Category::WrongSecret },
        { QStringLiteral("IncompleteSignature"), Match::Exact, Category::WrongSecret },
        // InvalidSecurityToken.Expired, .Malformed, .MismatchWithAccessKey: the STS token of the account.
        { QStringLiteral("InvalidSecurityToken"), Match::Prefix, Category::SecurityToken },
        { QStringLiteral("InvalidTimeStamp"), Match::Prefix, Category::ClockSkew },
        { QStringLiteral("SignatureNonceUsed"), Match::Exact, Category::NonceReused },
        { QStringLiteral("Throttling"), Match::Prefix, Category::Throttled },
        { QStringLiteral("IllegalParam"), Match::Exact, Category::InvalidParameter },
        { QStringLiteral("InvalidParam"), Match::Prefix, Category::InvalidParameter }, // InvalidParameter* too
        { QStringLiteral("MissingParameter"), Match::Prefix, Category::InvalidParameter },
        { QStringLiteral("ServerError"), Match::Exact, Category::ServerError },
        { QStringLiteral("InternalError"), Match::Exact, Category::ServerError },
        { QStringLiteral("ServiceUnavailable"), Match::Exact, Category::ServerError },
    };
    return rules;
}

ApiErrorText::Category ApiErrorText::codeCategory(const QString &code)
{
    for (const CodeRule &rule : codeRules()) {
        const bool matches = rule.match == Match::Exact ? code.compare(rule.code, Qt::CaseInsensitive) == 0
                                                        : code.startsWith(rule.code, Qt::CaseInsensitive);
        if (matches)
            return rule.category;
    }
    return Category::OtherService;
}

ApiErrorText::Category ApiErrorText::serviceCategory(const ApiError &error)
{
    const Category category = codeCategory(error.code);
    if (category == Category::OtherService && error.httpStatus >= 500)
        return Category::ServerError;
    return category;
}

ApiErrorText::Category ApiErrorText::networkCategory(const ApiError &error)
{
    const int code = error.networkError;
    if (code == QNetworkReply::SslHandshakeFailedError)
        return Category::Tls;
    if (code >= QNetworkReply::ProxyConnectionRefusedError && code < QNetworkReply::ContentAccessDenied)
        return Category::Proxy;
    return Category::Offline;
}

bool ApiErrorText::isAccountOrConnectionProblem(const ApiError &error)
{
    switch (category(error)) {
    case Category::BadAccessKeyId:
    case Category::InactiveAccessKey:
    case Category::WrongSecret:
    case Category::SecurityToken:
    case Category::NoPermission:
    case Category::ClockSkew:
    case Category::Offline:
    case Category::Proxy:
    case Category::Tls: return true;
    default: break;
    }
    return false;
}

QString ApiErrorText::ramAction(ApiReply::Operation operation)
{
    switch (operation) {
    case ApiReply::Operation::DescribeCustomizeReportList:
        return QStringLiteral("yundun-sas:DescribeCustomizeReportList");
    case ApiReply::Operation::ExportCustomizeReport: return QStringLiteral("yundun-sas:ExportCustomizeReport");
    case ApiReply::Operation::DescribeReportExport: break;
    }
    return QStringLiteral("yundun-aegis:DescribeReportExport");
}

QString ApiErrorText::explanation(const ApiError &error, ApiReply::Operation operation)
{
    const Category c = category(error);
    switch (c) {
    case Category::None: return {};
    case Category::Cancelled: return tr("The request was cancelled.");
    case Category::InvalidRequest: return localExplanation(error);
    case Category::BadAccessKeyId: return tr("The AccessKey ID is not known to Alibaba Cloud.");
    case Category::InactiveAccessKey: return tr("The AccessKey is disabled.");
    case Category::WrongSecret: return tr("The AccessKey secret does not match the AccessKey ID.");
    case Category::SecurityToken: return tr("The STS security token has expired or does not belong to this AccessKey.");
    case Category::NoPermission:
        return tr("The RAM user of this AccessKey is not allowed to call %1.").arg(ramAction(operation));
    case Category::ClockSkew: return clockSkewExplanation(error);
    case Category::NonceReused: return tr("The service received the same request twice.");
    case Category::Throttled: return tr("The service is limiting the rate of requests.");
    case Category::InvalidParameter: return tr("The service rejected a parameter of the request.");
    case Category::ServerError: return tr("The service had an internal problem.");
    case Category::OtherService: return tr("The service refused the request (%1).").arg(error.code);
    case Category::Offline:
    case Category::Proxy:
    case Category::Tls: return networkExplanation(error, c);
    case Category::Timeout:
        if (error.code == ApiError::responseTooSlowCode())
            return tr("The answer kept arriving for too long; ReportDesk stopped reading it.");
        return tr("The service did not answer in time.");
    case Category::Malformed:
        if (error.code == ApiError::responseTooLargeCode())
            return tr("The answer was larger than ReportDesk accepts from the service; it was not read.");
        return error.httpStatus > 0 ? tr("The answer could not be understood (HTTP status %1).").arg(error.httpStatus)
                                    : tr("The answer could not be understood.");
    }
    return {};
}

QString ApiErrorText::hint(const ApiError &error, ApiReply::Operation operation)
{
    switch (category(error)) {
    case Category::None:
    case Category::Cancelled: return {};
    case Category::InvalidRequest: return tr("Correct the account settings or the input; nothing was sent.");
    case Category::BadAccessKeyId:
        return tr("Check the AccessKey ID in the account settings, and that the site (China or International) "
                  "is the one of this account.");
    case Category::InactiveAccessKey: return tr("Enable the AccessKey in the RAM console, or use another one.");
    case Category::SecurityToken:
        return tr("Get a new STS token (with its AccessKey ID and secret) and enter it in the account settings.");
    case Category::WrongSecret:
        return tr("Enter the AccessKey secret again (copy it without spaces). If it is right, try the other "
                  "signature version in the account's advanced settings.");
    case Category::NoPermission:
        return tr("Ask an administrator to grant the permission %1 to this RAM user in the RAM console.")
            .arg(ramAction(operation));
    case Category::ClockSkew:
        return tr("Set the computer's date, time and time zone correctly (turn on automatic time), then retry.");
    case Category::NonceReused: return tr("Retry. If it happens again, please report it.");
    case Category::Throttled: return tr("Wait a minute, then retry.");
    case Category::InvalidParameter: return tr("Check the report or export ID.");
    case Category::ServerError:
    case Category::OtherService:
        return tr("Retry later. If it persists, contact Alibaba Cloud support and quote the RequestId.");
    case Category::Offline: return tr("Check the internet connection and the endpoint, then retry.");
    case Category::Proxy: return tr("Check the proxy settings: host, port, user and password.");
    case Category::Tls:
        return tr("Check the computer's date and, behind a company proxy that inspects HTTPS, that its certificate "
                  "is installed in the system. ReportDesk never ignores certificate errors.");
    case Category::Timeout: return tr("Check the connection, or allow more time in the network settings.");
    case Category::Malformed:
        return tr("A proxy or a login page may have answered instead of the service. Check the endpoint and the "
                  "proxy settings.");
    }
    return {};
}

QString ApiErrorText::details(const ApiError &error)
{
    QStringList parts;
    if (!error.code.isEmpty() && error.kind == ApiError::Kind::Service)
        parts.append(tr("Code: %1").arg(error.code));
    if (!error.message.isEmpty() && error.kind == ApiError::Kind::Service)
        parts.append(tr("Message: %1").arg(error.message));
    if (!error.requestId.isEmpty())
        parts.append(tr("RequestId: %1").arg(error.requestId));
    if (error.httpStatus > 0)
        parts.append(tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.detail.isEmpty())
        parts.append(tr("Detail: %1").arg(error.detail));
    return parts.join(QLatin1Char('\n'));
}

bool ApiErrorText::isRawBody(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1Char('<')) || trimmed.startsWith(QLatin1Char('{'))
        || trimmed.startsWith(QLatin1Char('['));
}

QString ApiErrorText::messageLabel(const QString &lang)
{
    if (lang.isEmpty())
        return tr("Message:");
    const QString shown = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    if (lang == shown)
        return tr("Message from the service:");
    // Language names in their own language, as in the language menu.
    return tr("Message from the service (in %1, as it was sent):")
        .arg(lang == QLatin1String("zh") ? QStringLiteral("中文") : QStringLiteral("English"));
}

QString ApiErrorText::fullText(const ApiError &error, ApiReply::Operation operation)
{
    QStringList lines;
    for (const QString &part : { explanation(error, operation), hint(error, operation), details(error) }) {
        if (!part.isEmpty())
            lines.append(part);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ApiErrorText::networkExplanation(const ApiError &error, Category category)
{
    if (category == Category::Tls)
        return tr("A secure (TLS) connection could not be established: the server's certificate is not trusted, "
                  "or the connection is being intercepted.");
    if (error.networkError == QNetworkReply::ProxyAuthenticationRequiredError)
        return tr("The proxy refused the user name or password.");
    if (category == Category::Proxy)
        return tr("The connection through the proxy failed.");
    switch (error.networkError) {
    case QNetworkReply::HostNotFoundError: return tr("The server's name could not be found (DNS).");
    case QNetworkReply::ConnectionRefusedError: return tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError: return tr("The connection was closed before the answer was complete.");
    default: break;
    }
    return tr("There is no connection to the service.");
}

QString ApiErrorText::clockSkewExplanation(const ApiError &error)
{
    const int minutes = error.clockSkewMinutes;
    if (minutes > 0)
        return tr("The computer's clock is %n minute(s) ahead of the service's time.", nullptr, minutes);
    if (minutes < 0)
        return tr("The computer's clock is %n minute(s) behind the service's time.", nullptr, -minutes);
    return tr("The service refused the request's time: the computer's clock is probably wrong.");
}

QString ApiErrorText::localExplanation(const ApiError &error)
{
    if (error.code == ApiError::invalidEndpointCode())
        return tr("The endpoint must be a valid HTTPS address (plain HTTP is allowed only for this computer).");
    if (error.code == ApiError::missingCredentialsCode())
        return tr("No AccessKey is set for this account.");
    if (error.code == ApiError::invalidIdCode())
        return tr("The ID must be a positive whole number.");
    return error.message;
}
