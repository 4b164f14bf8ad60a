#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"

#include <QCoreApplication>
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

    static Category category(const ApiError &error);

    // Problems that affect every call of the account (wrong key, no permission, clock off,
    // offline): the GUI shows one banner for them instead of a problem per row.
    static bool isAccountWide(const ApiError &error);

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
