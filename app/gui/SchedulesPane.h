#pragma once

#include "schedules/Schedule.h"

#include <QWidget>

#include <optional>

class AppContext;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class ScheduleHost;
class ScheduleProxyModel;

// The Schedules pane: the schedules of the history in a table (next run in
// local time, last result with its reason) with New…, Edit…, Pause/Resume,
// Run now and Delete…; a sentence and "New schedule…" while there are none.
// Enter edits, Delete deletes (after asking), Tab leaves the table for the buttons.
class SchedulesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesPane)

public:
    SchedulesPane(AppContext *context, QWidget *parent = nullptr);
    ~SchedulesPane() override;

    // Selects a schedule's row (the banner's "Show schedule").
    void selectSchedule(const QString &scheduleId);
    QString currentScheduleId() const;
    QTableView *table() const { return m_table; }

    void newSchedule();
    void editCurrent();
    void togglePausedCurrent();
    void runCurrentNow();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    std::optional<Schedule> current() const;
    void openDialog(const std::optional<Schedule> &schedule);
    void updatePage();
    void updateButtons();
    void retranslate();
    void showContextMenu(const QPoint &pos);

    AppContext *m_context;
    ScheduleHost *m_host;
    ScheduleProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyNewButton;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_pauseButton;
    QPushButton *m_runButton;
    QPushButton *m_deleteButton;
    QTimer *m_refreshTimer; // others' changes (the CLI) and "due now", while visible
};
