#pragma once

#include "api/ExportInfo.h"
#include "api/ExportType.h"

#include <QObject>

class QIODevice;
class TaskHistoryStore;
class TaskTableModel;
struct DownloadResult;

// What reportdesk-cli adds to the export history, so that an export started
// by a nightly job shows up in the window: the exports it starts, what it
// learns about exports already in the history, and the files it saves. The
// same model and store as the window's (TaskTableModel, TaskHistoryStore), so
// the rows are the ones the window would have written. Every record is
// committed at once: a job killed afterwards loses nothing.
class CliHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliHistory)

public:
    // warnings: where a history that cannot be written is mentioned (standard error).
    CliHistory(const QString &profileId, QIODevice *warnings, QObject *parent = nullptr);
    ~CliHistory() override;

    void recordStarted(const ExportInfo &info, qint64 reportId, ExportType type);
    // A status answer: kept when the export is in the history (or added when asked).
    void recordStatus(const ExportInfo &info, bool addIfAbsent);
    void recordSaved(const ExportInfo &info, const DownloadResult &result);

private:
    void commit();
    void warn(const QString &detail);

    TaskTableModel *m_model;
    TaskHistoryStore *m_store;
    QIODevice *m_warnings;
    bool m_warned = false;
};
