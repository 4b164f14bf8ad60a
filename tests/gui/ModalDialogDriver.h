#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Drives the next modal dialog from the event loop, for tests whose action
// runs the dialog's own exec(). A failed QVERIFY/QCOMPARE inside `drive` only
// returns from the lambda and would leave the dialog open, so the test would
// hang until its timeout; the driver then rejects the dialog, exec() returns
// at once, and failed() tells the test to stop.
class ModalDialogDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModalDialogDriver)

public:
    // `matches` picks the modal widget to drive; the driver deletes itself
    // once it has driven it (or with `parent`).
    ModalDialogDriver(QObject *parent, std::function<bool(QWidget *)> matches, std::function<void(QWidget *)> drive);

    // True once a check inside a driven lambda failed (QTest::currentTestFailed()).
    static bool failed();

    template<typename T> static void whenOpens(QObject *parent, std::function<void(T *)> drive)
    {
        new ModalDialogDriver(
            parent, [](QWidget *widget) { return qobject_cast<T *>(widget) != nullptr; },
            [drive](QWidget *widget) { drive(static_cast<T *>(widget)); });
    }

private:
    void poll();

    std::function<bool(QWidget *)> m_matches;
    std::function<void(QWidget *)> m_drive;
};
