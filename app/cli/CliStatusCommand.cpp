#include "CliStatusCommand.h"

#include "CliHistory.h"
#include "CliOutput.h"
#include "api/SecurityCenterClient.h"
#include "downloads/CachedLink.h"
#include "downloads/DownloadCoordinator.h"
#include "downloads/DownloadQueue.h"
#include "downloads/DownloadResult.h"
#include "downloads/FileNameSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

namespace {

ExportType typeFromUrl(const QUrl &url)
{
    return url.path().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? ExportType::Pdf : ExportType::Html;
}

CliExitCode exitCodeForDownload(DownloadResult::Kind kind)
{
    switch (kind) {
    case DownloadResult::Kind::Success: return CliExitCode::Ok;
    case DownloadResult::Kind::DiskFull:
    case DownloadResult::Kind::FileError: return CliExitCode::Local;
    case DownloadResult::Kind::Network:
    case DownloadResult::Kind::Incomplete:
    case DownloadResult::Kind::Cancelled: return CliExitCode::Network;
    case DownloadResult::Kind::LinkExpired:
    case DownloadResult::Kind::ServerError:
    case DownloadResult::Kind::UnsafeLink:
    case DownloadResult::Kind::LinkUnavailable: break;
    }
    return CliExitCode::Service;
}

} // namespace

CliStatusCommand::CliStatusCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliApiCommand(options, context, parent)
{
}

CliStatusCommand::~CliStatusCommand()
{
    // A download still running when the command goes leaves no partial file.
    if (m_downloads && m_exportId != 0)
        m_downloads->cancel(m_exportId);
}

void CliStatusCommand::runWithClient()
{
    follow(m_options.id);
}

void CliStatusCommand::cancelWork()
{
    if (m_downloads && m_exportId != 0)
        m_downloads->cancel(m_exportId);
}

void CliStatusCommand::follow(qint64 exportId)
{
    m_exportId = exportId;
    m_waitClock.start();
    pollStatus();
}

void CliStatusCommand::pollStatus()
{
    ApiReply *reply = client()->describeReportExport(m_exportId);
    connect(reply, &ApiReply::finished, this, [this, reply] { onStatus(reply); });
}

void CliStatusCommand::onStatus(ApiReply *reply)
{
    reply->deleteLater();
    if (reply->error().isError()) {
        failApi(reply->error(), reply->operation());
        return;
    }
    m_latest = reply->exportInfo();
    if (m_latest.exportId == 0)
        m_latest.exportId = m_exportId;
    // An export this run started, or one the history already follows, is kept current.
    if (CliHistory *history = this->history())
        history->recordStatus(m_latest, addsUnknownExportsToHistory());

    const ExportStatus status = m_latest.status;
    const bool waiting = m_options.wait && !isExportFinished(status);
    if (!waiting) {
        // status takes no --output: only download and export --wait --output save the file.
        if (status != ExportStatus::Succeeded || m_options.outputPath.isEmpty())
            finishWithStatus(m_latest);
        else
            startDownload(m_latest);
        return;
    }
    if (status != m_lastShownStatus) {
        m_lastShownStatus = status;
        progress(QCoreApplication::translate("Cli", "Export %1: %2")
                     .arg(m_exportId)
                     .arg(CliOutput::statusName(status, m_latest.rawStatus)));
    }
    if (m_waitClock.elapsed() + m_context.pollIntervalMs > m_context.maxWaitMs) {
        fail(CliExitCode::Network, QStringLiteral("WaitTimeout"),
             QCoreApplication::translate("Cli", "Export %1 did not finish in time (last status: %2).")
                 .arg(m_exportId)
                 .arg(CliOutput::statusName(status, m_latest.rawStatus)));
        return;
    }
    QTimer::singleShot(m_context.pollIntervalMs, this, &CliStatusCommand::pollStatus);
}

void CliStatusCommand::finishWithStatus(const ExportInfo &info)
{
    if (m_options.json)
        writeJson(CliOutput::exportStatusJson(info));
    else
        writeOut(CliOutput::exportStatusText(info));
    if (info.status == ExportStatus::Failed) {
        if (!m_options.json)
            writeErr(QCoreApplication::translate("Cli", "Export %1 failed.").arg(info.exportId) + QLatin1Char('\n'));
        finish(CliExitCode::ExportFailed);
        return;
    }
    succeed();
}

