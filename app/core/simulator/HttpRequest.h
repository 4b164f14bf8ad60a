#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// One parsed HTTP/1.1 request as the simulator's servers see it.
class HttpRequest
{
public:
    QByteArray method; // as sent, e.g. "GET"
    QByteArray target; // the raw request target, e.g. "/?Action=...&..."
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased, values trimmed, in order
    QByteArray body;

    // The target before '?', and the raw (still encoded) query after it.
    QByteArray path() const;
    QByteArray rawQuery() const;

    bool hasHeader(const QByteArray &lowerName) const;
    QByteArray header(const QByteArray &lowerName) const;
    bool wantsClose() const;
    bool isFormBody() const;

    // application/x-www-form-urlencoded decoding ('+' is a space, as servlet
    // containers and so the real gateway read it). Later duplicates win.
    static QMap<QString, QString> parseForm(const QByteArray &encoded);
};
