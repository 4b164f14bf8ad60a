#include "credentials/CredentialJob.h"

CredentialJob::CredentialJob(Operation operation, const QString &key)
    : m_operation(operation)
    , m_key(key)
{
}

CredentialJob::~CredentialJob()
{
    // Shorten the life of the secret in freed memory where we own the only copy.
    if (!m_secretBlob.isDetached())
        return;
    m_secretBlob.fill('\0');
}

void CredentialJob::finish(const CredentialError &error, const QByteArray &secretBlob)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_secretBlob = secretBlob;
    announce();
}

void CredentialJob::finishWithCredentials(const AccessKeyCredentials &credentials)
{
    if (m_finished)
        return;
    m_finished = true;
    m_credentials = credentials;
    announce();
}

void CredentialJob::announce()
{
    // Queued, so the caller that just received the job can still connect.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}
