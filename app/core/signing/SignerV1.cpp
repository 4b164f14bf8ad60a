#include "signing/SignerV1.h"

#include "signing/PercentEncoding.h"

#include <QMessageAuthenticationCode>

QByteArray SignerV1::stringToSign(const QByteArray &method, const QMap<QString, QString> &params)
{
    return method + "&%2F&" + PercentEncoding::encode(PercentEncoding::canonicalQuery(params));
}

QByteArray SignerV1::signature(const QByteArray &stringToSign, const QString &accessKeySecret)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha1).toBase64();
}

void SignerV1::sign(QMap<QString, QString> &params, const QByteArray &method, const AccessKeyCredentials &credentials,
                    const QDateTime &nowUtc, const QString &nonce)
{
    params.remove(QStringLiteral("Signature"));
    params.insert(QStringLiteral("AccessKeyId"), credentials.accessKeyId);
    params.insert(QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    params.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
    params.insert(QStringLiteral("SignatureNonce"), nonce);
    params.insert(QStringLiteral("Timestamp"), nowUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    if (credentials.securityToken.isEmpty())
        params.remove(QStringLiteral("SecurityToken"));
    else
        params.insert(QStringLiteral("SecurityToken"), credentials.securityToken);

    const QByteArray toSign = stringToSign(method, params);
    params.insert(QStringLiteral("Signature"), QString::fromLatin1(signature(toSign, credentials.accessKeySecret)));
}
