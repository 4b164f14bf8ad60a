#include "credentials/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultServiceName(), parent)
{
}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::defaultServiceName()
{
    return QStringLiteral(REPORTDESK_APP_ID);
}

CredentialError KeychainCredentialStore::errorOf(const QKeychain::Job *job)
{
    using C = CredentialError::Code;
    C code = C::Other;
    switch (job->error()) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: code = C::NotFound; break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: code = C::AccessDenied; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: code = C::NoBackend; break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: code = C::Other; break;
    }
    return { code, job->errorString() };
}

CredentialJob *KeychainCredentialStore::read(const QString &key)
{
    auto *keychainJob = new QKeychain::ReadPasswordJob(m_service);
    CredentialJob *job = track(keychainJob, CredentialJob::Operation::Read, key);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob] {
        const CredentialError error = errorOf(keychainJob);
        job->finish(error, error.isError() ? QByteArray() : keychainJob->binaryData());
    });
    keychainJob->start();
    return job;
}

CredentialJob *KeychainCredentialStore::write(const QString &key, const QByteArray &secretBlob)
{
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service);
    keychainJob->setBinaryData(secretBlob);
    CredentialJob *job = track(keychainJob, CredentialJob::Operation::Write, key);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob] { job->finish(errorOf(keychainJob)); });
    keychainJob->start();
    return job;
}

CredentialJob *KeychainCredentialStore::remove(const QString &key)
{
    auto *keychainJob = new QKeychain::DeletePasswordJob(m_service);
    CredentialJob *job = track(keychainJob, CredentialJob::Operation::Remove, key);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob] { job->finish(errorOf(keychainJob)); });
    keychainJob->start();
    return job;
}

// The QtKeychain job has no parent and deletes itself once finished, so it is
// never deleted while it runs, whatever happens to this store or the caller.
CredentialJob *KeychainCredentialStore::track(QKeychain::Job *keychainJob, CredentialJob::Operation operation,
                                              const QString &key)
{
    keychainJob->setKey(key);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    auto *job = new CredentialJob(operation, key);
    QTimer::singleShot(m_timeout, job, [job] {
        job->finish({ CredentialError::Code::Other,
                      QCoreApplication::translate("KeychainCredentialStore", "The keychain did not answer in time.") });
    });
    return job;
}
