#include "api/NetworkSettings.h"

#include <QSettings>

namespace {
QString modeKey(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::System: break;
    case ProxySettings::Mode::None: return QStringLiteral("none");
    case ProxySettings::Mode::Http: return QStringLiteral("http");
    case ProxySettings::Mode::Socks5: return QStringLiteral("socks5");
    }
    return QStringLiteral("system");
}

ProxySettings::Mode modeFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return ProxySettings::Mode::None;
    if (key == QLatin1String("http"))
        return ProxySettings::Mode::Http;
    if (key == QLatin1String("socks5"))
        return ProxySettings::Mode::Socks5;
    return ProxySettings::Mode::System;
}
} // namespace

NetworkSettings NetworkSettings::load(const QSettings &settings)
{
    NetworkSettings result;
    const int seconds = settings.value(QStringLiteral("network/timeoutSeconds"), 30).toInt();
    result.timeoutMs = qBound(5, seconds, 600) * 1000;
    result.proxy.mode = modeFromKey(settings.value(QStringLiteral("network/proxyMode")).toString());
    result.proxy.host = settings.value(QStringLiteral("network/proxyHost")).toString();
    result.proxy.port = static_cast<quint16>(settings.value(QStringLiteral("network/proxyPort"), 8080).toUInt());
    result.proxy.user = settings.value(QStringLiteral("network/proxyUser")).toString();
    result.requestLog = settings.value(QStringLiteral("diagnostics/requestLog"), false).toBool();
    return result;
}

void NetworkSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("network/timeoutSeconds"), timeoutMs / 1000);
    settings.setValue(QStringLiteral("network/proxyMode"), modeKey(proxy.mode));
    settings.setValue(QStringLiteral("network/proxyHost"), proxy.host);
    settings.setValue(QStringLiteral("network/proxyPort"), proxy.port);
    settings.setValue(QStringLiteral("network/proxyUser"), proxy.user);
    settings.setValue(QStringLiteral("diagnostics/requestLog"), requestLog);
}
