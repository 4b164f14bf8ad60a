#include "simulator/HttpConnection.h"

#include "simulator/HttpRequestParser.h"
#include "simulator/HttpServer.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 readBufferBytes = 64 * 1024;
constexpr qint64 chunkBytes = 64 * 1024;
// Stop feeding the socket while this much is still queued: that is the backpressure.
constexpr qint64 highWaterBytes = 256 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, qint64 maxBodyBytes, int idleTimeoutMs,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_idleTimer(new QTimer(this))
    , m_handler(std::move(handler))
    , m_maxBodyBytes(maxBodyBytes)
{
    m_socket->setParent(this);
    // Bounded reads: while a response is written, further requests wait in the
    // kernel and the peer feels TCP backpressure instead of growing our memory.
    m_socket->setReadBufferSize(readBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::writeMoreBody);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(idleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, &HttpConnection::closeIdle);
    m_idleTimer->start();
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::readData);
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

// The clock runs only between answers: a slow handler or a slow reader of a
// large body is not idle.
void HttpConnection::closeIdle()
{
    if (m_busy)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    deleteLater();
}

void HttpConnection::readData()
{
    if (m_busy)
        return;
    m_idleTimer->start();
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_buffer.isEmpty())
        return;
    HttpRequest request;
    const HttpRequestParser::Outcome outcome = HttpRequestParser::parse(m_buffer, m_maxBodyBytes, &request);
    switch (outcome.result) {
    case HttpRequestParser::Result::NeedMore:
        if (outcome.expectsContinue && !m_continueSent) {
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            m_continueSent = true;
        }
        return;
    case HttpRequestParser::Result::Invalid: refuse(outcome.errorStatus); return;
    case HttpRequestParser::Result::Complete:
        m_continueSent = false;
        m_buffer.remove(0, outcome.consumed);
        dispatch(request);
        return;
    }
}

void HttpConnection::dispatch(const HttpRequest &request)
{
    m_busy = true;
    m_idleTimer->stop();
    m_response = m_handler(request);
    m_closeAfter = request.wantsClose();
    if (request.method == "HEAD")
        m_response.omitBody = true;
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, &HttpConnection::writeResponse);
    else
        writeResponse();
}

void HttpConnection::refuse(int status)
{
    m_busy = true;
    m_idleTimer->stop();
    m_buffer.clear();
    m_response = HttpResponse();
    m_response.status = status;
    m_closeAfter = true;
    writeResponse();
}

void HttpConnection::writeResponse()
{
    const qint64 size = m_response.bodySize();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' '
        + HttpResponse::reasonPhrase(m_response.status) + "\r\n";
    head += "Date: " + HttpServer::httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "Content-Length: " + QByteArray::number(size) + "\r\n";
    head += m_closeAfter ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    for (const auto &header : std::as_const(m_response.headers))
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);

    m_bodyOffset = 0;
    m_bodyEnd = m_response.omitBody ? 0 : size;
    if (m_response.cutAfterBodyBytes >= 0 && m_response.cutAfterBodyBytes < m_bodyEnd)
        m_bodyEnd = m_response.cutAfterBodyBytes;
    writeMoreBody();
}

void HttpConnection::writeMoreBody()
{
    if (!m_busy)
        return;
    while (m_bodyOffset < m_bodyEnd && m_socket->bytesToWrite() < highWaterBytes) {
        const qint64 length = qMin(chunkBytes, m_bodyEnd - m_bodyOffset);
        const QByteArray chunk = m_response.stream ? m_response.stream->read(m_bodyOffset, length)
                                                   : m_response.body.mid(m_bodyOffset, length);
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
        m_bodyOffset += chunk.size();
    }
    if (m_bodyOffset >= m_bodyEnd && m_socket->bytesToWrite() == 0)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    const bool cut = m_response.cutAfterBodyBytes >= 0 && !m_response.omitBody
        && m_response.cutAfterBodyBytes < m_response.bodySize();
    m_busy = false;
    m_response = HttpResponse();
    if (cut) {
        // The peer sees the connection end before Content-Length bytes arrived.
        m_socket->abort();
        deleteLater();
        return;
    }
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    m_idleTimer->start();
    QTimer::singleShot(0, this, &HttpConnection::readData);
}
