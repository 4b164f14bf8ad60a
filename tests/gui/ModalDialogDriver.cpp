#include "ModalDialogDriver.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTest>
#include <QTimer>

ModalDialogDriver::ModalDialogDriver(QObject *parent, std::function<bool(QWidget *)> matches,
                                     std::function<void(QWidget *)> drive)
    : QObject(parent)
    , m_matches(std::move(matches))
    , m_drive(std::move(drive))
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, &ModalDialogDriver::poll);
    timer->start();
}

bool ModalDialogDriver::failed()
{
    return QTest::currentTestFailed();
}

void ModalDialogDriver::poll()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || !m_matches(modal))
        return;
    // One dialog per driver. `drive` may spin the event loop (QTRY_*), which
    // can run the deferred delete: nothing of this object is used after it.
    findChild<QTimer *>()->stop();
    const std::function<void(QWidget *)> drive = std::move(m_drive);
    deleteLater();
    const QPointer<QWidget> guard(modal);
    drive(modal);
    // A check that failed in `drive` returned early, maybe before the dialog
    // was closed: close it, so its exec() returns and the test ends now.
    if (!failed() || guard.isNull())
        return;
    QWidget *widget = guard.data();
    if (auto *dialog = qobject_cast<QDialog *>(widget))
        dialog->reject(); // a closed dialog stays closed: rejecting again does nothing
    else
        widget->close();
}
