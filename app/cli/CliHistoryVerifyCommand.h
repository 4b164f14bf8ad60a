#pragma once

#include "CliArchiveCommand.h"
#include "archive/ArchiveCheck.h"

#include <QJsonArray>

class ArchiveVerifier;

// reportdesk-cli history verify: re-hashes every saved report the export history
// lists (ArchiveVerifier, off the event loop's thread) and prints those missing,
// modified or unreadable, then a summary. Exit 0 when all match, 7 otherwise.
class CliHistoryVerifyCommand final : public CliArchiveCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliHistoryVerifyCommand)

public:
    CliHistoryVerifyCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliHistoryVerifyCommand() override;

private:
    void run() override;
    void cancelWork() override;
    void onChecked(const ArchiveCheck &check);
    void onFinished();

    ArchiveVerifier *m_verifier;
    QJsonArray m_differing; // --json: the files that differ
};
