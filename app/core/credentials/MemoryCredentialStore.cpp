#include "credentials/MemoryCredentialStore.h"

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore()
{
    for (QByteArray &blob : m_entries)
        blob.fill('\0');
}

CredentialJob *MemoryCredentialStore::startJob(CredentialJob::Operation operation, const QString &key)
{
    ++m_requestCount;
    auto *job = new CredentialJob(operation, key);
    if (m_simulatedError.isError())
        job->finish(m_simulatedError);
    return job;
}

CredentialJob *MemoryCredentialStore::read(const QString &key)
{
    CredentialJob *job = startJob(CredentialJob::Operation::Read, key);
    if (job->isFinished())
        return job;
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        job->finish({ CredentialError::Code::NotFound, {} });
    else
        job->finish({}, it.value());
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &key, const QByteArray &secretBlob)
{
    CredentialJob *job = startJob(CredentialJob::Operation::Write, key);
    if (job->isFinished())
        return job;
    m_entries.insert(key, secretBlob);
    job->finish({});
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &key)
{
    CredentialJob *job = startJob(CredentialJob::Operation::Remove, key);
    if (job->isFinished())
        return job;
    if (m_entries.remove(key) == 0)
        job->finish({ CredentialError::Code::NotFound, {} });
    else
        job->finish({});
    return job;
}
