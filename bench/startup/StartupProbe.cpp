#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
{
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Let this paint finish, then leave.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
