#pragma once

#include "CliContext.h"
#include "CliOptions.h"

#include <QObject>

class CliCommand;

// Runs one reportdesk-cli command: picks the command's class (CliReportsCommand,
// CliExportCommand, ...) from the options and relays its outcome. start(), then
// finished(exitCode) exactly once, always from the event loop.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    using Context = CliContext;

    CliRunner(const CliOptions &options, const CliContext &context, QObject *parent = nullptr);
    ~CliRunner() override;

    // How often --wait asks for the status (default 3 s).
    void setPollInterval(int milliseconds) { m_context.pollIntervalMs = milliseconds; }
    // How long --wait waits at most before giving up with exit code 4 (default 2 h).
    void setMaxWait(qint64 milliseconds) { m_context.maxWaitMs = milliseconds; }

    void start();
    // Ctrl-C or SIGTERM: cancels what runs (a partial download leaves no file) and
    // finishes with exitCode (128 + the signal number, by convention).
    void interrupt(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

private:
    CliCommand *makeCommand();

    CliOptions m_options;
    CliContext m_context;
    CliCommand *m_command = nullptr; // made by start(), once the context is final
};
