#include "ApplicationInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>

namespace {

// The runtime folder is private to the user (0700); the temp folder is shared,
// so the socket itself is made user-only as well.
QString socketFolder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

QByteArray message(const QStringList &arguments)
{
    QJsonObject object;
    object.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

ApplicationInstance::ApplicationInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(socketFolder() + QLatin1Char('/') + (key.isEmpty() ? defaultKey() : key))
{
}

ApplicationInstance::~ApplicationInstance() = default;

QString ApplicationInstance::defaultKey()
{
    const QByteArray identity
        = qgetenv("USER") + '\n' + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    return QStringLiteral("reportdesk-")
        + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

bool ApplicationInstance::becomePrimary()
{
    if (m_server)
        return true;
    // Two starts at the same moment must not both decide the socket is stale.
    QLockFile lock(m_serverName + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(HandoffTimeoutMs))
        return false;
    // Asked before listening: with restricted permissions Qt creates the socket
    // elsewhere and renames it into place, which would silently take the name
    // from a running instance.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(500))
        return false; // someone answers: it runs
    // Nobody answers: no socket, or the one a crashed instance left behind.
    QLocalServer::removeServer(m_serverName);
    return listen();
}

bool ApplicationInstance::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &ApplicationInstance::onNewConnection);
    return true;
}

void ApplicationInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64 * 1024) // not a command line: drop it
                    socket->abort();
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(socket->readLine()).object();
            QStringList arguments;
            for (const QJsonValue &value : object.value(QLatin1String("arguments")).toArray())
                arguments.append(value.toString());
            socket->write("ok\n");
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

bool ApplicationInstance::sendToPrimary(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(HandoffTimeoutMs))
        return false;
    socket.write(message(arguments));
    if (!socket.waitForBytesWritten(HandoffTimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(HandoffTimeoutMs))
            return false;
    }
    return socket.readLine().startsWith("ok");
}
