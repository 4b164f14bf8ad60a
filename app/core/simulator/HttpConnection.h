#pragma once

#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"

#include <QObject>
#include <functional>

class QTcpSocket;
class QTimer;

// One client connection: parses requests one at a time (pipelined ones wait
// in the buffer), hands them to the handler and writes the answers. Streamed
// bodies are written in chunks as the socket drains. A connection that sends
// nothing for idleTimeoutMs while no answer is pending is closed, so idle
// keep-alive sockets cannot pile up.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, qint64 maxBodyBytes, int idleTimeoutMs,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    void readData();
    void processBuffer();
    void dispatch(const HttpRequest &request);
    void writeResponse();
    void writeMoreBody();
    void finishResponse();
    void refuse(int status);
    void closeIdle();

    QTcpSocket *m_socket;
    QTimer *m_idleTimer;
    Handler m_handler;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_continueSent = false; // "100 Continue" already sent for the request being received

    HttpResponse m_response;
    bool m_closeAfter = false;
    qint64 m_bodyOffset = 0;
    qint64 m_bodyEnd = 0; // where to stop writing: the size, or the cut point
};
