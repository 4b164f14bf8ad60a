#include "CliHistory.h"

#include "downloads/DownloadResult.h"
#include "tasks/TaskHistoryRecorder.h"

#include <QCoreApplication>
#include <QIODevice>

CliHistory::CliHistory(const QString &profileId, QIODevice *warnings, QObject *parent)
    : QObject(parent)
    , m_recorder(new TaskHistoryRecorder(profileId, QString(), this))
    , m_warnings(warnings)
{
    connect(m_recorder, &TaskHistoryRecorder::writeFailed, this, &CliHistory::warn);
    if (m_recorder->loadResult().isProblem())
        warn(m_recorder->loadResult().message());
}

CliHistory::~CliHistory()
{
    m_recorder->commit();
}

void CliHistory::recordStarted(const ExportInfo &info, qint64 reportId, ExportType type)
{
    m_recorder->recordStarted(info, reportId, type);
}

void CliHistory::recordStatus(const ExportInfo &info, bool addIfAbsent)
{
    m_recorder->recordStatus(info, addIfAbsent);
}

void CliHistory::recordSaved(const ExportInfo &info, const DownloadResult &result)
{
    m_recorder->recordSaved(info, result.filePath, result.bytesReceived, result.sha256);
}

void CliHistory::warn(const QString &detail)
{
    // Once: the export itself went through, the history is what is missing.
    if (m_warned || !m_warnings)
        return;
    m_warned = true;
    const QString text
        = QCoreApplication::translate("Cli", "Warning: this run could not be recorded in the export history (%1).")
              .arg(detail)
        + QLatin1Char('\n');
    m_warnings->write(text.toUtf8());
}
