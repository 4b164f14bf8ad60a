#pragma once

#include "CliCommand.h"
#include "archive/ArchiveEntry.h"

#include <QVector>

// A command over the archive of saved reports the export history lists (history
// verify, history export): no credentials and nothing sent, only the history read
// (read-only) and the files on disk. --profile narrows it to one profile.
class CliArchiveCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliArchiveCommand)

public:
    ~CliArchiveCommand() override;

protected:
    CliArchiveCommand(const CliOptions &options, const CliContext &context, QObject *parent);

    // The saved reports of --profile (every profile without it), with their profiles'
    // names. False after failing the command (unknown profile, unreadable history).
    bool readEntries(QVector<ArchiveEntry> *entries);
};
