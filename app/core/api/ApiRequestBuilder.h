#pragma once

#include "api/ApiReply.h"
#include "signing/AccessKeyCredentials.h"
#include "signing/SignatureVersion.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

// Builds and signs one attempt of a Sas (2018-12-03) RPC call, exactly where the
// official SDKs put things. Both versions send POST with an empty body and every
// parameter in the query string:
// - V3 as Tea OpenAPI's doRequest: business parameters in the query; host, x-acs-action,
//   x-acs-version, x-acs-date, x-acs-signature-nonce, x-acs-content-sha256 (and
//   x-acs-security-token) headers plus Authorization.
// - V1 as Tea OpenAPI's doRPCRequest (what the generated Sas SDK runs): the common
//   parameters, the business parameters (Sas declares them all "position: Query") and
//   finally Signature go into the query; the body stays empty. Keeping everything in the
//   URL means the signed set is exactly what is sent, with no form-encoding ('+' vs
//   '%20') ambiguity between the client's and the gateway's canonicalisation.
// The query is written with the signers' own percent-encoding, so the bytes on the wire
// are the canonical query the signature covers.
class ApiRequestBuilder
{
public:
    struct Built
    {
        QNetworkRequest request;
        QByteArray method;
        QByteArray body;
    };

    static QString apiVersion() { return QStringLiteral("2018-12-03"); }
    static QString actionName(ApiReply::Operation operation);
    // The Host header value: the host, with the port when it is not the scheme's default.
    static QByteArray hostHeader(const QUrl &endpoint);

    // `parameters`: the business parameters, Lang included (decoded values).
    static Built build(const QUrl &endpoint, SignatureVersion version, const AccessKeyCredentials &credentials,
                       const QString &action, const QMap<QString, QString> &parameters, const QDateTime &nowUtc,
                       const QString &nonce);

private:
    static Built buildV1(const QUrl &endpoint, const AccessKeyCredentials &credentials, const QString &action,
                         const QMap<QString, QString> &parameters, const QDateTime &nowUtc, const QString &nonce);
    static Built buildV3(const QUrl &endpoint, const AccessKeyCredentials &credentials, const QString &action,
                         const QMap<QString, QString> &parameters, const QDateTime &nowUtc, const QString &nonce);
    static QUrl withQuery(const QUrl &endpoint, const QMap<QString, QString> &parameters);
};
