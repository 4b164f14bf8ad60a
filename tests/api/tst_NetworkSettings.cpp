#include "api/NetworkSettings.h"
#include "settings/AppSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestNetworkSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void passwordNeverWritten();
    void timeoutIsBounded();

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
};

void TestNetworkSettings::defaults()
{
    AppSettings settings(iniPath() + QStringLiteral(".empty"));
    const NetworkSettings loaded = NetworkSettings::load(settings);
    QCOMPARE(loaded.timeoutMs, 30000);
    QCOMPARE(loaded.proxy.mode, ProxySettings::Mode::System);
    QVERIFY(!loaded.requestLog);
}

void TestNetworkSettings::roundTrip_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("system") << int(ProxySettings::Mode::System);
    QTest::newRow("none") << int(ProxySettings::Mode::None);
    QTest::newRow("http") << int(ProxySettings::Mode::Http);
    QTest::newRow("socks5") << int(ProxySettings::Mode::Socks5);
}

void TestNetworkSettings::roundTrip()
{
    QFETCH(int, mode);
    NetworkSettings saved;
    saved.timeoutMs = 45000;
    saved.proxy.mode = static_cast<ProxySettings::Mode>(mode);
    saved.proxy.host = QStringLiteral("proxy.corp.example");
    saved.proxy.port = 3128;
    saved.proxy.user = QStringLiteral("alice");
    saved.requestLog = true;
    {
        AppSettings settings(iniPath());
        saved.save(settings);
    }
    AppSettings settings(iniPath());
    const NetworkSettings loaded = NetworkSettings::load(settings);
    QCOMPARE(loaded.timeoutMs, 45000);
    QCOMPARE(int(loaded.proxy.mode), mode);
    QCOMPARE(loaded.proxy.host, saved.proxy.host);
    QCOMPARE(loaded.proxy.port, saved.proxy.port);
    QCOMPARE(loaded.proxy.user, saved.proxy.user);
    QVERIFY(loaded.requestLog);
}

void TestNetworkSettings::passwordNeverWritten()
{
    NetworkSettings saved;
    saved.proxy.mode = ProxySettings::Mode::Http;
    saved.proxy.password = QStringLiteral("pr0xy-Secret-Value");
    const QString path = iniPath() + QStringLiteral(".password");
    {
        AppSettings settings(path);
        saved.save(settings);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pr0xy-Secret-Value"));
    AppSettings settings(path);
    QVERIFY(NetworkSettings::load(settings).proxy.password.isEmpty());
}

void TestNetworkSettings::timeoutIsBounded()
{
    AppSettings settings(iniPath() + QStringLiteral(".bounds"));
    // A hand-edited file: the raw key, out of bounds.
    settings.store()->setValue(QStringLiteral("network/timeoutSeconds"), 0);
    QCOMPARE(NetworkSettings::load(settings).timeoutMs, 5000);
    settings.store()->setValue(QStringLiteral("network/timeoutSeconds"), 100000);
    QCOMPARE(NetworkSettings::load(settings).timeoutMs, 600000);
}

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "tst_NetworkSettings.moc"
