#include "simulator/GeneratedHtmlSource.h"

GeneratedHtmlSource::GeneratedHtmlSource(const QString &title, qint64 totalBytes)
{
    const QByteArray escaped = title.toHtmlEscaped().toUtf8();
    m_head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escaped
        + "</title></head>\n<body>\n<h1>" + escaped + "</h1>\n<table>\n";
    m_tail = QByteArrayLiteral("</table>\n</body>\n</html>\n");
    const qint64 fixed = m_head.size() + m_tail.size();
    const qint64 variable = qMax<qint64>(0, totalBytes - fixed);
    m_rows = variable / rowBytes;
    m_padding = variable % rowBytes;
    m_size = fixed + variable;
}

qint64 GeneratedHtmlSource::size() const
{
    return m_size;
}

QByteArray GeneratedHtmlSource::row(qint64 index)
{
    QByteArray line = "<tr><td>" + QByteArray::number(index).rightJustified(10, '0') + "</td><td>ecs-"
        + QByteArray::number((index * 2654435761LL) % 100000000, 16).rightJustified(8, '0')
        + "</td><td>cn-shanghai</td><td>";
    const QByteArray end = QByteArrayLiteral("</td></tr>\n");
    line += QByteArray(rowBytes - line.size() - end.size(), 'x');
    return line + end;
}

QByteArray GeneratedHtmlSource::rowsAndPadding(qint64 offset, qint64 maxBytes) const
{
    QByteArray out;
    const qint64 rowsEnd = m_rows * rowBytes;
    while (out.size() < maxBytes && offset < rowsEnd) {
        const qint64 index = offset / rowBytes;
        const qint64 within = offset % rowBytes;
        const QByteArray piece = row(index).mid(within, maxBytes - out.size());
        out += piece;
        offset += piece.size();
    }
    if (out.size() < maxBytes && offset >= rowsEnd) {
        const qint64 padding = qMin(maxBytes - out.size(), rowsEnd + m_padding - offset);
        if (padding > 0)
            out += QByteArray(padding, ' ');
    }
    return out;
}

QByteArray GeneratedHtmlSource::read(qint64 offset, qint64 maxBytes) const
{
    QByteArray out;
    maxBytes = qMin(maxBytes, m_size - offset);
    const qint64 bodyStart = m_head.size();
    const qint64 tailStart = m_size - m_tail.size();
    while (out.size() < maxBytes) {
        const qint64 position = offset + out.size();
        const qint64 wanted = maxBytes - out.size();
        if (position < bodyStart)
            out += m_head.mid(position, wanted);
        else if (position < tailStart)
            out += rowsAndPadding(position - bodyStart, qMin(wanted, tailStart - position));
        else
            out += m_tail.mid(position - tailStart, wanted);
    }
    return out;
}
