#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built reportdesk-cli as a child process, and the demo server it talks to.
// Waiting spins the event loop, so an in-process fake server keeps answering meanwhile.
class CliHarness
{
public:
    struct Result
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QJsonObject json() const; // stdout as one JSON object (empty when it is not one)
        QString errText() const { return QString::fromUtf8(err); }
        QString outText() const { return QString::fromUtf8(out); }
    };

    CliHarness() = default;
    ~CliHarness();
    Q_DISABLE_COPY_MOVE(CliHarness)

    // Starts reportdesk-demo-server and reads its first line; false (with *error) on failure.
    bool startServer(const QStringList &arguments, QString *error);
    void stopServer();
    QString endpoint() const { return m_endpoint; }
    QString accessKeyId() const { return m_accessKeyId; }
    QString accessKeySecret() const { return m_accessKeySecret; }

    // The test's environment without any ALIBABA_CLOUD_* variable, with fast polling.
    static QProcessEnvironment cleanEnvironment();
    // cleanEnvironment() plus the demo server's AccessKey.
    QProcessEnvironment keyEnvironment() const;

    static Result run(const QStringList &arguments, const QProcessEnvironment &environment,
                      const QByteArray &input = QByteArray(), int timeoutMs = 60000);
    // `profile add NAME --endpoint <the server> --default` with the server's key
    // on standard input, as a user sets up the CLI (the secret goes to the keychain).
    Result addDefaultProfile(const QString &name) const;

private:
    QProcess *m_server = nullptr;
    QString m_endpoint;
    QString m_accessKeyId;
    QString m_accessKeySecret;
};
