#include "simulator/HttpServer.h"

#include "simulator/HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(quint16 port, const QHostAddress &address)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        delete connection;
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

int HttpServer::openConnections() const
{
    return int(findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly).size());
}

QByteArray HttpServer::httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

void HttpServer::acceptConnections()
{
    int open = openConnections();
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (open >= m_maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        new HttpConnection(socket, m_handler, m_maxBodyBytes, m_idleTimeoutMs, this);
        ++open;
    }
}
