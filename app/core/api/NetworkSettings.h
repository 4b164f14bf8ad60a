#pragma once

#include "api/ProxySettings.h"

class AppSettings;

// The user's network choices, shared by the GUI and the CLI: transfer timeout
// and proxy, as kept by AppSettings; the proxy password is not there (it lives
// in the keychain under proxyPasswordKey()).
struct NetworkSettings
{
    int timeoutMs = 30 * 1000;
    ProxySettings proxy;
    bool requestLog = false;

    static NetworkSettings load(const AppSettings &settings);
    void save(AppSettings &settings) const;
    // Its own namespace, apart from the profiles' "profile/<id>" (see KeychainMigration).
    static QString proxyPasswordKey() { return QStringLiteral("network/proxy"); }
};
