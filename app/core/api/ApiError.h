#pragma once

#include <QString>

// A failed API call, typed so the UI can explain it and the client can decide on retries.
struct ApiError
{
    enum class Kind
    {
        None, // no error
        Network, // connection refused, DNS, TLS, connection cut...
        Timeout, // transfer timeout
        Service, // the service answered with an error body (Code/Message)
        MalformedResponse, // the answer could not be understood (HTML page, truncated JSON...)
        Cancelled, // the caller cancelled
        InvalidRequest, // refused locally before sending (bad endpoint, missing key...)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // e.g. "NoPermission"
    QString message; // the service's Message (already in Lang), or a local explanation
    QString lang; // the Lang the request was sent with: the language of a service Message ("zh"/"en")
    QString requestId;
    QString hostId;
    QString recommend;
    QString detail; // technical detail: network error text, start of an unparsable body
    int clockSkewMinutes = 0; // set for InvalidTimeStamp.Expired when the server Date was known
                              // (positive: the computer's clock is ahead of the service)
    int networkError = 0; // the QNetworkReply::NetworkError of Network/Timeout errors

    // Codes of errors found locally (Kind::InvalidRequest), so they can be explained again
    // in another language later.
    static QString invalidEndpointCode() { return QStringLiteral("ReportDesk.InvalidEndpoint"); }
    static QString missingCredentialsCode() { return QStringLiteral("ReportDesk.MissingCredentials"); }
    static QString invalidIdCode() { return QStringLiteral("ReportDesk.InvalidId"); }
    // Answers ReportDesk stopped reading (see ReplyLimiter): too large, or never finishing.
    static QString responseTooLargeCode() { return QStringLiteral("ReportDesk.ResponseTooLarge"); }
    static QString responseTooSlowCode() { return QStringLiteral("ReportDesk.ResponseTooSlow"); }

    bool isError() const { return kind != Kind::None; }
};
