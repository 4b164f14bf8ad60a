#pragma once

#include "api/ProxySettings.h"

class QSettings;

// The user's network choices, shared by the GUI and the CLI: transfer timeout
// and proxy. Stored in QSettings under "network/"; the proxy password is not
// (it lives in the keychain under proxyPasswordKey()).
struct NetworkSettings
{
    int timeoutMs = 30 * 1000;
    ProxySettings proxy;
    bool requestLog = false;

    static NetworkSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Its own namespace, apart from the profiles' "profile/<id>" (see KeychainMigration).
    static QString proxyPasswordKey() { return QStringLiteral("network/proxy"); }
};
