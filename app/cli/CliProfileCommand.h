#pragma once

#include "CliCommand.h"

// reportdesk-cli profile add|list|remove: the saved profiles (settings) and their
// secrets (keychain). add reads the AccessKey ID, the secret and an optional STS
// token as lines from standard input, so they never appear in the process list or
// the shell history; list never opens the keychain (the bash completion calls it).
class CliProfileCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfileCommand)

public:
    CliProfileCommand(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliProfileCommand() override;

private:
    void run() override;
    void addProfile();
    void listProfiles();
    void removeProfile();
    bool readInputLine(QString *line, bool secret);
};
