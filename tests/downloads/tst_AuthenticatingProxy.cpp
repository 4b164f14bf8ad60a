// API calls and downloads through a real HTTP proxy that asks for a user and a
// password (tinyproxy with BasicAuth, started by the test on a free loopback
// port). Skipped only when tinyproxy is not installed.
#include "DownloadTestUtils.h"
#include "ScriptedHttpServer.h"
#include "api/ApiEndpoint.h"
#include "api/ApiReply.h"
#include "api/NetworkConfigurator.h"
#include "api/SecurityCenterClient.h"
#include "downloads/DownloadJob.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DownloadTestUtils;

namespace {

const QString ProxyUser = QStringLiteral("user");
const QString ProxyPassword = QStringLiteral("pass");

QByteArray reportListBody()
{
    return QByteArrayLiteral(R"({"RequestId":"REQ-PROXY","ReportList":[{"ReportId":1,"Title":"Weekly"}]})");
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestAuthenticatingProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void apiCallThroughManualProxy();
    void downloadThroughManualProxy();
    void downloadThroughSystemProxy();
    void wrongPasswordFailsWithoutSaving();

private:
    ProxySettings manualProxy(const QString &password = ProxyPassword) const;
    DownloadResult download(const QString &name);
    bool cameThroughProxy() const;

    QTemporaryDir m_proxyDir;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestAuthenticatingProxy::initTestCase()
{
    QString binary = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"), { QStringLiteral("/usr/sbin") });
    if (binary.isEmpty())
        QSKIP("tinyproxy is not installed (packaging/install-deps.sh installs it)");
    QVERIFY(m_proxyDir.isValid());
    m_proxyPort = freeLoopbackPort();
    QVERIFY(m_proxyPort != 0);
    const QString config = m_proxyDir.filePath(QStringLiteral("tinyproxy.conf"));
    QVERIFY(writeFile(config,
                      QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\n"
                                     "Allow 127.0.0.1\nBasicAuth %2 %3\nLogLevel Warning\n")
                          .arg(m_proxyPort)
                          .arg(ProxyUser, ProxyPassword)
                          .toUtf8()));
    m_proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proxy.start(binary, { QStringLiteral("-d"), QStringLiteral("-c"), config });
    QVERIFY2(m_proxy.waitForStarted(5000), qPrintable(m_proxy.errorString()));
    // Ready once it accepts connections.
    QVERIFY(QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_proxyPort);
            return probe.waitForConnected(200);
        },
        10000));
}

void TestAuthenticatingProxy::cleanupTestCase()
{
    if (m_proxy.state() == QProcess::NotRunning)
        return;
    m_proxy.terminate();
    if (!m_proxy.waitForFinished(5000)) {
        m_proxy.kill();
        m_proxy.waitForFinished(5000);
    }
}

void TestAuthenticatingProxy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ScriptedHttpServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_server->isListening());
}

void TestAuthenticatingProxy::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_dir.reset();
    qunsetenv("http_proxy");
}

ProxySettings TestAuthenticatingProxy::manualProxy(const QString &password) const
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Http;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_proxyPort;
    settings.user = ProxyUser;
    settings.password = password;
    return settings;
}

DownloadResult TestAuthenticatingProxy::download(const QString &name)
{
    DownloadJob job(m_network.get(), m_server->url(QStringLiteral("/r.pdf")), m_dir->filePath(name));
    DownloadOptions options;
    options.allowLoopbackHttp = true; // the target stands in for the storage service
    options.transferTimeoutMs = 10000;
    job.setOptions(options);
    QSignalSpy finished(&job, &DownloadJob::finished);
    job.start();
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<DownloadResult>();
}

// tinyproxy names itself in the Via header of what it forwards.
bool TestAuthenticatingProxy::cameThroughProxy() const
{
    return m_server->requestCount() > 0 && m_server->lastRequest().header("via").contains("tinyproxy");
}

void TestAuthenticatingProxy::apiCallThroughManualProxy()
{
    NetworkConfigurator::applyProxy(m_network.get(), manualProxy());
    SecurityCenterClient client(m_network.get(), nullptr);
    client.setEndpoint(ApiEndpoint::custom(m_server->baseUrl()));
    client.setCredentials({ QStringLiteral("LTAIproxy"), QStringLiteral("ProxyTestSecret"), {} });
    m_server->enqueueJson(reportListBody());
    ApiReply *reply = client.describeCustomizeReportList();
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(20000));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
    QCOMPARE(reply->reports().size(), 1);
    QVERIFY(cameThroughProxy());
}

// The reported bug: the API worked through this proxy, downloads ended in "HTTP 407".
void TestAuthenticatingProxy::downloadThroughManualProxy()
{
    NetworkConfigurator::applyProxy(m_network.get(), manualProxy());
    const QByteArray body = randomBytes(200000, 7);
    m_server->enqueue(ScriptedResponse::withBody(body, "application/pdf"));
    const DownloadResult result = download(QStringLiteral("r.pdf"));
    QVERIFY2(result.isSuccess(),
             qPrintable(DownloadResult::kindKey(result.kind) + QLatin1Char(' ') + result.detail + QLatin1Char(' ')
                        + QString::number(result.httpStatus)));
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("r.pdf"))), body);
    QVERIFY(cameThroughProxy());
}

// The system proxy from the environment, with its user and password in the URL.
void TestAuthenticatingProxy::downloadThroughSystemProxy()
{
    qputenv("http_proxy",
            QStringLiteral("http://%1:%2@127.0.0.1:%3").arg(ProxyUser, ProxyPassword).arg(m_proxyPort).toUtf8());
    NetworkConfigurator::applyProxy(m_network.get(), ProxySettings {});
    const QByteArray body = randomBytes(5000, 8);
    m_server->enqueue(ScriptedResponse::withBody(body, "application/pdf"));
    const DownloadResult result = download(QStringLiteral("s.pdf"));
    if (m_server->requestCount() > 0 && !cameThroughProxy())
        QSKIP("the platform's proxy resolver bypasses the proxy for loopback targets");
    QVERIFY2(result.isSuccess(), qPrintable(DownloadResult::kindKey(result.kind) + QLatin1Char(' ') + result.detail));
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("s.pdf"))), body);
    QVERIFY(cameThroughProxy());
}

void TestAuthenticatingProxy::wrongPasswordFailsWithoutSaving()
{
    NetworkConfigurator::applyProxy(m_network.get(), manualProxy(QStringLiteral("wrong")));
    m_server->enqueue(ScriptedResponse::withBody(randomBytes(1000, 9), "application/pdf"));
    const DownloadResult result = download(QStringLiteral("w.pdf"));
    QVERIFY(!result.isSuccess());
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(entries(m_dir->path()), QStringList());
}

QTEST_GUILESS_MAIN(TestAuthenticatingProxy)
#include "tst_AuthenticatingProxy.moc"
