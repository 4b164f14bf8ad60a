#include "DesktopNotifier.h"
#include "Icons.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace {
const auto NotificationsService = QStringLiteral("org.freedesktop.Notifications");
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::notify(const QString &title, const QString &text)
{
    if (notifyViaDBus(title, text))
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(Icons::get(QStringLiteral("reportdesk")), this);
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

bool DesktopNotifier::notifyViaDBus(const QString &title, const QString &text)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(NotificationsService))
        return false;
    QDBusMessage message
        = QDBusMessage::createMethodCall(NotificationsService, QStringLiteral("/org/freedesktop/Notifications"),
                                         NotificationsService, QStringLiteral("Notify"));
    message << QStringLiteral("ReportDesk") << quint32(0) << QStringLiteral("io.github.reportdesk.ReportDesk") << title
            << text << QStringList() << QVariantMap() << -1; // expire timeout: the server's default
    // Fire and forget: a notification must never block the window.
    return bus.send(message);
}
