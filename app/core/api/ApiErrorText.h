#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Explains an ApiError to a person, in the current UI language: what happened and what
// to do. Everything is translated when asked for, never kept, so a language switch
// changes the text of errors already shown.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)

public:
    enum class Category
    {
        None,
        Cancelled,
        InvalidRequest, // refused locally, nothing sent
        BadAccessKeyId, // InvalidAccessKeyId.NotFound
        InactiveAccessKey, // InvalidAccessKeyId.Inactive
        WrongSecret, // SignatureDoesNotMatch, IncompleteSignature
        SecurityToken, // InvalidSecurityToken.*: the STS token expired or does not fit the key
        NoPermission, // NoPermission, Forbidden.RAM
        ClockSkew, // InvalidTimeStamp.Expired
        NonceReused, // SignatureNonceUsed
        Throttled, // Throttling*
        InvalidParameter, // IllegalParam, InvalidParameter, MissingParameter
        ServerError, // ServerError, InternalError, ServiceUnavailable, 5xx
        OtherService,
        Offline, // DNS, refused, cut connections
        Proxy,
        Tls,
        Timeout,
        Malformed,
    };

    // The one classifier of errors: every other place asks it (see codeRules()).
    static Category category(const ApiError &error);

    enum class Match
    {
        Exact,
        Prefix,
    };
    struct CodeRule
    {
        QString code;
        Match match;
        Category category;
    };
    // The table of service Codes, in the order they are tried (the first match wins).
    static const QList<CodeRule> &codeRules();
    // A service Code's category by the table alone: OtherService when no rule matches.
    static Category codeCategory(const QString &code);

    // The fix is in the account's settings or the connection (wrong key or token, no
    // permission, clock off, offline, proxy, TLS): every call fails alike until then.
    // TaskController::isAccountWide widens it to what holds every poll.
    static bool isAccountOrConnectionProblem(const ApiError &error);

    // The RAM action an operation needs ("yundun-sas:ExportCustomizeReport").
    static QString ramAction(ApiReply::Operation operation);

    // One or two sentences: what went wrong.
    static QString explanation(const ApiError &error, ApiReply::Operation operation);
    // What to do about it.
    static QString hint(const ApiError &error, ApiReply::Operation operation);
    // "Code: X, RequestId: Y, HTTP 403" plus the service's message or the technical detail.
    static QString details(const ApiError &error);
    // The label of a service's own Message, sent in lang ("zh"/"en"): after a
    // language switch it says which language it is in, until the next answer
    // brings the Message in the new one. Empty lang: "Message:".
    static QString messageLabel(const QString &lang);
    // An answer body kept as the error's text ("<html>…", "{"Code…"): shown only
    // behind "Show raw answer", never as a message.
    static bool isRawBody(const QString &text);
    // explanation, hint and details on separate lines.
    static QString fullText(const ApiError &error, ApiReply::Operation operation);

private:
    static Category serviceCategory(const ApiError &error);
    static Category networkCategory(const ApiError &error);
    static QString networkExplanation(const ApiError &error, Category category);
    static QString clockSkewExplanation(const ApiError &error);
    static QString localExplanation(const ApiError &error);
};
