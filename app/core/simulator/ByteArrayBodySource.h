#pragma once

#include "simulator/HttpBodySource.h"

// A small body that does live in memory (the ordinary reports).
class ByteArrayBodySource final : public HttpBodySource
{
public:
    explicit ByteArrayBodySource(QByteArray data);
    qint64 size() const override;
    QByteArray read(qint64 offset, qint64 maxBytes) const override;

private:
    QByteArray m_data;
};
