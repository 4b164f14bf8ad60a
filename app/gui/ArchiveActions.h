#pragma once

#include <QObject>

class ProfileRepository;
class QAction;
class QMenu;
class QWidget;
class TaskHistoryStore;

// The File menu's archive actions: "Verify saved reports…" (VerifyArchiveDialog) and
// "Export history as CSV…" (HistoryCsvWriter through QSaveFile), over every profile's
// saved reports. Kept out of MainWindow: it only says where they go in the menu.
class ArchiveActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveActions)

public:
    // Inserts both actions into menu before `before`; window parents the dialogs.
    ArchiveActions(QWidget *window, TaskHistoryStore *store, ProfileRepository *profiles, QMenu *menu, QAction *before);
    ~ArchiveActions() override;

    QAction *verifyAction() const { return m_verify; }
    QAction *exportCsvAction() const { return m_exportCsv; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void verify();
    void exportCsv();

    QWidget *m_window;
    TaskHistoryStore *m_store;
    ProfileRepository *m_profiles;
    QAction *m_verify;
    QAction *m_exportCsv;
};
