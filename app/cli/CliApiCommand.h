#pragma once

#include "CliCommand.h"

class CliHistory;
class CliSession;
class SecurityCenterClient;

// A command that talks to the service: run() opens a CliSession (proxy,
// credentials, endpoint, language) and hands over to runWithClient() once the
// client is ready; a session that fails ends the command with its error.
class CliApiCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApiCommand)

public:
    ~CliApiCommand() override;

protected:
    CliApiCommand(const CliOptions &options, const CliContext &context, QObject *parent);

    void run() final;
    virtual void runWithClient() = 0;

    SecurityCenterClient *client() const;
    // The export history of the credentials' profile; nullptr with --no-history.
    CliHistory *history();

private:
    CliSession *m_session;
};
