#pragma once

#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;

// A small HTTP/1.1 server on loopback: keep-alive (with an idle timeout and a
// connection cap), Content-Length bodies,
// streamed responses with backpressure. Enough for the simulator, and unlike
// the Qt HttpServer tech preview it can cut a connection mid-body on purpose.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free port; serverPort() tells which.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;
    int openConnections() const;

    // A request body larger than this is refused with 413 (the API takes small forms only).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // A connection idle this long between requests is closed (30 s by default).
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = qMax(1, milliseconds); }
    // Connections beyond this many are closed at once (256 by default): a client
    // that opens sockets without end cannot exhaust the process's descriptors.
    void setMaxConnections(int count) { m_maxConnections = qMax(1, count); }

    // "Mon, 02 Jan 2006 15:04:05 GMT"
    static QByteArray httpDate(const QDateTime &utc);

private:
    void acceptConnections();

    Handler m_handler;
    QTcpServer *m_server;
    qint64 m_maxBodyBytes = 1024 * 1024;
    int m_idleTimeoutMs = 30 * 1000;
    int m_maxConnections = 256;
};
