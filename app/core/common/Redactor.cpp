#include "common/Redactor.h"

#include <QRegularExpression>

#include <functional>

namespace {

// Keys whose value is a credential, compared without case, '-' and '_', so that
// "SecurityToken", "security-token", "x-oss-security-token" and "access_key_secret"
// are all found, whatever the spelling a service or a proxy uses.
const char *const sensitiveNames[] = {
    "signature",          "securitytoken",  "ossaccesskeyid",    "accesskeysecret", "xacssecuritytoken",
    "xosssignature",      "xosscredential", "xosssecuritytoken", "password",        "authorization",
    "proxyauthorization", "cookie",         "setcookie",         "secret",          "token",
};
// Suffixes that mark a credential under any prefix ("StsToken", "proxy_password").
const char *const sensitiveSuffixes[] = { "secret", "token", "password", "signature", "credential" };

QString normalizedKey(const QString &key)
{
    QString normalized = key.toLower();
    normalized.remove(QLatin1Char('-'));
    normalized.remove(QLatin1Char('_'));
    return normalized;
}

// Replaces group `valueGroup` of every match of `re` whose group 1 is a sensitive key.
QString redactValues(const QString &text, const QRegularExpression &re, int valueGroup)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!Redactor::isSensitiveKey(match.captured(1)) || match.capturedLength(valueGroup) == 0)
            continue;
        result += QStringView(text).mid(last, match.capturedStart(valueGroup) - last);
        result += Redactor::placeholder();
        last = match.capturedEnd(valueGroup);
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

// A name as it appears before '=' or ':' (query keys, JSON keys, header names).
const QString keyChars = QStringLiteral("[A-Za-z0-9_.-]+");

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
    static const QRegularExpression re(QStringLiteral(R"re((?<![A-Za-z0-9_.%-])(%1)=([^&\s"',;<>]*))re").arg(keyChars));
    return re;
}

// key%3Dvalue inside a percent-encoded string (the string to sign a service echoes back).
const QRegularExpression &encodedPairPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re((?:(?<=%26)|(?<=%3F)|(?<=[&?=\s"'(])|^)(%1)%3D(.*?)(?=%26|[\s"'&<>]|$))re").arg(keyChars),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "key": "value" in JSON (after unescaping, so the value runs to the next quote).
const QRegularExpression &jsonFieldPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re("(%1)"\s*:\s*"([^"]*)")re").arg(keyChars));
    return re;
}

// "Key: value" up to the end of the line: an HTTP header, a YAML-like field.
const QRegularExpression &headerLinePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re((?<![A-Za-z0-9_.-])(%1)[ \t]*:[ \t]*([^\r\n]*))re").arg(keyChars));
    return re;
}

// "scheme://user:password@host": the credentials of a proxy or URL.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(\b([a-z][a-z0-9+.-]*://)[^\s/?#@"'<>]+@)re"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// JSON string escapes hide the structure from the patterns: "https:\/\/h\/p?a=1\u0026Signature=x"
// is one URL with a query. Decoding them first lets every later step see the real text.
QString unescapeJson(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            result += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        static const QRegularExpression hex4(QStringLiteral("^[0-9A-Fa-f]{4}$"));
        const QString digits = next == QLatin1Char('u') ? text.mid(i + 2, 4) : QString();
        if (hex4.match(digits).hasMatch()) {
            const ushort code = digits.toUShort(nullptr, 16);
            result += QChar(code);
            i += 5;
        } else if (next == QLatin1Char('/') || next == QLatin1Char('\\')) {
            result += next;
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

QString replaceSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Whatever its length: a short proxy password is still a password.
        if (secret.isEmpty())
            continue;
        text.replace(secret, Redactor::placeholder());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, Redactor::placeholder(), Qt::CaseInsensitive);
        // A string to sign percent-encodes the already encoded value a second time.
        const QString twice = QString::fromLatin1(QUrl::toPercentEncoding(encoded));
        if (twice != encoded)
            text.replace(twice, Redactor::placeholder(), Qt::CaseInsensitive);
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
    return redactValues(redactValues(query, plainPairPattern(), 2), encodedPairPattern(), 2);
}

QByteArray Redactor::headerValue(const QByteArray &name, const QByteArray &value)
{
    return isSensitiveKey(QString::fromLatin1(name)) ? placeholder().toLatin1() : value;
}

QString Redactor::text(const QString &text, const QStringList &secrets)
{
    QString result = replaceSecrets(unescapeJson(text), secrets);
    result.replace(urlQueryPattern(), QStringLiteral("\\1?") + placeholder());
    result.replace(userInfoPattern(), QStringLiteral("\\1") + placeholder() + QLatin1Char('@'));
    result = redactValues(result, jsonFieldPattern(), 2);
    result = redactValues(result, headerLinePattern(), 2);
    return query(result);
}

bool Redactor::isSensitiveKey(const QString &key)
{
    const QString normalized = normalizedKey(key);
    for (const char *name : sensitiveNames) {
        if (normalized == QLatin1String(name))
            return true;
    }
    for (const char *suffix : sensitiveSuffixes) {
        if (normalized.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}