QString CliStatusCommand::downloadTarget(const ExportInfo &info, QString *problem) const
{
    const QFileInfo output(m_options.outputPath);
    if (!output.isDir()) {
        if (!output.absoluteDir().exists())
            *problem = QCoreApplication::translate("Cli", "The folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(output.absolutePath()));
        return output.absoluteFilePath();
    }
    const bool started = m_started.exportId == info.exportId && m_started.exportId != 0;
    const ExportType type = started ? m_options.exportType : typeFromUrl(info.downloadUrl);
    const QString name = FileNameSanitizer::proposedName(started ? m_started.fileName : QString(), QString(),
                                                         info.reportId, info.exportDate, info.exportId, type);
    return QDir(output.absoluteFilePath()).filePath(name);
}

void CliStatusCommand::startDownload(const ExportInfo &info)
{
    QString problem;
    const QString target = downloadTarget(info, &problem);
    if (!problem.isEmpty()) {
        fail(CliExitCode::Local, QStringLiteral("LocalFileError"), problem);
        return;
    }
    if (!m_downloads) {
        m_downloadQueue = new DownloadQueue(m_context.network, this);
        DownloadOptions downloadOptions = m_downloadQueue->options();
        downloadOptions.transferTimeoutMs = m_context.transferTimeoutMs;
        m_downloadQueue->setOptions(downloadOptions);
        m_downloads = new DownloadCoordinator(client(), m_downloadQueue, this);
        connect(m_downloads, &DownloadCoordinator::finished, this, &CliStatusCommand::onDownloadFinished);
        connect(m_downloads, &DownloadCoordinator::linkReceived, this,
                [this](qint64, const ExportInfo &fresh) { m_latest = fresh; });
    }
    // The answer just received is the freshest link there is; the coordinator still asks
    // again if it is about to expire, and once more if the storage says it has.
    CachedLink link;
    link.url = DownloadCoordinator::downloadUrlOf(info);
    link.expiresAt = info.urlExpiresAt;
    link.answeredAt = QDateTime::currentDateTimeUtc();
    progress(QCoreApplication::translate("Cli", "Downloading export %1 to %2")
                 .arg(info.exportId)
                 .arg(QDir::toNativeSeparators(target)));
    m_downloads->download(info.exportId, target, link);
}

void CliStatusCommand::onDownloadFinished(qint64 exportId, const DownloadResult &result)
{
    if (exportId != m_exportId || isInterrupted())
        return;
    if (result.kind == DownloadResult::Kind::LinkUnavailable && result.apiError.isError()) {
        failApi(result.apiError, ApiReply::Operation::DescribeReportExport);
        return;
    }
    if (!result.isSuccess()) {
        const CliExitCode code = exitCodeForDownload(result.kind);
        if (m_options.json) {
            QJsonObject object = CliOutput::errorJson(DownloadResult::kindKey(result.kind), result.message(),
                                                      result.ossRequestId, result.httpStatus);
            addErrorDetails(&object);
            writeJson(object);
        } else {
            writeErr(QCoreApplication::translate("Cli", "Error: %1").arg(result.message()) + QLatin1Char('\n'));
        }
        finish(code);
        return;
    }
    if (CliHistory *history = this->history())
        history->recordSaved(m_latest, result);
    if (m_options.json) {
        QJsonObject object = CliOutput::exportStatusJson(m_latest);
        // The file is saved: the signed link would only end up in a cron log.
        object.remove(QStringLiteral("DownloadUrl"));
        object.insert(QStringLiteral("File"), result.filePath);
        object.insert(QStringLiteral("Bytes"), result.bytesReceived);
        writeJson(object);
    } else {
        writeOut(QCoreApplication::translate("Cli", "Saved %1 (%2 bytes).")
                     .arg(QDir::toNativeSeparators(result.filePath))
                     .arg(result.bytesReceived)
                 + QLatin1Char('\n'));
    }
    succeed();
}
