#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// RFC 3986 percent-encoding as both Alibaba Cloud signature schemes define it.
class PercentEncoding
{
public:
    // UTF-8, only A-Z a-z 0-9 - _ . ~ left unencoded, uppercase hex, space -> %20.
    static QByteArray encode(const QString &value);
    static QByteArray encode(const QByteArray &utf8);
    // Percent-decoding of one component (for the simulator); '+' is NOT space.
    static QString decode(const QByteArray &encoded);
    // name=value pairs, both encoded, sorted bytewise by encoded name (then value), joined by '&'.
    // An empty value gives "k=".
    static QByteArray canonicalQuery(const QMap<QString, QString> &params);
};
