#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "tasks/TaskTableModel.h"

#include <QMainWindow>

#include <functional>

namespace Ui {
class MainWindow;
}
class AccountBanner;
class AppContext;
class DesktopNotifier;
class FilterBar;
class ProfilesMenu;
class SchedulesDock;
class StatusBarPresenter;
class TaskFilterProxyModel;
class TaskRowActions;
class TaskTablePresenter;
class WelcomePage;

// The window users live in: the export table with its filter bar and details
// pane, the account banner, the welcome panel on first run. It wires the parts
// (TaskTablePresenter, TaskRowActions, FilterBar, StatusBarPresenter,
// ProfilesMenu, AccountBanner) together and picks the page.
// It holds no state of its own beyond view state; tasks live in the core's
// TaskController.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    TaskFilterProxyModel *proxyModel() const { return m_proxy; }
    SchedulesDock *schedulesDock() const { return m_schedulesDock; }

    // A problem another part of the window reports (a scheduled export that
    // failed), in the banner. The texts are asked for whenever the banner is
    // drawn, so a language switch re-words them; the button runs `action`. A
    // null `text` takes the banner down again if it still shows this problem.
    void showExternalProblem(const std::function<QString()> &text, const std::function<QString()> &actionText,
                             const std::function<void()> &action);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupTable();
    void setupActions();
    void setupDetails();
    void setupSchedules();
    void restoreViewState();
    void saveViewState() const;
    void retranslate();

    void updatePage();
    void showWelcome(bool show);
    void updateWindowTitle();
    void updateActions();
    void updateDetails();

    qint64 currentExportId() const;
    void selectExportId(qint64 exportId);
    void runRowAction(qint64 exportId, TaskTableModel::RowAction action);

    void newExport();
    void addExportId();

    void notifyFinished(qint64 exportId, const QString &text);

    Ui::MainWindow *m_ui;
    AppContext *m_context;
    TaskFilterProxyModel *m_proxy;
    DesktopNotifier *m_notifier;
    TaskTablePresenter *m_table = nullptr;
    TaskRowActions *m_rowActions = nullptr;
    FilterBar *m_filterBar = nullptr;
    StatusBarPresenter *m_statusBar = nullptr;
    ProfilesMenu *m_profilesMenu = nullptr;
    WelcomePage *m_welcome = nullptr; // built when first shown
    AccountBanner *m_banner = nullptr; // after setupUi: it drives m_ui->bannerFrame
    SchedulesDock *m_schedulesDock = nullptr;
    bool m_importTold = false;
    bool m_showRawAnswer = false; // the details pane lists the last answer's fields
    bool m_refreshRunning = false; // Refresh stays off until every export it asked about answered
};
