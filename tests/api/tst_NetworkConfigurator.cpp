#include "ScriptedHttpServer.h"
#include "api/NetworkConfigurator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ProxySettings::Mode)

class TestNetworkConfigurator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualProxy_data();
    void manualProxy();
    void systemProxyUsesAFactory();
    void requestsGoThroughTheHttpProxy();
    void proxyCredentialsAreSentWhenAsked();
    void describeProxyOmitsPassword();

private:
    static ProxySettings httpProxy(quint16 port, const QString &user = {}, const QString &password = {});
};

ProxySettings TestNetworkConfigurator::httpProxy(quint16 port, const QString &user, const QString &password)
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Http;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.user = user;
    settings.password = password;
    return settings;
}

void TestNetworkConfigurator::manualProxy_data()
{
    QTest::addColumn<ProxySettings::Mode>("mode");
    QTest::addColumn<int>("type");
    QTest::newRow("http") << ProxySettings::Mode::Http << int(QNetworkProxy::HttpProxy);
    QTest::newRow("socks5") << ProxySettings::Mode::Socks5 << int(QNetworkProxy::Socks5Proxy);
    QTest::newRow("none") << ProxySettings::Mode::None << int(QNetworkProxy::NoProxy);
}

void TestNetworkConfigurator::manualProxy()
{
    QFETCH(ProxySettings::Mode, mode);
    QFETCH(int, type);
    QNetworkAccessManager network;
    ProxySettings settings = httpProxy(3128, QStringLiteral("alice"), QStringLiteral("pw"));
    settings.mode = mode;
    NetworkConfigurator::applyProxy(&network, ProxySettings { ProxySettings::Mode::System, {}, 0, {}, {} });
    NetworkConfigurator::applyProxy(&network, settings);
    QCOMPARE(int(network.proxy().type()), type);
    QCOMPARE(network.proxyFactory(), nullptr); // the system factory set before is gone
    if (mode != ProxySettings::Mode::None) {
        QCOMPARE(network.proxy().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(network.proxy().port(), quint16(3128));
        QCOMPARE(network.proxy().user(), QStringLiteral("alice"));
        QCOMPARE(network.proxy().password(), QStringLiteral("pw"));
    }
}

void TestNetworkConfigurator::systemProxyUsesAFactory()
{
    QNetworkAccessManager network;
    NetworkConfigurator::applyProxy(&network, ProxySettings {});
    QVERIFY(network.proxyFactory() != nullptr);
    // Only this manager: the application-wide proxy is untouched.
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

void TestNetworkConfigurator::requestsGoThroughTheHttpProxy()
{
    ScriptedHttpServer proxy;
    proxy.enqueue(ScriptedResponse::withBody("report", "text/html"));
    QNetworkAccessManager network;
    NetworkConfigurator::applyProxy(&network, httpProxy(proxy.port()));
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://reports.invalid/r.html?a=1"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArrayLiteral("report"));
    QCOMPARE(proxy.requestCount(), 1);
    // An HTTP proxy gets the absolute URL.
    QCOMPARE(proxy.lastRequest().path, QByteArrayLiteral("http://reports.invalid/r.html"));
    QCOMPARE(proxy.lastRequest().rawQuery, QByteArrayLiteral("a=1"));
    delete reply;
}

void TestNetworkConfigurator::proxyCredentialsAreSentWhenAsked()
{
    ScriptedHttpServer proxy;
    proxy.enqueue(
        ScriptedResponse::withBody("auth", "text/plain", 407).header("Proxy-Authenticate", "Basic realm=\"corp\""));
    proxy.enqueue(ScriptedResponse::withBody("report", "text/html"));
    QNetworkAccessManager network;
    NetworkConfigurator::applyProxy(&network,
                                    httpProxy(proxy.port(), QStringLiteral("alice"), QStringLiteral("s3cret")));
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://reports.invalid/r.html"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(proxy.requestCount(), 2);
    QCOMPARE(proxy.lastRequest().header("proxy-authorization"),
             QByteArrayLiteral("Basic ") + QByteArrayLiteral("alice:s3cret").toBase64());
    delete reply;
}

void TestNetworkConfigurator::describeProxyOmitsPassword()
{
    const QString text
        = NetworkConfigurator::describeProxy(httpProxy(8080, QStringLiteral("alice"), QStringLiteral("s3cret")));
    QCOMPARE(text, QStringLiteral("http://alice@127.0.0.1:8080"));
    QCOMPARE(NetworkConfigurator::describeProxy(ProxySettings {}), QStringLiteral("system"));
}

QTEST_GUILESS_MAIN(TestNetworkConfigurator)
#include "tst_NetworkConfigurator.moc"
