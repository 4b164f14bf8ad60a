#pragma once

#include "credentials/CredentialStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// The OS keychain through QtKeychain (Secret Service or KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). Entries live under the
// service name (the app id); the key names the profile. Never falls back to a
// plain file.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    KeychainCredentialStore(const QString &service, QObject *parent);
    ~KeychainCredentialStore() override;

    static QString defaultServiceName(); // REPORTDESK_APP_ID
    QString serviceName() const { return m_service; }

    // A keychain that does not answer (e.g. waiting on a prompt nobody can see)
    // fails the job with Code::Other after this long.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    CredentialJob *read(const QString &key) override;
    CredentialJob *write(const QString &key, const QByteArray &secretBlob) override;
    CredentialJob *remove(const QString &key) override;

    static CredentialError errorOf(const QKeychain::Job *job);

private:
    CredentialJob *track(QKeychain::Job *keychainJob, CredentialJob::Operation operation, const QString &key);

    QString m_service;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(30) };
};
