#pragma once

#include "signing/AccessKeyCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

// The classic RPC signature (SignatureVersion 1.0, HMAC-SHA1).
class SignerV1
{
public:
    // params without "Signature".
    static QByteArray stringToSign(const QByteArray &method, const QMap<QString, QString> &params);
    // Base64, not URL-encoded.
    static QByteArray signature(const QByteArray &stringToSign, const QString &accessKeySecret);
    // Adds AccessKeyId, SignatureMethod=HMAC-SHA1, SignatureVersion=1.0, SignatureNonce, Timestamp
    // (UTC yyyy-MM-ddTHH:mm:ssZ), SecurityToken (only when the credentials carry one), then "Signature".
    // The caller supplies Action/Version/Format and the business parameters.
    static void sign(QMap<QString, QString> &params, const QByteArray &method, const AccessKeyCredentials &credentials,
                     const QDateTime &nowUtc, const QString &nonce);
};
