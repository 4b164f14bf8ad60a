#include "CliApiCommand.h"

#include "CliSession.h"

CliApiCommand::CliApiCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliCommand(options, context, parent)
    , m_session(new CliSession(options, context, this))
{
    connect(m_session, &CliSession::ready, this, &CliApiCommand::runWithClient);
    connect(
        m_session, &CliSession::failed, this,
        [this](CliExitCode code, const QString &errorCode, const QString &message) { fail(code, errorCode, message); });
}

CliApiCommand::~CliApiCommand() = default;

void CliApiCommand::run()
{
    m_session->open();
}

SecurityCenterClient *CliApiCommand::client() const
{
    return m_session->client();
}

CliHistory *CliApiCommand::history()
{
    return m_session->history();
}
