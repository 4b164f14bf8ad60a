#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

namespace Ui {
class MainWindow;
}
class AccountBanner;
class AppContext;
class DesktopNotifier;
class DownloadDelegate;
class QActionGroup;
class SchedulesDock;
class QLabel;
class WelcomePage;
class QToolButton;
class StatusDelegate;
class TaskTableLayout;
class TaskFilterProxyModel;

// The window users live in: the export table with its filter bar and details
// pane, the account banner, the welcome panel on first run. It holds no state
// of its own beyond view state; tasks live in the core's TaskController.
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
    void setupToolBarExtras();
    void setupLanguageMenu();
    void setupStatusBar();
    void setupSchedules();
    void setupFilterBar();
    void restoreViewState();
    void saveViewState() const;
    void retranslate();

    void updatePage();
    void showWelcome(bool show);
    void updateWindowTitle();
    void updateFilterCounts();
    void updateActions();
    void updateDetails();
    void updateStatusBar();
    QString connectionText() const;
    void updateAnimation(); // both timers below
    void updateAnimationTimer();
    void updateRelativeTimeTimer();
    void rebuildProfilesMenu();

    QList<qint64> selectedExportIds() const;
    qint64 currentExportId() const;
    void selectExportId(qint64 exportId);

    void newExport();
    void addExportId();
    void downloadSelected();
    void downloadExport(qint64 exportId);
    void exportAgainSelected();
    void removeSelected();
    void cancelDownloadSelected();
    void openFile(qint64 exportId);
    void showInFolder(qint64 exportId);
    void copyExportIds();
    void copyRequestId();
    void showContextMenu(const QPoint &pos);
    void activateRow(const QModelIndex &proxyIndex);

    void notifyFinished(qint64 exportId, const QString &text);

    Ui::MainWindow *m_ui;
    AppContext *m_context;
    TaskFilterProxyModel *m_proxy;
    StatusDelegate *m_statusDelegate;
    DownloadDelegate *m_downloadDelegate;
    TaskTableLayout *m_tableLayout = nullptr;
    QActionGroup *m_languageGroup;
    QAction *m_chineseAction;
    QAction *m_englishAction;
    QToolButton *m_accountButton;
    QToolButton *m_languageButton;
    QLabel *m_connectionLabel;
    QLabel *m_activityLabel;
    QLabel *m_demoBadge;
    DesktopNotifier *m_notifier;
    WelcomePage *m_welcome = nullptr; // built when first shown
    AccountBanner *m_banner = nullptr; // after setupUi: it drives m_ui->bannerFrame
    QTimer m_animationTimer; // runs only while an export is in progress
    QTimer m_relativeTimeTimer; // ages "in 9 min" texts; runs only while links are known
    int m_animationPhase = 0;
    SchedulesDock *m_schedulesDock = nullptr;
    bool m_importTold = false;
    bool m_showRawAnswer = false; // the details pane lists the last answer's fields
    bool m_refreshRunning = false; // Refresh stays off until every export it asked about answered
};
