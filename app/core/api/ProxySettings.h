#pragma once

#include <QNetworkProxy>
#include <QString>

// The proxy for API calls and downloads alike. System by default.
// The password is not stored with the rest: it comes from the keychain.
struct ProxySettings
{
    enum class Mode
    {
        System,
        None,
        Http,
        Socks5,
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // in memory only

    // Applies this setting to a QNetworkAccessManager's proxy (System uses the
    // platform's proxy factory).
    QNetworkProxy toNetworkProxy() const;
    // A manual proxy with a user: its password has to come from the keychain.
    bool needsStoredPassword() const { return (mode == Mode::Http || mode == Mode::Socks5) && !user.isEmpty(); }
};
