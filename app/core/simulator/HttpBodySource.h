#pragma once

#include <QByteArray>
#include <QtGlobal>

// A response body produced piece by piece, so large files are streamed
// without ever being held in memory.
class HttpBodySource
{
public:
    virtual ~HttpBodySource() = default;
    virtual qint64 size() const = 0;
    // At most maxBytes starting at offset (offset < size()).
    virtual QByteArray read(qint64 offset, qint64 maxBytes) const = 0;
};
