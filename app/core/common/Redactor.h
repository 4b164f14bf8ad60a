#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// Removes what must never reach a log, an error text or the screen: the AccessKey
// secret, the STS token, signatures, and the query of signed URLs (an OSS download
// URL is a bearer credential until it expires). Every helper is safe to apply twice.
class Redactor
{
public:
    // What replaces a removed value.
    static QString placeholder();

    // The URL without user info and, when it has one, with its whole query replaced:
    // "https://host/path?[redacted]". Download URLs carry their credentials in the query.
    static QString url(const QUrl &url);

    // A query string ("a=1&Signature=x") with the values of credential-bearing keys
    // replaced (see isSensitiveKey()), plain or percent-encoded.
    static QString query(const QString &query);

    // The value to show for an HTTP header: the values of credential-bearing
    // headers (Authorization, Proxy-Authorization, Cookie, *-security-token...) are
    // replaced, others kept.
    static QByteArray headerValue(const QByteArray &name, const QByteArray &value);

    // Free text (a log line, a service message, the start of a response body). JSON
    // escapes (\u0026, \/) are decoded first, so structure cannot hide behind them;
    // then every URL query, every value of a credential-bearing key (key=value, plain
    // or percent-encoded, "key": "value", "Key: value" lines) and every occurrence of
    // the given secret values (raw or percent-encoded, whatever their length) is replaced.
    static QString text(const QString &text, const QStringList &secrets = {});

    // Signature, SecurityToken, OSSAccessKeyId, AccessKeySecret, Authorization,
    // Cookie, password, and any key ending in secret, token, password, signature or
    // credential; compared ignoring case, '-' and '_' ("x-oss-security-token",
    // "access_key_secret").
    static bool isSensitiveKey(const QString &key);
};
