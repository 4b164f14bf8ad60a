#include "simulator/GatewayAuthenticator.h"

#include "signing/SignerV1.h"
#include "signing/SignerV3.h"

#include <QCryptographicHash>
#include <QStringList>

namespace {

ServiceError missing(const QString &name)
{
    return ServiceError::make(400, QStringLiteral("MissingParameter"), name);
}

QString serverTime(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

void GatewayAuthenticator::addKey(const SimulatorAccessKey &key)
{
    m_keys.insert(key.credentials.accessKeyId, key);
}

bool GatewayAuthenticator::removeKey(const QString &accessKeyId)
{
    return m_keys.remove(accessKeyId) > 0;
}

bool GatewayAuthenticator::isV3(const HttpRequest &request)
{
    return request.hasHeader(QByteArrayLiteral("authorization"));
}

GatewayAuthenticator::Result GatewayAuthenticator::authenticate(const HttpRequest &request,
                                                                const QMap<QString, QString> &params,
                                                                const QDateTime &nowUtc)
{
    return isV3(request) ? verifyV3(request, nowUtc) : verifyV1(request, params, nowUtc);
}

GatewayAuthenticator::Result GatewayAuthenticator::verifyV1(const HttpRequest &request,
                                                            const QMap<QString, QString> &params,
                                                            const QDateTime &nowUtc)
{
    Result result;
    result.accessKeyId = params.value(QStringLiteral("AccessKeyId"));
    result.hasSecurityToken = params.contains(QStringLiteral("SecurityToken"));
    const QStringList required
        = { QStringLiteral("AccessKeyId"), QStringLiteral("Signature"), QStringLiteral("SignatureMethod"),
            QStringLiteral("SignatureNonce"), QStringLiteral("Timestamp") };
    for (const QString &name : required) {
        if (params.value(name).isEmpty()) {
            result.error = missing(name);
            return result;
        }
    }
    if (params.value(QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1")
        || params.value(QStringLiteral("SignatureVersion"), QStringLiteral("1.0")) != QLatin1String("1.0")) {
        result.error = ServiceError::make(400, QStringLiteral("IncompleteSignature"),
                                          QStringLiteral("SignatureMethod=HMAC-SHA1, SignatureVersion=1.0"));
        return result;
    }
    result.error = checkTimestamp(params.value(QStringLiteral("Timestamp")), nowUtc);
    if (!result.error.isError())
        result.error = checkKey(result.accessKeyId, params.value(QStringLiteral("SecurityToken")), nowUtc);
    if (result.error.isError())
        return result;

    QMap<QString, QString> signedParams = params;
    const QByteArray provided = signedParams.take(QStringLiteral("Signature")).toLatin1();
    const QByteArray toSign = SignerV1::stringToSign(request.method, signedParams);
    const QString secret = m_keys.value(result.accessKeyId).credentials.accessKeySecret;
    if (SignerV1::signature(toSign, secret) != provided) {
        result.error = ServiceError::make(400, QStringLiteral("SignatureDoesNotMatch"), QString::fromUtf8(toSign));
        return result;
    }
    result.error = useNonce(result.accessKeyId, params.value(QStringLiteral("SignatureNonce")), nowUtc);
    return result;
}

GatewayAuthenticator::Result GatewayAuthenticator::verifyV3(const HttpRequest &request, const QDateTime &nowUtc)
{
    Result result;
    QByteArray signedHeaders;
    QByteArray provided;
    result.hasSecurityToken = request.hasHeader(QByteArrayLiteral("x-acs-security-token"));
    if (!SignerV3::parseAuthorization(request.header(QByteArrayLiteral("authorization")), &result.accessKeyId,
                                      &signedHeaders, &provided)) {
        result.error = ServiceError::make(400, QStringLiteral("IncompleteSignature"),
                                          QStringLiteral("Authorization: ACS3-HMAC-SHA256 Credential=...,"
                                                         "SignedHeaders=...,Signature=..."));
        return result;
    }
    const QList<QByteArray> names = signedHeaders.split(';');
    const QList<QByteArray> required
        = { "host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256" };
    for (const QByteArray &name : required) {
        if (!request.hasHeader(name)) {
            result.error = missing(QString::fromLatin1(name));
            return result;
        }
        if (!names.contains(name)) {
            result.error = ServiceError::make(400, QStringLiteral("IncompleteSignature"),
                                              QStringLiteral("SignedHeaders: ") + QString::fromLatin1(name));
            return result;
        }
    }
    const QString token = QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-security-token")));
    result.error = checkTimestamp(QString::fromLatin1(request.header(QByteArrayLiteral("x-acs-date"))), nowUtc);
    if (!result.error.isError())
        result.error = checkKey(result.accessKeyId, token, nowUtc);
    if (result.error.isError())
        return result;

    SignerV3::Request canonical;
    canonical.method = request.method;
    canonical.path = request.path();
    canonical.query = HttpRequest::parseForm(request.rawQuery());
    canonical.body = request.body;
    for (const QByteArray &name : names)
        canonical.headers.insert(name, request.header(name));
    const QByteArray toSign = SignerV3::stringToSign(SignerV3::canonicalRequest(canonical));
    const QString secret = m_keys.value(result.accessKeyId).credentials.accessKeySecret;
    const QByteArray bodyHash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    if (request.header(QByteArrayLiteral("x-acs-content-sha256")) != bodyHash
        || SignerV3::signature(toSign, secret) != provided) {
        result.error = ServiceError::make(400, QStringLiteral("SignatureDoesNotMatch"), QString::fromUtf8(toSign));
        return result;
    }
    result.error = useNonce(result.accessKeyId,
                            QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-signature-nonce"))), nowUtc);
    return result;
}

ServiceError GatewayAuthenticator::checkTimestamp(const QString &value, const QDateTime &nowUtc)
{
    const QDateTime stamp = QDateTime::fromString(value, Qt::ISODate);
    if (!stamp.isValid() || !value.endsWith(QLatin1Char('Z')))
        return ServiceError::make(400, QStringLiteral("InvalidTimeStamp.Format"));
    if (qAbs(stamp.secsTo(nowUtc)) > windowSeconds)
        return ServiceError::make(400, QStringLiteral("InvalidTimeStamp.Expired"), serverTime(nowUtc));
    return {};
}

ServiceError GatewayAuthenticator::checkKey(const QString &accessKeyId, const QString &securityToken,
                                            const QDateTime &nowUtc) const
{
    const auto it = m_keys.constFind(accessKeyId);
    if (it == m_keys.cend())
        return ServiceError::make(404, QStringLiteral("InvalidAccessKeyId.NotFound"));
    if (!it->active)
        return ServiceError::make(400, QStringLiteral("InvalidAccessKeyId.Inactive"));
    const QString &expected = it->credentials.securityToken;
    if (expected.isEmpty())
        return {};
    if (securityToken.isEmpty())
        return ServiceError::make(400, QStringLiteral("MissingSecurityToken"));
    if (securityToken != expected)
        return ServiceError::make(400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
    if (it->expiresAt.isValid() && it->expiresAt <= nowUtc)
        return ServiceError::make(400, QStringLiteral("InvalidSecurityToken.Expired"));
    return {};
}

ServiceError GatewayAuthenticator::useNonce(const QString &accessKeyId, const QString &nonce, const QDateTime &nowUtc)
{
    // Nonces only need remembering for as long as their timestamp is accepted.
    if (m_nonces.size() >= m_pruneAt) {
        for (auto it = m_nonces.begin(); it != m_nonces.end();) {
            if (it.value().secsTo(nowUtc) > 2 * windowSeconds)
                it = m_nonces.erase(it);
            else
                ++it;
        }
        m_pruneAt = qMax<qsizetype>(1024, 2 * m_nonces.size());
    }
    const QString key = accessKeyId + QLatin1Char('\n') + nonce;
    if (m_nonces.contains(key))
        return ServiceError::make(400, QStringLiteral("SignatureNonceUsed"));
    m_nonces.insert(key, nowUtc);
    return {};
}
