#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

// One answer the fake server gives, in the order it was queued.
struct ScriptedResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // sent as given (Content-Length is added unless present)
    QByteArray body;
    int delayMs = 0; // wait this long before sending anything
    qint64 cutAfterBodyBytes = -1; // >= 0: send only this many body bytes, then close the connection
    bool stallInsteadOfCut = false; // with cutAfterBodyBytes: keep the connection open and silent instead
    qint64 declaredContentLength = -1; // >= 0: the Content-Length to announce (may exceed the body)
    int chunkBytes = 0; // > 0: stream the body in chunks of this size...
    int chunkIntervalMs = 0; // ...with this pause between chunks

    static ScriptedResponse json(const QByteArray &body, int status = 200);
    static ScriptedResponse withBody(const QByteArray &body, const QByteArray &contentType, int status = 200);
    ScriptedResponse &header(const QByteArray &name, const QByteArray &value);
};

// One request as the fake server received it.
struct ScriptedRequest
{
    QByteArray method;
    QByteArray path; // percent-encoded, without the query
    QByteArray rawQuery; // exactly as sent, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased, in arrival order
    QByteArray body;

    QByteArray header(const QByteArray &lowercaseName) const;
    bool hasHeader(const QByteArray &lowercaseName) const;
    QUrlQuery query() const; // parsed rawQuery
    QString queryValue(const QString &key) const; // fully decoded
    QUrlQuery form() const; // body parsed as application/x-www-form-urlencoded
};

// The first name of ScriptedRequest, kept for the tests written against it. Prefer
// ScriptedRequest: the simulator has its own RecordedRequest, and a test that sees both
// headers must not have two classes of one name.
using RecordedRequest = ScriptedRequest;

// An in-process HTTP/1.1 server on 127.0.0.1 (free port) for tests: records every
// request and answers from a queue of scripted responses, or from a handler when the
// queue is empty. Every answer carries "Connection: close", so each request uses its own
// connection and a cut connection never affects the next request.
// With neither a queued response nor a handler, it answers 599 so a test sees the surprise.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    using Handler = std::function<ScriptedResponse(const ScriptedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(); // called by the constructor; true when listening
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>/"
    QUrl url(const QString &path) const; // baseUrl() with this path (and query, if any)

    void enqueue(const ScriptedResponse &response);
    void enqueueJson(const QByteArray &body, int status = 200);
    void setHandler(Handler handler); // used when the queue is empty
    int pendingResponses() const { return int(m_queue.size()); }

    const QList<ScriptedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    ScriptedRequest lastRequest() const;
    void clearRequests() { m_requests.clear(); }
    int openConnections() const { return m_openConnections; }

Q_SIGNALS:
    void requestReceived(int index);
    void responseSent(int index); // the whole scripted answer went out (or was cut as scripted)
    void clientDisconnected(); // a connection closed, for either side's reason

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool tryParseRequest(QTcpSocket *socket);
    ScriptedResponse nextResponse(const ScriptedRequest &request);
    void sendResponse(QTcpSocket *socket, const ScriptedResponse &response, int index);
    void sendBody(QTcpSocket *socket, const ScriptedResponse &response, int index, qint64 offset);
    void finishBody(QTcpSocket *socket, const ScriptedResponse &response, int index);

    QTcpServer *m_server;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers; // bytes of a request not yet complete
    int m_openConnections = 0;
};
