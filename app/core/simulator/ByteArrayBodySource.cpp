#include "simulator/ByteArrayBodySource.h"

ByteArrayBodySource::ByteArrayBodySource(QByteArray data)
    : m_data(std::move(data))
{
}

qint64 ByteArrayBodySource::size() const
{
    return m_data.size();
}

QByteArray ByteArrayBodySource::read(qint64 offset, qint64 maxBytes) const
{
    return m_data.mid(offset, maxBytes);
}
