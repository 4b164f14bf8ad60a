#include "signing/SignerV3.h"

#include "signing/PercentEncoding.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

const QByteArray algorithm = QByteArrayLiteral("ACS3-HMAC-SHA256");

bool isSignedHeader(const QByteArray &name)
{
    return name == "host" || name == "content-type" || name.startsWith("x-acs-");
}

// The names the signature covers, lowercase and sorted. Header names are
// expected lowercase already; lowering again guards against a caller slip.
QList<QByteArray> signedHeaderNames(const SignerV3::Request &request)
{
    QList<QByteArray> names;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        const QByteArray name = it.key().toLower();
        if (isSignedHeader(name) && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray headerValue(const SignerV3::Request &request, const QByteArray &lowerName)
{
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key().toLower() == lowerName)
            return it.value();
    }
    return {};
}

// Each path segment is encoded like a query value; the slashes stay.
QByteArray canonicalUri(const QByteArray &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    const QList<QByteArray> segments = path.split('/');
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QByteArray &segment : segments)
        encoded.append(PercentEncoding::encode(QByteArray::fromPercentEncoding(segment)));
    return encoded.join('/');
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Extracts "<key>=<value>" from one comma-separated part of the Authorization header.
bool takeField(const QByteArray &part, const QByteArray &key, QByteArray *value)
{
    const QByteArray trimmed = part.trimmed();
    const QByteArray prefix = key + '=';
    if (!trimmed.startsWith(prefix))
        return false;
    *value = trimmed.mid(key.size() + 1);
    return !value->isEmpty();
}

} // namespace

QByteArray SignerV3::canonicalRequest(const Request &request)
{
    QByteArray headers;
    const QList<QByteArray> names = signedHeaderNames(request);
    for (const QByteArray &name : names)
        headers += name + ':' + headerValue(request, name).trimmed() + '\n';

    return request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n'
        + PercentEncoding::canonicalQuery(request.query) + '\n' + headers + '\n' + signedHeaders(request) + '\n'
        + sha256Hex(request.body);
}

QByteArray SignerV3::signedHeaders(const Request &request)
{
    return signedHeaderNames(request).join(';');
}

QByteArray SignerV3::stringToSign(const QByteArray &canonicalRequest)
{
    return algorithm + '\n' + sha256Hex(canonicalRequest);
}

QByteArray SignerV3::signature(const QByteArray &stringToSign, const QString &accessKeySecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

void SignerV3::sign(Request &request, const AccessKeyCredentials &credentials, const QDateTime &nowUtc,
                    const QString &nonce)
{
    request.headers.remove(QByteArrayLiteral("authorization"));
    request.headers.insert(QByteArrayLiteral("x-acs-date"),
                           nowUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1());
    request.headers.insert(QByteArrayLiteral("x-acs-signature-nonce"), nonce.toUtf8());
    request.headers.insert(QByteArrayLiteral("x-acs-content-sha256"), sha256Hex(request.body));
    if (credentials.securityToken.isEmpty())
        request.headers.remove(QByteArrayLiteral("x-acs-security-token"));
    else
        request.headers.insert(QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8());

    const QByteArray hexSignature = signature(stringToSign(canonicalRequest(request)), credentials.accessKeySecret);
    request.headers.insert(QByteArrayLiteral("authorization"),
                           algorithm + " Credential=" + credentials.accessKeyId.toUtf8()
                               + ",SignedHeaders=" + signedHeaders(request) + ",Signature=" + hexSignature);
}

bool SignerV3::parseAuthorization(const QByteArray &header, QString *accessKeyId, QByteArray *signedHeaders,
                                  QByteArray *signature)
{
    const QByteArray trimmed = header.trimmed();
    const QByteArray prefix = algorithm + ' ';
    if (!trimmed.startsWith(prefix))
        return false;
    const QList<QByteArray> parts = trimmed.mid(algorithm.size() + 1).split(',');
    if (parts.size() != 3)
        return false;

    QByteArray id;
    QByteArray names;
    QByteArray hex;
    if (!takeField(parts.at(0), QByteArrayLiteral("Credential"), &id)
        || !takeField(parts.at(1), QByteArrayLiteral("SignedHeaders"), &names)
        || !takeField(parts.at(2), QByteArrayLiteral("Signature"), &hex))
        return false;

    if (accessKeyId)
        *accessKeyId = QString::fromUtf8(id);
    if (signedHeaders)
        *signedHeaders = names;
    if (signature)
        *signature = hex;
    return true;
}
