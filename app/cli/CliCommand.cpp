#include "CliCommand.h"

#include "CliOutput.h"
#include "CliUsageError.h"
#include "api/ApiError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QTimer>

CliCommand::CliCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(context)
{
}

CliCommand::~CliCommand() = default;

void CliCommand::start()
{
    // Always from the event loop, so finished() never fires inside start().
    QTimer::singleShot(0, this, &CliCommand::run);
}

void CliCommand::interrupt(int exitCode)
{
    if (m_finished || m_interruptExitCode >= 0)
        return;
    m_interruptExitCode = exitCode;
    cancelWork();
    writeErr(QCoreApplication::translate("Cli", "Interrupted.") + QLatin1Char('\n'));
    finish(CliExitCode::Ok); // the interrupt code wins
}

void CliCommand::addErrorDetails(QJsonObject *object) const
{
    Q_UNUSED(object)
}

void CliCommand::writeOut(const QString &text)
{
    if (m_context.out)
        m_context.out->write(text.toUtf8());
}

void CliCommand::writeErr(const QString &text)
{
    if (m_context.err)
        m_context.err->write(text.toUtf8());
}

void CliCommand::writeJson(const QJsonObject &object)
{
    if (m_context.out)
        m_context.out->write(CliOutput::jsonLine(object));
}

void CliCommand::progress(const QString &text)
{
    if (!m_options.json)
        writeErr(text + QLatin1Char('\n'));
}

void CliCommand::succeed()
{
    finish(CliExitCode::Ok);
}

void CliCommand::failUsage(const CliUsageError &error)
{
    fail(CliExitCode::Usage, QStringLiteral("InvalidArgument"), error.message());
}

void CliCommand::failApi(const ApiError &error, ApiReply::Operation operation)
{
    if (m_options.json) {
        QJsonObject object = CliOutput::apiErrorJson(error);
        addErrorDetails(&object);
        writeJson(object);
    } else {
        writeErr(CliOutput::apiErrorText(error, operation));
    }
    finish(CliOutput::exitCodeFor(error));
}

void CliCommand::fail(CliExitCode code, const QString &errorCode, const QString &message)
{
    if (m_options.json)
        writeJson(CliOutput::errorJson(errorCode, message));
    else
        writeErr(QCoreApplication::translate("Cli", "Error: %1").arg(message) + QLatin1Char('\n'));
    finish(code);
}

void CliCommand::finish(CliExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    beforeFinish();
    Q_EMIT finished(m_interruptExitCode >= 0 ? m_interruptExitCode : exitCodeValue(code));
}
