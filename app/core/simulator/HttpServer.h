#pragma once

#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;

// A small HTTP/1.1 server on loopback: keep-alive, Content-Length bodies,
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

    // "Mon, 02 Jan 2006 15:04:05 GMT"
    static QByteArray httpDate(const QDateTime &utc);

private:
    void acceptConnections();

    Handler m_handler;
    QTcpServer *m_server;
    qint64 m_maxBodyBytes = 1024 * 1024;
};
