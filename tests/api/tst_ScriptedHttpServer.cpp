#include "ScriptedHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// The shared test helper is itself tested, so a broken fake cannot make other tests pass.
class TestScriptedHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsRequests();
    void answersInOrderThenFromHandler();
    void answersSurpriseWhenEmpty();
    void cutConnectionGivesAnError();
    void declaredLengthLargerThanBody();
    void streamsInChunks();
    void stallKeepsTheClientWaiting();

private:
    QNetworkReply *send(const QString &path, const QByteArray &body = {});
    QNetworkAccessManager m_network;
    ScriptedHttpServer *m_server = nullptr;
};

QNetworkReply *TestScriptedHttpServer::send(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_server->url(path));
    request.setRawHeader("X-Custom", "Value 1");
    if (body.isEmpty())
        return m_network.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_network.post(request, body);
}

void TestScriptedHttpServer::recordsRequests()
{
    ScriptedHttpServer server;
    m_server = &server;
    server.enqueueJson("{}");
    QNetworkReply *reply = send(QStringLiteral("/a%20b/c?x=1&y=%2F"), "k=v+w&z=%41");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(server.requestCount(), 1);
    const ScriptedRequest r = server.lastRequest();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, QByteArrayLiteral("/a%20b/c"));
    QCOMPARE(r.rawQuery, QByteArrayLiteral("x=1&y=%2F"));
    QCOMPARE(r.queryValue(QStringLiteral("y")), QStringLiteral("/"));
    QCOMPARE(r.header("x-custom"), QByteArrayLiteral("Value 1"));
    QCOMPARE(r.body, QByteArrayLiteral("k=v+w&z=%41"));
    QCOMPARE(r.form().queryItemValue(QStringLiteral("k"), QUrl::FullyDecoded), QStringLiteral("v w"));
    QCOMPARE(reply->readAll(), QByteArrayLiteral("{}"));
    delete reply;
}

void TestScriptedHttpServer::answersInOrderThenFromHandler()
{
    ScriptedHttpServer server;
    m_server = &server;
    server.enqueue(ScriptedResponse::withBody("first", "text/plain", 201));
    server.setHandler([](const ScriptedRequest &request) {
        return ScriptedResponse::withBody("handled " + request.path, "text/plain");
    });
    for (const QByteArray &expected : { QByteArrayLiteral("first"), QByteArrayLiteral("handled /two") }) {
        QNetworkReply *reply = send(QStringLiteral("/two"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->readAll(), expected);
        delete reply;
    }
    QCOMPARE(server.pendingResponses(), 0);
}

void TestScriptedHttpServer::answersSurpriseWhenEmpty()
{
    ScriptedHttpServer server;
    m_server = &server;
    QNetworkReply *reply = send(QStringLiteral("/"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 599);
    delete reply;
}

void TestScriptedHttpServer::cutConnectionGivesAnError()
{
    ScriptedHttpServer server;
    m_server = &server;
    ScriptedResponse cut = ScriptedResponse::withBody(QByteArray(1000, 'x'), "application/octet-stream");
    cut.cutAfterBodyBytes = 100;
    server.enqueue(cut);
    QNetworkReply *reply = send(QStringLiteral("/"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 1000);
    delete reply;
}

void TestScriptedHttpServer::declaredLengthLargerThanBody()
{
    ScriptedHttpServer server;
    m_server = &server;
    ScriptedResponse shortBody = ScriptedResponse::withBody("abc", "text/plain");
    shortBody.declaredContentLength = 10;
    server.enqueue(shortBody);
    QNetworkReply *reply = send(QStringLiteral("/"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    delete reply;
}

void TestScriptedHttpServer::streamsInChunks()
{
    ScriptedHttpServer server;
    m_server = &server;
    ScriptedResponse slow = ScriptedResponse::withBody(QByteArray(3000, 'y'), "application/octet-stream");
    slow.chunkBytes = 1000;
    slow.chunkIntervalMs = 30;
    server.enqueue(slow);
    QNetworkReply *reply = send(QStringLiteral("/"));
    QSignalSpy pieces(reply, &QNetworkReply::readyRead);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll().size(), 3000);
    QVERIFY(pieces.count() >= 3); // the body really arrived in pieces
    delete reply;
}

void TestScriptedHttpServer::stallKeepsTheClientWaiting()
{
    ScriptedHttpServer server;
    m_server = &server;
    ScriptedResponse stall = ScriptedResponse::withBody(QByteArray(100, 'z'), "text/plain");
    stall.cutAfterBodyBytes = 10;
    stall.stallInsteadOfCut = true;
    server.enqueue(stall);
    QNetworkRequest request(server.url(QStringLiteral("/")));
    request.setTransferTimeout(300);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // Qt's transfer timeout
    delete reply;
}

QTEST_GUILESS_MAIN(TestScriptedHttpServer)
#include "tst_ScriptedHttpServer.moc"
