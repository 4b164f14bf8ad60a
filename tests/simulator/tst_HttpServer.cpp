#include "simulator/GeneratedHtmlSource.h"
#include "simulator/HttpServer.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

namespace {

// Reads one response (status line, headers, Content-Length body) from a raw socket.
struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    bool complete = false;
};

// False when nothing more will come (timeout or the peer closed).
bool waitForData(QTcpSocket &socket)
{
    // The server lives in this thread: wait with the event loop running.
    const bool more = QTest::qWaitFor(
        [&] { return socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState; }, 10000);
    return more && socket.bytesAvailable() > 0;
}

RawResponse readResponse(QTcpSocket &socket, QByteArray &buffer)
{
    RawResponse response;
    int end = buffer.indexOf("\r\n\r\n");
    while (end < 0) {
        if (!waitForData(socket))
            return response;
        buffer += socket.readAll();
        end = buffer.indexOf("\r\n\r\n");
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        response.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qint64 total = end + 4 + response.headers.value("content-length").toLongLong();
    while (buffer.size() < total) {
        if (!waitForData(socket))
            return response;
        buffer += socket.readAll();
    }
    response.body = buffer.mid(end + 4, total - end - 4);
    buffer.remove(0, total);
    response.complete = true;
    return response;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void parseForm_data();
    void parseForm();
    void keepAliveAndPipelining();
    void postBody();
    void connectionClose();
    void expectContinue();
    void refusesOversizedBody();
    void streamsLargeBody();
    void cutsMidBody();
    void dateHeader();
    void idleConnectionsAreClosed();
    void slowAnswerIsNotIdle();
    void connectionsAreCapped();

private:
    QByteArray roundTrip(const QByteArray &raw);

    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_seen;
    HttpResponse m_next;
};

void TestHttpServer::init()
{
    m_seen.clear();
    m_next = HttpResponse();
    m_next.body = "hello";
    m_server = std::make_unique<HttpServer>([this](const HttpRequest &request) {
        m_seen.append(request);
        HttpResponse response = m_next;
        response.setHeader("X-Path", request.path());
        return response;
    });
    m_server->setMaxBodyBytes(1024);
    QVERIFY(m_server->listen(0));
    QVERIFY(m_server->serverPort() != 0);
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::parseForm_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("a=1&b=2") << QStringLiteral("b") << QStringLiteral("2");
    QTest::newRow("plus is space") << QByteArray("t=a+b") << QStringLiteral("t") << QStringLiteral("a b");
    QTest::newRow("%2B is plus") << QByteArray("s=a%2Bb%3D") << QStringLiteral("s") << QStringLiteral("a+b=");
    QTest::newRow("utf-8") << QByteArray("t=%E5%91%A8%E6%8A%A5") << QStringLiteral("t") << QStringLiteral("周报");
    QTest::newRow("empty value") << QByteArray("x=&y=1") << QStringLiteral("x") << QString();
    QTest::newRow("no equals") << QByteArray("flag&y=1") << QStringLiteral("flag") << QString();
}

void TestHttpServer::parseForm()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, name);
    QFETCH(QString, value);
    const QMap<QString, QString> form = HttpRequest::parseForm(encoded);
    QVERIFY(form.contains(name));
    QCOMPARE(form.value(name), value);
}

void TestHttpServer::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /one?x=1 HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray buffer;
    const RawResponse first = readResponse(socket, buffer);
    const RawResponse second = readResponse(socket, buffer);
    QVERIFY(first.complete);
    QVERIFY(second.complete);
    QCOMPARE(first.headers.value("x-path"), QByteArray("/one"));
    QCOMPARE(second.headers.value("x-path"), QByteArray("/two"));
    QCOMPARE(first.headers.value("connection"), QByteArray("keep-alive"));
    QCOMPARE(m_seen.size(), 2);
    QCOMPARE(m_seen.first().rawQuery(), QByteArray("x=1"));

    socket.write("GET /three HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(readResponse(socket, buffer).headers.value("x-path"), QByteArray("/three"));
    QCOMPARE(m_server->openConnections(), 1);
}

