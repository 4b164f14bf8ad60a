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
    // (Signature, SecurityToken, OSSAccessKeyId, AccessKeySecret...) replaced.
    static QString query(const QString &query);

    // The value to show for an HTTP header: Authorization, Proxy-Authorization,
    // x-acs-security-token and Cookie values are replaced, others kept.
    static QByteArray headerValue(const QByteArray &name, const QByteArray &value);

    // Free text (a log line, a service message, the start of a response body):
    // every URL query, credential-bearing key=value pair (plain or percent-encoded),
    // JSON credential field and credential header is replaced, and so is every
    // occurrence of the given secret values (raw or percent-encoded).
    static QString text(const QString &text, const QStringList &secrets = {});

    static bool isSensitiveKey(const QString &key);
};
