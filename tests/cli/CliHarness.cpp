#include "CliHarness.h"

#include <QJsonDocument>
#include <QSignalSpy>

QJsonObject CliHarness::Result::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliHarness::~CliHarness()
{
    stopServer();
}

bool CliHarness::startServer(const QStringList &arguments, QString *error)
{
    stopServer();
    m_server = new QProcess;
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(QStringLiteral(REPORTDESK_DEMO_SERVER_PATH), arguments);
    if (!m_server->waitForStarted(10000)) {
        *error = m_server->errorString();
        return false;
    }
    // The server is another process: blocking here cannot starve it.
    while (!m_server->canReadLine()) {
        if (!m_server->waitForReadyRead(20000)) {
            *error = QStringLiteral("no first line from the demo server: ")
                + QString::fromUtf8(m_server->readAllStandardError());
            return false;
        }
    }
    const QJsonObject line = QJsonDocument::fromJson(m_server->readLine()).object();
    m_endpoint = line.value(QLatin1String("endpoint")).toString();
    m_accessKeyId = line.value(QLatin1String("accessKeyId")).toString();
    m_accessKeySecret = line.value(QLatin1String("accessKeySecret")).toString();
    if (m_endpoint.isEmpty() || m_accessKeyId.isEmpty() || m_accessKeySecret.isEmpty()) {
        *error = QStringLiteral("unexpected first line from the demo server");
        return false;
    }
    return true;
}

void CliHarness::stopServer()
{
    if (!m_server)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(10000))
        m_server->kill();
    m_server->waitForFinished(5000);
    delete m_server;
    m_server = nullptr;
}

QProcessEnvironment CliHarness::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("REPORTDESK_CLI_POLL_MS"), QStringLiteral("100"));
    return environment;
}

QProcessEnvironment CliHarness::keyEnvironment() const
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), m_accessKeyId);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), m_accessKeySecret);
    return environment;
}

CliHarness::Result CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment,
                                   const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REPORTDESK_CLI_PATH), arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliHarness::Result CliHarness::addDefaultProfile(const QString &name) const
{
    const QByteArray input = m_accessKeyId.toUtf8() + '\n' + m_accessKeySecret.toUtf8() + '\n';
    return run({ QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"), m_endpoint,
                 QStringLiteral("--default") },
               cleanEnvironment(), input);
}
