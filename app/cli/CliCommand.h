#pragma once

#include "CliContext.h"
#include "CliExitCode.h"
#include "CliOptions.h"
#include "api/ApiReply.h"

#include <QObject>

class QJsonObject;
struct ApiError;
struct CliUsageError;

// One reportdesk-cli command (in the manner of KeePassXC's cli/Command): start(),
// then finished(exitCode) exactly once, always from the event loop. The base holds
// what every command shares: the options, the output (stdout for results, stderr
// for people), the error shapes of --json and text, and the interrupt.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    ~CliCommand() override;

    // Queues the command: finished() never fires inside start().
    void start();
    // Ctrl-C or SIGTERM: cancels what runs (a partial download leaves no file) and
    // finishes with exitCode (128 + the signal number, by convention).
    void interrupt(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliCommand(const CliOptions &options, const CliContext &context, QObject *parent);

    virtual void run() = 0;
    // Stops what the command has running; called once, by interrupt().
    virtual void cancelWork() { }
    // Runs once, just before finished() (e.g. to commit what is pending).
    virtual void beforeFinish() { }
    // Adds what a script needs to an error object (export --wait: the ExportId it started).
    virtual void addErrorDetails(QJsonObject *object) const;

    bool isInterrupted() const { return m_interruptExitCode >= 0; }

    void writeOut(const QString &text);
    void writeErr(const QString &text);
    void writeJson(const QJsonObject &object);
    // Progress is for people only: stderr, and never with --json.
    void progress(const QString &text);

    void succeed();
    void failUsage(const CliUsageError &error);
    void failApi(const ApiError &error, ApiReply::Operation operation);
    void fail(CliExitCode code, const QString &errorCode, const QString &message);
    void finish(CliExitCode code);

    const CliOptions m_options;
    const CliContext m_context;

private:
    bool m_finished = false;
    int m_interruptExitCode = -1; // >= 0 once interrupted: overrides every other outcome
};