void TestHttpServer::postBody()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    // The body arrives in two pieces: the server waits for all Content-Length bytes.
    socket.write("POST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\nA=1");
    QVERIFY(socket.waitForBytesWritten(5000));
    // The server has taken the connection (and with it the first piece) before the rest is sent.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 1, 5000);
    QVERIFY(m_seen.isEmpty());
    socket.write("&B=2+3");
    QByteArray buffer;
    QVERIFY(readResponse(socket, buffer).complete);
    QCOMPARE(m_seen.size(), 1);
    QVERIFY(m_seen.first().isFormBody());
    QCOMPARE(HttpRequest::parseForm(m_seen.first().body).value(QStringLiteral("B")), QStringLiteral("2 3"));
}

void TestHttpServer::connectionClose()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    QVERIFY(response.complete);
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestHttpServer::expectContinue()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return socket.bytesAvailable() >= 25; }, 10000));
    QCOMPARE(socket.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write("a=b");
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    QCOMPARE(response.status, 200);
    QCOMPARE(m_seen.constLast().body, QByteArray("a=b"));
}

void TestHttpServer::refusesOversizedBody()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n");
    QByteArray buffer;
    QCOMPARE(readResponse(socket, buffer).status, 413);
    QVERIFY(m_seen.isEmpty());
}

void TestHttpServer::streamsLargeBody()
{
    const qint64 size = 40LL * 1024 * 1024;
    auto source = std::make_shared<GeneratedHtmlSource>(QStringLiteral("big"), size);
    m_next = HttpResponse();
    m_next.stream = source;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /big HTTP/1.1\r\n\r\n");
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    QVERIFY(response.complete);
    QCOMPARE(response.body.size(), size);
    QCOMPARE(response.body.left(1000), source->read(0, 1000));
    QCOMPARE(response.body.right(1000), source->read(size - 1000, 1000));
    QVERIFY(response.body.endsWith("</html>\n"));
}

void TestHttpServer::cutsMidBody()
{
    m_next.body = QByteArray(100000, 'z');
    m_next.cutAfterBodyBytes = 1000;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET / HTTP/1.1\r\n\r\n");
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    QVERIFY(!response.complete);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    QVERIFY(buffer.contains("Content-Length: 100000"));
    QCOMPARE(buffer.size() - headerEnd - 4, 1000);
}

void TestHttpServer::dateHeader()
{
    const QDateTime when(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(HttpServer::httpDate(when), QByteArray("Fri, 02 Jan 2026 03:04:05 GMT"));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET / HTTP/1.1\r\n\r\n");
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(response.headers.value("date")),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QVERIFY(date.isValid());
}

namespace {

bool allUnconnected(const std::vector<std::unique_ptr<QTcpSocket>> &sockets, size_t from = 0)
{
    for (size_t i = from; i < sockets.size(); ++i) {
        if (sockets[i]->state() != QAbstractSocket::UnconnectedState)
            return false;
    }
    return true;
}

} // namespace

// The reported leak: idle keep-alive sockets were kept open forever.
void TestHttpServer::idleConnectionsAreClosed()
{
    m_server->setIdleTimeout(300);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 40; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    }
    // One of them is used first: idle time counts from its last answer.
    QVERIFY(sockets.front()->waitForConnected(5000));
    sockets.front()->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray buffer;
    QVERIFY(readResponse(*sockets.front(), buffer).complete);
    QTRY_COMPARE(m_server->openConnections(), 40);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 5000);
    QTRY_VERIFY(allUnconnected(sockets));
}

// Waiting for the handler's answer is not idleness.
void TestHttpServer::slowAnswerIsNotIdle()
{
    m_server->setIdleTimeout(200);
    m_next.delayMs = 700;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    QVERIFY(response.complete);
    QCOMPARE(response.body, QByteArray("hello"));
}

void TestHttpServer::connectionsAreCapped()
{
    m_server->setMaxConnections(5);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 5; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    }
    QTRY_COMPARE(m_server->openConnections(), 5);
    for (int i = 0; i < 7; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    }
    QTRY_VERIFY(allUnconnected(sockets, 5)); // the server closed the ones over the cap
    QCOMPARE(m_server->openConnections(), 5);

    // Room again once a connection has gone.
    sockets.front()->abort();
    QTRY_COMPARE(m_server->openConnections(), 4);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(late.waitForConnected(5000));
    late.write("GET /late HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray buffer;
    QVERIFY(readResponse(late, buffer).complete);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_HttpServer.moc"
