#pragma once

#include "signing/SignatureVersion.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

// Every setting ReportDesk keeps in its settings file, with its key, type and
// default, in one place (as KeePassXC's Config and qBittorrent's Preferences).
// Nobody else reads or writes these keys: the dialogs, the window, the CLI and
// the core go through this class, and AppContext applies the settings at start
// and again after the Settings dialog saved them.
//
// Profiles are records, not settings: ProfileRepository keeps them (under
// "profiles/") in the same file through store(). Secrets are never here.
//
// A light value over QSettings: instances in one process share what they read
// and write, so a short-lived AppSettings is as good as a long-lived one.
class AppSettings final
{
public:
    static constexpr int DefaultParallelDownloads = 3;
    static constexpr int MaxParallelDownloads = 6;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr quint16 DefaultProxyPort = 8080;

    // The application's settings file (organization and application name).
    AppSettings();
    // Another file in INI format (tests, tools).
    explicit AppSettings(const QString &iniFile);
    // Over a QSettings someone else owns (ProfileRepository's, a test's).
    explicit AppSettings(QSettings *settings);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QSettings *store() const { return m_settings; }
    void sync();

    // Interface: "zh", "en", or empty when never chosen (the system locale decides).
    QString language() const;
    void setLanguage(const QString &language);

    // Downloads.
    int parallelDownloads() const; // 1..MaxParallelDownloads
    void setParallelDownloads(int count);
    QString downloadFolder() const; // empty: the user's Downloads
    void setDownloadFolder(const QString &folder);
    bool askWhereToSave() const; // default true
    void setAskWhereToSave(bool ask);

    // API: the signature version a new profile starts with (each keeps its own).
    SignatureVersion newProfileSignatureVersion() const;
    void setNewProfileSignatureVersion(SignatureVersion version);

    // Network.
    int timeoutSeconds() const; // MinTimeoutSeconds..MaxTimeoutSeconds
    void setTimeoutSeconds(int seconds);
    QString proxyMode() const; // "system" (default), "none", "http", "socks5"
    void setProxyMode(const QString &mode);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    quint16 proxyPort() const;
    void setProxyPort(quint16 port);
    QString proxyUser() const; // the password is in the keychain
    void setProxyUser(const QString &user);

    // Diagnostics.
    bool requestLog() const; // default false
    void setRequestLog(bool on);
    static QString logFolder();

    // The demo's sample exports were started once (Help ▸ Reset demo starts them again).
    bool demoSamplesStarted() const;
    void setDemoSamplesStarted(bool started);

    // The window's layout, as Qt's saveGeometry()/saveState() give it.
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    QByteArray tableHeaderState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                         const QByteArray &header);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};
