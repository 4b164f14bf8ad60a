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

// Replaces the value after every sensitive key. `keyPattern` matches a key (group 1)
// and its separator, `valuePattern` (group 1) the value right after it. Only the value
// of a sensitive key is consumed, so an ordinary value can never hide a key behind it.
QString redactValues(const QString &text, const QRegularExpression &keyPattern, const QRegularExpression &valuePattern)
{
    QString result;
    qsizetype copied = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        const QRegularExpressionMatch key = keyPattern.match(text, from);
        if (!key.hasMatch())
            break;
        from = qMax(key.capturedEnd(0), from + 1);
        if (!Redactor::isSensitiveKey(key.captured(1)))
            continue;
        const QRegularExpressionMatch value = valuePattern.match(
            text, key.capturedEnd(0), QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!value.hasMatch() || value.capturedLength(1) == 0)
            continue;
        result += QStringView(text).mid(copied, value.capturedStart(1) - copied);
        result += Redactor::placeholder();
        copied = value.capturedEnd(1);
        from = qMax(value.capturedEnd(0), from);
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
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
const QRegularExpression &plainKeyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re((?<![A-Za-z0-9_.%-])(%1)=)re").arg(keyChars));
    return re;
}

const QRegularExpression &plainValuePattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(([^&\s"',;<>]*))re"));
    return re;
}

// key%3Dvalue inside a percent-encoded string (the string to sign a service echoes back).
const QRegularExpression &encodedKeyPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re((?:(?<=%26)|(?<=%3F)|(?<=[&?=\s"'(])|^)(%1)%3D)re").arg(keyChars),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &encodedValuePattern()
{
    static const QRegularExpression re(QStringLiteral(R"re((.*?)(?=%26|[\s"'&<>]|$))re"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "key": "value" in JSON (after unescaping, so the value runs to the next quote).
const QRegularExpression &jsonKeyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re("(%1)"\s*:\s*)re").arg(keyChars));
    return re;
}

const QRegularExpression &jsonValuePattern()
{
    static const QRegularExpression re(QStringLiteral(R"re("([^"]*)")re"));
    return re;
}

// "Key: value" up to the end of the line: an HTTP header, a YAML-like field.
const QRegularExpression &headerKeyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re((?<![A-Za-z0-9_.-])(%1)[ \t]*:[ \t]*)re").arg(keyChars));
    return re;
}

const QRegularExpression &lineValuePattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(([^\r\n]*))re"));
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
// No backslash, letter or digit is ever produced ("\\", "\u005C" and "\u0041" stay
// as they are), so no new escape can form and decoding again finds nothing: redaction
// stays idempotent. The characters that carry structure (& = ? / : %) are decoded.
bool isDecodable(QChar c)
{
    const char16_t u = c.unicode();
    const bool asciiAlnum = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
    return !asciiAlnum && u != '\\';
}

QString unescapeJson(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    static const QRegularExpression hex4(QStringLiteral("^[0-9A-Fa-f]{4}$"));
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c != QLatin1Char('\\')) {
            result += c;
        } else if (next == QLatin1Char('\\')) {
            result += QLatin1String("\\\\");
            ++i;
        } else if (next == QLatin1Char('/')) {
            result += next;
            ++i;
        } else if (next == QLatin1Char('u') && hex4.match(text.mid(i + 2, 4)).hasMatch()
                   && isDecodable(QChar(text.mid(i + 2, 4).toUShort(nullptr, 16)))) {
            result += QChar(text.mid(i + 2, 4).toUShort(nullptr, 16));
            i += 5;
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
    return redactValues(redactValues(query, plainKeyPattern(), plainValuePattern()), encodedKeyPattern(),
                        encodedValuePattern());
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
    result = redactValues(result, jsonKeyPattern(), jsonValuePattern());
    result = redactValues(result, headerKeyPattern(), lineValuePattern());
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
