#pragma once

#include "signing/AccessKeyCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

// The ACS3-HMAC-SHA256 signature (the scheme of Alibaba's current SDKs).
class SignerV3
{
public:
    struct Request
    {
        QByteArray method; // "GET"/"POST"
        QByteArray path = QByteArrayLiteral("/");
        QMap<QString, QString> query; // business parameters (decoded values)
        QMap<QByteArray, QByteArray> headers; // lowercase names -> values
        QByteArray body;
    };

    // Signs host, content-type and every x-acs-* header present.
    static QByteArray canonicalRequest(const Request &request);
    // "host;x-acs-action;..."
    static QByteArray signedHeaders(const Request &request);
    static QByteArray stringToSign(const QByteArray &canonicalRequest);
    // Lowercase hex.
    static QByteArray signature(const QByteArray &stringToSign, const QString &accessKeySecret);
    // Sets x-acs-date, x-acs-signature-nonce, x-acs-content-sha256 (hex SHA-256 of the body),
    // x-acs-security-token (STS only), then "authorization":
    // "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>".
    // The caller sets host, x-acs-action, x-acs-version (and content-type if any) beforehand.
    static void sign(Request &request, const AccessKeyCredentials &credentials, const QDateTime &nowUtc,
                     const QString &nonce);
    // Parses an Authorization header back into its parts (the simulator verifies with it).
    // Returns false if malformed.
    static bool parseAuthorization(const QByteArray &header, QString *accessKeyId, QByteArray *signedHeaders,
                                   QByteArray *signature);
};
