#include "api/ProxySettings.h"

QNetworkProxy ProxySettings::toNetworkProxy() const
{
    switch (mode) {
    case Mode::System: return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None: return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http: return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, user, password);
    case Mode::Socks5: return QNetworkProxy(QNetworkProxy::Socks5Proxy, host, port, user, password);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}
