#pragma once

#include <QByteArray>
#include <QObject>

class QTcpServer;

// Answers every request on 127.0.0.1 with the same raw bytes, then closes the connection.
// For answers the scripted server cannot give: no Content-Length, chunked encoding, a chunked
// body cut before its last chunk.
class RawHttpResponder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpResponder)

public:
    explicit RawHttpResponder(const QByteArray &rawResponse, QObject *parent = nullptr);
    quint16 port() const;

    // Wraps a body in chunked transfer encoding. cutAt >= 0: only that many bytes of it.
    static QByteArray chunked(const QByteArray &body, int chunkBytes, qsizetype cutAt = -1);

private:
    QTcpServer *m_server;
    QByteArray m_response;
};
