#pragma once

#include <QObject>

class QSystemTrayIcon;

// Tells the user about a finished export or download while the window is not
// active: the freedesktop notification service on Linux desktops, the system
// tray elsewhere, and the taskbar alert always.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &text);

private:
    bool notifyViaDBus(const QString &title, const QString &text);

    QSystemTrayIcon *m_tray = nullptr;
};
