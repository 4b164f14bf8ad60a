#include "simulator/GeneratedHtmlSource.h"

#include <cstring>

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

// Every row is the same template with its number and a pseudo-random asset id
// patched in, so producing one costs a copy and 18 digits.
void GeneratedHtmlSource::writeRow(qint64 index, char *out)
{
    static constexpr char pattern[] = "<tr><td>0000000000</td><td>ecs-00000000</td><td>cn-shanghai</td><td>"
                                      "xxxxxxxxxxxxxxxxxxxxx</td></tr>\n";
    static_assert(sizeof(pattern) - 1 == rowBytes, "a row is rowBytes long");
    std::memcpy(out, pattern, rowBytes);
    qint64 number = index;
    for (int i = 17; i >= 8; --i, number /= 10)
        out[i] = char('0' + number % 10);
    quint64 asset = quint64(index) * 2654435761ULL;
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 38; i >= 31; --i, asset >>= 4)
        out[i] = hex[asset & 0xF];
}

QByteArray GeneratedHtmlSource::rowsAndPadding(qint64 offset, qint64 maxBytes) const
{
    const qint64 rowsEnd = m_rows * rowBytes;
    const qint64 length = qMin(maxBytes, rowsEnd + m_padding - offset);
    QByteArray out(length, ' ');
    char row[rowBytes];
    qint64 written = 0;
    while (written < length && offset + written < rowsEnd) {
        const qint64 position = offset + written;
        const qint64 within = position % rowBytes;
        const qint64 piece = qMin(qMin<qint64>(rowBytes - within, length - written), rowsEnd - position);
        writeRow(position / rowBytes, row);
        std::memcpy(out.data() + written, row + within, size_t(piece));
        written += piece;
    }
    return out; // whatever is left after the rows is the padding's spaces
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
