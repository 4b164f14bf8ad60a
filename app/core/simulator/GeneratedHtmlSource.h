#pragma once

#include "simulator/HttpBodySource.h"

#include <QString>

// A large, valid HTML document of an exact size whose bytes are a pure
// function of their offset: any piece can be produced on demand, so the file
// is streamed without ever existing as a whole.
class GeneratedHtmlSource final : public HttpBodySource
{
public:
    // totalBytes is raised to the smallest document possible if too small.
    GeneratedHtmlSource(const QString &title, qint64 totalBytes);
    qint64 size() const override;
    QByteArray read(qint64 offset, qint64 maxBytes) const override;

    static constexpr int rowBytes = 100;

private:
    static void writeRow(qint64 index, char *out);
    QByteArray rowsAndPadding(qint64 offset, qint64 maxBytes) const;

    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_rows = 0;
    qint64 m_padding = 0;
    qint64 m_size = 0;
};
