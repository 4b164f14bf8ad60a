#include "DownloadTestUtils.h"
#include "ScriptedHttpServer.h"
#include "downloads/DownloadQueue.h"

#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DownloadTestUtils;
using Kind = DownloadResult::Kind;

namespace {

// The test server listens on 127.0.0.1 over plain HTTP, as the simulator does.
void allowLoopbackHttp(DownloadQueue *queue)
{
    DownloadOptions options = queue->options();
    options.allowLoopbackHttp = true;
    queue->setOptions(options);
}

} // namespace

class TestDownloadQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void respectsLimit_data();
    void respectsLimit();
    void cancelQueued();
    void cancelRunningStartsNext();
    void cancelAll();
    void duplicateRefused();
    void raisingLimitStartsWaiting();

private:
    // Serves /<n>.pdf slowly (so downloads overlap) with distinct bytes per path.
    void serveSlowly(int chunkIntervalMs);
    QUrl urlFor(qint64 exportId) const { return m_server->url(QStringLiteral("/%1.pdf").arg(exportId)); }
    QString targetFor(qint64 exportId) const { return m_dir->filePath(QStringLiteral("%1.pdf").arg(exportId)); }
    static QByteArray bodyFor(qint64 exportId) { return randomBytes(60000, quint32(exportId)); }

    QNetworkAccessManager *m_network = nullptr;
    ScriptedHttpServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestDownloadQueue::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new ScriptedHttpServer(this);
    m_dir = new QTemporaryDir();
    QVERIFY(m_server->isListening());
}

void TestDownloadQueue::cleanup()
{
    delete m_server;
    delete m_network;
    delete m_dir;
    m_server = nullptr;
    m_network = nullptr;
    m_dir = nullptr;
}

void TestDownloadQueue::serveSlowly(int chunkIntervalMs)
{
    m_server->setHandler([chunkIntervalMs](const RecordedRequest &request) {
        const qint64 exportId = request.path.mid(1).chopped(4).toLongLong();
        ScriptedResponse response = ScriptedResponse::withBody(bodyFor(exportId), "application/pdf");
        response.chunkBytes = 6000;
        response.chunkIntervalMs = chunkIntervalMs;
        return response;
    });
}

void TestDownloadQueue::respectsLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("downloads");
    QTest::newRow("default 3, 5 downloads") << 0 << 5;
    QTest::newRow("1 at a time") << 1 << 3;
    QTest::newRow("2, 4 downloads") << 2 << 4;
    QTest::newRow("limit above demand") << 5 << 2;
}

void TestDownloadQueue::respectsLimit()
{
    QFETCH(int, limit);
    QFETCH(int, downloads);
    serveSlowly(15);
    DownloadQueue queue(m_network);
    allowLoopbackHttp(&queue);
    QCOMPARE(queue.maxConcurrent(), DownloadQueue::DefaultMaxConcurrent);
    if (limit > 0)
        queue.setMaxConcurrent(limit);
    const int effective = limit > 0 ? limit : DownloadQueue::DefaultMaxConcurrent;

    int running = 0;
    int peak = 0;
    int serverPeak = 0;
    connect(&queue, &DownloadQueue::started, this, [&] { peak = qMax(peak, ++running); });
    connect(&queue, &DownloadQueue::finished, this, [&] { --running; });
    connect(m_server, &ScriptedHttpServer::requestReceived, this,
            [&] { serverPeak = qMax(serverPeak, m_server->openConnections()); });
    QSignalSpy queued(&queue, &DownloadQueue::queued);
    QSignalSpy finished(&queue, &DownloadQueue::finished);

    for (qint64 id = 1; id <= downloads; ++id)
        QVERIFY(queue.enqueue(id, urlFor(id), targetFor(id)));
    QCOMPARE(queued.size(), downloads);
    QCOMPARE(queue.runningCount(), qMin(effective, downloads));
    QCOMPARE(queue.queuedCount(), qMax(0, downloads - effective));
    for (qint64 id = 1; id <= downloads; ++id)
        QCOMPARE(queue.state(id), id <= effective ? DownloadQueue::State::Running : DownloadQueue::State::Queued);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), downloads, 30000);
    QCOMPARE(peak, qMin(effective, downloads));
    QVERIFY(serverPeak <= effective);
    QCOMPARE(m_server->requestCount(), downloads);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const qint64 id = args.at(0).toLongLong();
        QVERIFY(args.at(1).value<DownloadResult>().isSuccess());
        QCOMPARE(fileSha256(targetFor(id)), sha256(bodyFor(id)));
        QCOMPARE(queue.state(id), DownloadQueue::State::None);
    }
}

