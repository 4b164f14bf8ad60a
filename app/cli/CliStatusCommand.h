#pragma once

#include "CliApiCommand.h"
#include "api/ExportInfo.h"

#include <QElapsedTimer>

class DownloadCoordinator;
class DownloadQueue;
struct DownloadResult;

// reportdesk-cli status: one export's status (DescribeReportExport), with --wait
// asked again until the export ends. Also what download and export --wait build
// on: they follow an export the same way, and with --output save the finished
// file (fetching a fresh link when needed) and record it in the history.
class CliStatusCommand : public CliApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliStatusCommand)

public:
    CliStatusCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliStatusCommand() override;

protected:
    void runWithClient() override;
    void cancelWork() override;
    // Asks for the status of exportId, then keeps asking while --wait and not finished.
    void follow(qint64 exportId);
    // The export ended (or no --wait): prints the status; exit 5 when it failed.
    virtual void finishWithStatus(const ExportInfo &info);
    // A status answer for an export the history does not know adds it (export: the run started it).
    virtual bool addsUnknownExportsToHistory() const { return false; }

    ExportInfo m_started; // ExportCustomizeReport's answer (FileName, type), when this run started the export

private:
    void pollStatus();
    void onStatus(ApiReply *reply);
    void startDownload(const ExportInfo &info);
    void onDownloadFinished(qint64 exportId, const DownloadResult &result);
    QString downloadTarget(const ExportInfo &info, QString *problem) const;

    DownloadQueue *m_downloadQueue = nullptr;
    DownloadCoordinator *m_downloads = nullptr;
    QElapsedTimer m_waitClock;
    qint64 m_exportId = 0; // the export being followed
    ExportInfo m_latest; // the last DescribeReportExport answer
    ExportStatus m_lastShownStatus = ExportStatus::Unknown;
};
