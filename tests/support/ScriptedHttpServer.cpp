#include "ScriptedHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: break;
    }
    return "Scripted";
}

bool hasHeaderNamed(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status)
{
    return withBody(body, QByteArrayLiteral("application/json;charset=utf-8"), status);
}

ScriptedResponse ScriptedResponse::withBody(const QByteArray &body, const QByteArray &contentType, int status)
{
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({ QByteArrayLiteral("Content-Type"), contentType });
    return r;
}

ScriptedResponse &ScriptedResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray ScriptedRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowercaseName)
            return h.second;
    }
    return {};
}

bool ScriptedRequest::hasHeader(const QByteArray &lowercaseName) const
{
    return hasHeaderNamed(headers, lowercaseName);
}

QUrlQuery ScriptedRequest::query() const
{
    return QUrlQuery(QString::fromLatin1(rawQuery));
}

QString ScriptedRequest::queryValue(const QString &key) const
{
    return query().queryItemValue(key, QUrl::FullyDecoded);
}

QUrlQuery ScriptedRequest::form() const
{
    // '+' means a space in form bodies; QUrlQuery keeps it literal.
    QByteArray text = body;
    text.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromLatin1(text));
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
    listen();
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    if (m_server->isListening())
        return true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 ScriptedHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return baseUrl().resolved(QUrl(path));
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void ScriptedHttpServer::enqueueJson(const QByteArray &body, int status)
{
    enqueue(ScriptedResponse::json(body, status));
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

ScriptedRequest ScriptedHttpServer::lastRequest() const
{
    return m_requests.isEmpty() ? ScriptedRequest() : m_requests.constLast();
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_openConnections;
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_openConnections;
            m_buffers.remove(socket);
            socket->deleteLater();
            Q_EMIT clientDisconnected();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket)) {
        socket->readAll(); // already answering this connection: ignore anything more
        return;
    }
    m_buffers[socket].append(socket->readAll());
    tryParseRequest(socket);
}

bool ScriptedHttpServer::tryParseRequest(QTcpSocket *socket)
{
    const QByteArray &buffer = m_buffers[socket];
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;

    ScriptedRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return false;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    m_buffers.remove(socket);

    m_requests.append(request);
    const int index = int(m_requests.size()) - 1;
    Q_EMIT requestReceived(index);
    const ScriptedResponse response = nextResponse(request);
    if (response.delayMs > 0) {
        const QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, socket, [this, guard, response, index] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                sendResponse(guard, response, index);
        });
    } else {
        sendResponse(socket, response, index);
    }
    return true;
}

ScriptedResponse ScriptedHttpServer::nextResponse(const ScriptedRequest &request)
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_handler)
        return m_handler(request);
    return ScriptedResponse::withBody(QByteArrayLiteral("ScriptedHttpServer: no scripted response left"),
                                      QByteArrayLiteral("text/plain"), 599);
}

void ScriptedHttpServer::sendResponse(QTcpSocket *socket, const ScriptedResponse &response, int index)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!hasHeaderNamed(response.headers, QByteArrayLiteral("Content-Length"))) {
        const qint64 length
            = response.declaredContentLength >= 0 ? response.declaredContentLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    sendBody(socket, response, index, 0);
}

void ScriptedHttpServer::sendBody(QTcpSocket *socket, const ScriptedResponse &response, int index, qint64 offset)
{
    qint64 end = response.body.size();
    if (response.cutAfterBodyBytes >= 0)
        end = qMin(end, response.cutAfterBodyBytes);
    const qint64 chunkEnd = response.chunkBytes > 0 ? qMin(end, offset + response.chunkBytes) : end;
    if (chunkEnd > offset)
        socket->write(response.body.mid(offset, chunkEnd - offset));
    if (chunkEnd >= end) {
        finishBody(socket, response, index);
        return;
    }
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.chunkIntervalMs, socket, [this, guard, response, index, chunkEnd] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            sendBody(guard, response, index, chunkEnd);
    });
}

void ScriptedHttpServer::finishBody(QTcpSocket *socket, const ScriptedResponse &response, int index)
{
    Q_EMIT responseSent(index);
    const bool cut = response.cutAfterBodyBytes >= 0 && response.cutAfterBodyBytes < response.body.size();
    if (cut && response.stallInsteadOfCut)
        return; // the client waits for bytes that never come
    // disconnectFromHost() flushes what is buffered first, so the client gets every byte written.
    socket->disconnectFromHost();
}