void TestDownloadQueue::cancelQueued()
{
    serveSlowly(15);
    DownloadQueue queue(m_network);
    allowLoopbackHttp(&queue);
    QSignalSpy started(&queue, &DownloadQueue::started);
    QSignalSpy finished(&queue, &DownloadQueue::finished);
    for (qint64 id = 1; id <= 4; ++id)
        queue.enqueue(id, urlFor(id), targetFor(id));
    QCOMPARE(queue.state(4), DownloadQueue::State::Queued);
    QVERIFY(queue.cancel(4));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toLongLong(), qint64(4));
    QCOMPARE(finished.constFirst().at(1).value<DownloadResult>().kind, Kind::Cancelled);
    QCOMPARE(queue.state(4), DownloadQueue::State::None);
    QVERIFY(!queue.cancel(4));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
    QCOMPARE(started.size(), 3); // the cancelled one never started
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY(!QFile::exists(targetFor(4)));
}

void TestDownloadQueue::cancelRunningStartsNext()
{
    serveSlowly(40);
    DownloadQueue queue(m_network);
    allowLoopbackHttp(&queue);
    queue.setMaxConcurrent(1);
    QSignalSpy started(&queue, &DownloadQueue::started);
    QSignalSpy finished(&queue, &DownloadQueue::finished);
    queue.enqueue(1, urlFor(1), targetFor(1));
    queue.enqueue(2, urlFor(2), targetFor(2));
    QCOMPARE(queue.state(2), DownloadQueue::State::Queued);
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(queue.cancel(1));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(1).value<DownloadResult>().kind, Kind::Cancelled);
    QCOMPARE(queue.state(2), DownloadQueue::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(finished.constLast().at(1).value<DownloadResult>().isSuccess());
    QVERIFY(!QFile::exists(targetFor(1)));
    QCOMPARE(fileSha256(targetFor(2)), sha256(bodyFor(2)));
}

void TestDownloadQueue::cancelAll()
{
    serveSlowly(40);
    DownloadQueue queue(m_network);
    allowLoopbackHttp(&queue);
    QSignalSpy finished(&queue, &DownloadQueue::finished);
    QSignalSpy started(&queue, &DownloadQueue::started);
    for (qint64 id = 1; id <= 5; ++id)
        queue.enqueue(id, urlFor(id), targetFor(id));
    queue.cancelAll();
    QCOMPARE(finished.size(), 5);
    QCOMPARE(started.size(), 3);
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(1).value<DownloadResult>().kind, Kind::Cancelled);
    QCOMPARE(queue.runningCount(), 0);
    QCOMPARE(queue.queuedCount(), 0);
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestDownloadQueue::duplicateRefused()
{
    serveSlowly(15);
    DownloadQueue queue(m_network);
    allowLoopbackHttp(&queue);
    QVERIFY(queue.enqueue(7, urlFor(7), targetFor(7)));
    QVERIFY(!queue.enqueue(7, urlFor(7), targetFor(7)));
    QSignalSpy finished(&queue, &DownloadQueue::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(queue.enqueue(7, urlFor(7), targetFor(7))); // allowed again once finished
    QVERIFY(finished.wait(30000));
}

void TestDownloadQueue::raisingLimitStartsWaiting()
{
    serveSlowly(40);
    DownloadQueue queue(m_network);
    allowLoopbackHttp(&queue);
    queue.setMaxConcurrent(1);
    for (qint64 id = 1; id <= 3; ++id)
        queue.enqueue(id, urlFor(id), targetFor(id));
    QCOMPARE(queue.runningCount(), 1);
    queue.setMaxConcurrent(3);
    QCOMPARE(queue.runningCount(), 3);
    QCOMPARE(queue.queuedCount(), 0);
    queue.setMaxConcurrent(0); // clamped to 1
    QCOMPARE(queue.maxConcurrent(), 1);
    queue.cancelAll();
}

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_DownloadQueue.moc"
