#include "RawHttpResponder.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

RawHttpResponder::RawHttpResponder(const QByteArray &rawResponse, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_response(rawResponse)
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return; // the tests' requests fit in one read
                socket->write(m_response);
                socket->disconnectFromHost();
            });
        }
    });
}

quint16 RawHttpResponder::port() const
{
    return m_server->serverPort();
}

QByteArray RawHttpResponder::chunked(const QByteArray &body, int chunkBytes, qsizetype cutAt)
{
    QByteArray out;
    for (qsizetype offset = 0; offset < body.size(); offset += chunkBytes) {
        const QByteArray piece = body.mid(offset, chunkBytes);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    out += "0\r\n\r\n";
    return cutAt >= 0 ? out.left(cutAt) : out;
}
