#pragma once

#include "api/ProxySettings.h"

#include <QString>

class QNetworkAccessManager;

// Network setup shared by API calls and downloads, applied to the one injected
// QNetworkAccessManager.
class NetworkConfigurator
{
public:
    // System: the platform's proxy configuration (environment variables, desktop settings)
    // through a factory set on this manager only, so no process-wide state changes;
    // None: direct; Http/Socks5: that proxy, with user and password when given.
    static void applyProxy(QNetworkAccessManager *network, const ProxySettings &settings);

    // For logs and diagnostics: the proxy without its password ("http://user@host:8080").
    static QString describeProxy(const ProxySettings &settings);
};
