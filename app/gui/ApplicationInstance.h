#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One ReportDesk window per user session, as qBittorrent's
// ApplicationInstanceManager does it: the first start listens on a local
// socket private to the user (and to the data folder, so test runs and
// separate profiles of the OS stay apart); a later start hands its command
// line to it and exits. A socket left by a crashed instance is taken over.
class ApplicationInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationInstance)

public:
    // How long a second start waits for the running one to answer. Generous: a
    // busy machine must not end up with two windows; a hung one still gets its
    // own window after this.
    static constexpr int HandoffTimeoutMs = 10000;

    // key: the socket's name; by default derived from the user and the app's data folder.
    explicit ApplicationInstance(const QString &key = QString(), QObject *parent = nullptr);
    ~ApplicationInstance() override;

    static QString defaultKey();
    QString serverName() const { return m_serverName; }

    // True when this process is now the one instance (also after a stale socket
    // was cleared); false when another instance runs.
    bool becomePrimary();
    bool isPrimary() const { return m_server != nullptr; }
    // Sends the arguments to the running instance; true once it confirmed them.
    bool sendToPrimary(const QStringList &arguments);

Q_SIGNALS:
    // A later start's command line (without the program name).
    void argumentsReceived(const QStringList &arguments);

private:
    bool listen();
    void onNewConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
