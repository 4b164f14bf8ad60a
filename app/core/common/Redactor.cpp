#include "common/Redactor.h"

#include <QRegularExpression>

namespace {

// Keys whose value is a credential, in query strings, form bodies and JSON.
const char *const sensitiveKeys[] = {
    "Signature",       "SecurityToken",    "OSSAccessKeyId",       "AccessKeySecret", "x-acs-security-token",
    "x-oss-signature", "x-oss-credential", "x-oss-security-token", "password",
};

QString keyAlternation()
{
    QStringList keys;
    for (const char *key : sensitiveKeys)
        keys.append(QRegularExpression::escape(QLatin1String(key)));
    return keys.join(QLatin1Char('|'));
}

// http(s) URL with a query: keep everything up to '?', drop the query (and fragment).
const QRegularExpression &urlQueryPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re((\bhttps?://[^\s?#"'<>]*)\?[^\s"'<>]*)re"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// key=value in a query string, form body or free text.
const QRegularExpression &plainPairPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(\b(%1)=[^&\s"',;<>]*)re").arg(keyAlternation()),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// key%3Dvalue inside a percent-encoded string (the string to sign a service echoes back).
const QRegularExpression &encodedPairPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re((?<![A-Za-z])(%1)%3D.*?(?=%26|[\s"'&<>]|$))re").arg(keyAlternation()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "key": "value" in JSON.
const QRegularExpression &jsonFieldPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re("(%1)"\s*:\s*"[^"]*")re").arg(keyAlternation()),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "scheme://user:password@host": the credentials of a proxy or URL.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(\b([a-z][a-z0-9+.-]*://)[^\s/?#@"'<>]+@)re"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Authorization: ..." up to the end of the line.
const QRegularExpression &headerLinePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(\b(Authorization|Proxy-Authorization|x-acs-security-token|Cookie)\s*:\s*[^\r\n]*)re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString replaceSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short values would blank out ordinary words; real secrets and tokens are long.
        if (secret.size() < 6)
            continue;
        text.replace(secret, Redactor::placeholder());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, Redactor::placeholder());
        // A string to sign percent-encodes the already encoded value a second time.
        const QString twice = QString::fromLatin1(QUrl::toPercentEncoding(encoded));
        if (twice != encoded)
            text.replace(twice, Redactor::placeholder());
    }
    return text;
}

} // namespace

QString Redactor::placeholder()
{
    return QStringLiteral("[redacted]");
}

QString Redactor::url(const QUrl &url)
{
    QString shown = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (url.hasQuery())
        shown += QLatin1Char('?') + placeholder();
    return shown;
}

QString Redactor::query(const QString &query)
{
    QString result = query;
    result.replace(plainPairPattern(), QStringLiteral("\\1=") + placeholder());
    result.replace(encodedPairPattern(), QStringLiteral("\\1%3D") + placeholder());
    return result;
}

QByteArray Redactor::headerValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "x-acs-security-token"
        || lower == "cookie" || lower == "set-cookie")
        return placeholder().toLatin1();
    return value;
}

QString Redactor::text(const QString &text, const QStringList &secrets)
{
    QString result = replaceSecrets(text, secrets);
    result.replace(urlQueryPattern(), QStringLiteral("\\1?") + placeholder());
    result.replace(userInfoPattern(), QStringLiteral("\\1") + placeholder() + QLatin1Char('@'));
    result.replace(headerLinePattern(), QStringLiteral("\\1: ") + placeholder());
    result.replace(jsonFieldPattern(), QStringLiteral("\"\\1\":\"") + placeholder() + QLatin1Char('"'));
    return query(result);
}

bool Redactor::isSensitiveKey(const QString &key)
{
    for (const char *sensitive : sensitiveKeys) {
        if (key.compare(QLatin1String(sensitive), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
