#include "api/NetworkSettings.h"

#include "settings/AppSettings.h"

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

NetworkSettings NetworkSettings::load(const AppSettings &settings)
{
    NetworkSettings result;
    result.timeoutMs = settings.timeoutSeconds() * 1000;
    result.proxy.mode = modeFromKey(settings.proxyMode());
    result.proxy.host = settings.proxyHost();
    result.proxy.port = settings.proxyPort();
    result.proxy.user = settings.proxyUser();
    result.requestLog = settings.requestLog();
    return result;
}

void NetworkSettings::save(AppSettings &settings) const
{
    settings.setTimeoutSeconds(timeoutMs / 1000);
    settings.setProxyMode(modeKey(proxy.mode));
    settings.setProxyHost(proxy.host);
    settings.setProxyPort(proxy.port);
    settings.setProxyUser(proxy.user);
    settings.setRequestLog(requestLog);
}
