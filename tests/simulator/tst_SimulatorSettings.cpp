#include "simulator/SimulatorSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_SimulatorSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValues_data();
    void readsValues();
    void defaultsWhenAbsent();
};

void tst_SimulatorSettings::readsValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ttl") << QStringLiteral("urlTtlSeconds") << QStringLiteral("90") << true;
    QTest::newRow("ttl zero") << QStringLiteral("urlTtlSeconds") << QStringLiteral("0") << false;
    QTest::newRow("speed") << QStringLiteral("speedFactor") << QStringLiteral("2.5") << true;
    QTest::newRow("speed text") << QStringLiteral("speedFactor") << QStringLiteral("fast") << false;
    QTest::newRow("throttle all") << QStringLiteral("faults/throttleNext") << QStringLiteral("-1") << true;
    QTest::newRow("throttle below -1") << QStringLiteral("faults/throttleNext") << QStringLiteral("-2") << false;
    QTest::newRow("html page") << QStringLiteral("faults/htmlPageNext") << QStringLiteral("3") << true;
    QTest::newRow("delay") << QStringLiteral("faults/delayMs") << QStringLiteral("250") << true;
    QTest::newRow("cut download") << QStringLiteral("faults/cutDownloadNext") << QStringLiteral("1") << true;
}

void tst_SimulatorSettings::readsValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("simulator/") + key, value);
    const SimulatorConfig config = SimulatorSettings::load(settings);
    const SimulatorConfig defaults;
    QString got;
    QString fallback;
    if (key == QLatin1String("urlTtlSeconds")) {
        got = QString::number(config.urlTtlSeconds);
        fallback = QString::number(defaults.urlTtlSeconds);
    } else if (key == QLatin1String("speedFactor")) {
        got = QString::number(config.speedFactor);
        fallback = QString::number(defaults.speedFactor);
    } else if (key == QLatin1String("faults/throttleNext")) {
        got = QString::number(config.faults.throttleNext);
        fallback = QString::number(defaults.faults.throttleNext);
    } else if (key == QLatin1String("faults/htmlPageNext")) {
        got = QString::number(config.faults.htmlPageNext);
        fallback = QString::number(defaults.faults.htmlPageNext);
    } else if (key == QLatin1String("faults/delayMs")) {
        got = QString::number(config.faults.delayMs);
        fallback = QString::number(defaults.faults.delayMs);
    } else {
        got = QString::number(config.faults.cutDownloadNext);
        fallback = QString::number(defaults.faults.cutDownloadNext);
    }
    QCOMPARE(got, accepted ? value : fallback);
}

void tst_SimulatorSettings::defaultsWhenAbsent()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const SimulatorConfig config = SimulatorSettings::load(settings);
    const SimulatorConfig defaults;
    QCOMPARE(config.urlTtlSeconds, defaults.urlTtlSeconds);
    QCOMPARE(config.largeReportBytes, defaults.largeReportBytes);
    QCOMPARE(config.faults.serverErrorNext, 0);
    QCOMPARE(config.faults.malformedJsonNext, 0);
}

QTEST_GUILESS_MAIN(tst_SimulatorSettings)
#include "tst_SimulatorSettings.moc"
