#pragma once

#include "simulator/HttpBodySource.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <memory>

// What a handler answers; HttpConnection writes it. Either an in-memory body
// or a streamed source. The fault fields let the simulator misbehave on purpose.
class HttpResponse
{
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Date, Content-Length and Connection are added on writing
    QByteArray body;
    std::shared_ptr<const HttpBodySource> stream; // used instead of body when set
    bool omitBody = false; // HEAD: headers describe the body, none follows

    int delayMs = 0; // wait this long before answering
    qint64 cutAfterBodyBytes = -1; // >= 0: close the connection after this many body bytes

    void setHeader(const QByteArray &name, const QByteArray &value);
    qint64 bodySize() const;

    static QByteArray reasonPhrase(int status);
};
