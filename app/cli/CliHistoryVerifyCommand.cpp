#include "CliHistoryVerifyCommand.h"

#include "archive/ArchiveVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace {

QString statusText(ArchiveCheck::Status status)
{
    switch (status) {
    case ArchiveCheck::Status::Ok: return QCoreApplication::translate("Cli", "ok");
    case ArchiveCheck::Status::Missing: return QCoreApplication::translate("Cli", "missing");
    case ArchiveCheck::Status::Modified: return QCoreApplication::translate("Cli", "modified");
    case ArchiveCheck::Status::Unreadable: return QCoreApplication::translate("Cli", "unreadable");
    }
    return QString();
}

QJsonObject checkJson(const ArchiveCheck &check)
{
    QJsonObject object;
    object.insert(QStringLiteral("Status"), ArchiveCheck::statusKey(check.status));
    object.insert(QStringLiteral("Profile"), check.entry.profileLabel());
    object.insert(QStringLiteral("ExportId"), check.entry.exportId);
    object.insert(QStringLiteral("File"), check.entry.savedPath);
    object.insert(QStringLiteral("ExpectedSize"), check.entry.savedSize);
    object.insert(QStringLiteral("ExpectedSha256"), check.entry.savedSha256);
    if (check.status == ArchiveCheck::Status::Modified) {
        object.insert(QStringLiteral("FoundSize"), check.foundSize);
        object.insert(QStringLiteral("FoundSha256"), check.foundSha256);
    }
    if (!check.detail.isEmpty())
        object.insert(QStringLiteral("Detail"), check.detail);
    return object;
}

} // namespace

CliHistoryVerifyCommand::CliHistoryVerifyCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliArchiveCommand(options, context, parent)
    , m_verifier(new ArchiveVerifier(this))
{
    connect(m_verifier, &ArchiveVerifier::entryChecked, this, &CliHistoryVerifyCommand::onChecked);
    connect(m_verifier, &ArchiveVerifier::finished, this, &CliHistoryVerifyCommand::onFinished);
}

CliHistoryVerifyCommand::~CliHistoryVerifyCommand() = default;

void CliHistoryVerifyCommand::run()
{
    QVector<ArchiveEntry> entries;
    if (!readEntries(&entries))
        return;
    if (!entries.isEmpty()) // an empty history is said once, by the summary
        progress(QCoreApplication::translate("Cli", "Checking %n saved report(s)…", nullptr, int(entries.size())));
    m_verifier->start(entries);
}

void CliHistoryVerifyCommand::cancelWork()
{
    m_verifier->cancel();
}

void CliHistoryVerifyCommand::onChecked(const ArchiveCheck &check)
{
    if (!check.differs())
        return;
    if (m_options.json) {
        m_differing.append(checkJson(check));
        return;
    }
    // One line a file, the status first: easy to grep in a cron log.
    QString text = statusText(check.status) + QLatin1Char(' ') + QDir::toNativeSeparators(check.entry.savedPath)
        + QStringLiteral(" (ExportId %1)").arg(check.entry.exportId) + QLatin1Char('\n');
    if (check.status == ArchiveCheck::Status::Modified) {
        text += QStringLiteral("  ")
            + QCoreApplication::translate("Cli", "recorded: %1 bytes, SHA-256 %2")
                  .arg(check.entry.savedSize)
                  .arg(check.entry.savedSha256)
            + QLatin1Char('\n');
        text += QStringLiteral("  ")
            + QCoreApplication::translate("Cli", "found:    %1 bytes, SHA-256 %2")
                  .arg(check.foundSize)
                  .arg(check.foundSha256)
            + QLatin1Char('\n');
    } else if (check.status == ArchiveCheck::Status::Unreadable) {
        text += QStringLiteral("  ") + check.detail + QLatin1Char('\n');
    }
    writeOut(text);
}

void CliHistoryVerifyCommand::onFinished()
{
    if (isInterrupted())
        return;
    const int total = m_verifier->totalCount();
    const int differing = m_verifier->differingCount();
    if (m_options.json) {
        QJsonObject object;
        object.insert(QStringLiteral("Checked"), m_verifier->checkedCount());
        object.insert(QStringLiteral("Differing"), differing);
        object.insert(QStringLiteral("Files"), m_differing);
        writeJson(object);
    } else if (total == 0) {
        writeOut(QCoreApplication::translate("Cli", "The export history lists no saved reports.") + QLatin1Char('\n'));
    } else if (differing == 0) {
        writeOut(
            QCoreApplication::translate("Cli", "All %n saved report(s) match their recorded SHA-256.", nullptr, total)
            + QLatin1Char('\n'));
    } else {
        writeOut(QCoreApplication::translate("Cli", "%1 of %n saved report(s) differ from the export history.", nullptr,
                                             total)
                     .arg(differing)
                 + QLatin1Char('\n'));
    }
    finish(differing == 0 ? CliExitCode::Ok : CliExitCode::ArchiveDiffers);
}
