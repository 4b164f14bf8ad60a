#pragma once

#include "credentials/CredentialError.h"
#include "signing/AccessKeyCredentials.h"

#include <QByteArray>
#include <QObject>
#include <QString>

// One asynchronous keychain operation. A store returns the job already running;
// connect to finished() right away: it is always emitted from the event loop,
// never inside the call that created the job, so there is no race and no need
// for a nested event loop. The job deletes itself after finished(), so copy the
// results inside the slot. A command-line tool may run a QEventLoop until then.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };

    // No parent: a running job must outlive whoever started it.
    CredentialJob(Operation operation, const QString &key);
    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    CredentialError error() const { return m_error; }
    // Read: the stored blob (see SecretBlob).
    QByteArray secretBlob() const { return m_secretBlob; }
    // Set by ProfileRepository::loadCredentials() on success.
    AccessKeyCredentials credentials() const { return m_credentials; }

    // For stores: records the outcome and schedules finished() followed by
    // deletion. Only the first call counts (a timeout may race the backend).
    void finish(const CredentialError &error, const QByteArray &secretBlob = {});
    void finishWithCredentials(const AccessKeyCredentials &credentials);

Q_SIGNALS:
    void finished(CredentialJob *job);

private:
    void announce();

    Operation m_operation;
    QString m_key;
    bool m_finished = false;
    CredentialError m_error;
    QByteArray m_secretBlob;
    AccessKeyCredentials m_credentials;
};
