#pragma once

#include "schedules/ScheduleOccurrence.h"

#include <QDockWidget>

class AppContext;
class DesktopNotifier;
class MainWindow;
class QAction;
class SchedulesPane;

// The Schedules pane as a dock of the main window (View ▸ Schedules, restored
// with the window's state) with the "Schedules…" action that opens it, and the
// voice of the schedules that run while the window is open: a desktop
// notification for each finished occurrence, and a failure in the window's
// banner with a button that shows the schedule.
class SchedulesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesDock)

public:
    SchedulesDock(AppContext *context, MainWindow *window);
    ~SchedulesDock() override;

    // Built on first use (the dock shown, a test).
    SchedulesPane *pane();
    // "Schedules…": shows and raises the dock.
    QAction *openAction() const { return m_openAction; }
    void showSchedule(const QString &scheduleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(const QString &scheduleId, const QString &name, ScheduleOccurrence::State state,
                    const QString &errorKind, const QString &savedPath);
    void retranslate();

    AppContext *m_context;
    MainWindow *m_window;
    SchedulesPane *m_pane = nullptr;
    QAction *m_openAction;
    DesktopNotifier *m_notifier;
    QString m_bannerScheduleId; // the schedule whose failure the banner shows
};
