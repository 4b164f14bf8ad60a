#pragma once

#include "api/ExportInfo.h"
#include "api/ExportType.h"

#include <QObject>

class QIODevice;
class TaskHistoryRecorder;
struct DownloadResult;

// What reportdesk-cli adds to the export history, so that an export started
// by a nightly job shows up in the window: the recording is the core's
// TaskHistoryRecorder (the window records scheduled exports the same way);
// this adds the CLI's one warning when the history cannot be written.
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
    void warn(const QString &detail);

    TaskHistoryRecorder *m_recorder;
    QIODevice *m_warnings;
    bool m_warned = false;
};
