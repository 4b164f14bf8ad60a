#pragma once

#include "archive/ArchiveCheck.h"
#include "archive/ArchiveEntry.h"

#include <QDialog>
#include <QVector>

class ArchiveVerifier;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

// "Verify saved reports": re-hashes the saved reports of the export history
// (ArchiveVerifier, on its own thread) with a progress bar in files and MiB and a
// Cancel button, then lists the missing, modified and unreadable files with the
// recorded and the found SHA-256, under a one-line summary.
class VerifyArchiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyArchiveDialog)

public:
    explicit VerifyArchiveDialog(const QVector<ArchiveEntry> &entries, QWidget *parent = nullptr);
    ~VerifyArchiveDialog() override;

    // Starts the check (show() first, or exec()); returns at once.
    void start();
    bool isFinished() const { return m_finished; }
    // The files found to differ, in the order checked.
    const QVector<ArchiveCheck> &differing() const { return m_differing; }
    QTreeWidget *resultList() const { return m_list; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(int done, int total, qint64 bytes);
    void onChecked(const ArchiveCheck &check);
    void onFinished();
    // Texts come from the raw results each time: a language switch redraws them all.
    void retranslate();
    void updateTexts(); // the progress line and the summary
    void addRow(const ArchiveCheck &check);

    QVector<ArchiveEntry> m_entries;
    ArchiveVerifier *m_verifier;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
    QVector<ArchiveCheck> m_differing;
    int m_done = 0;
    qint64 m_bytes = 0;
    bool m_finished = false;
};
