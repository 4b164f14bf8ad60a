#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>
#include <QStringList>

// Keeps secrets in this process only: the unit tests' keychain, and the
// session-only fallback when no keychain works. Can simulate a broken backend.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    CredentialJob *read(const QString &key) override;
    CredentialJob *write(const QString &key, const QByteArray &secretBlob) override;
    CredentialJob *remove(const QString &key) override;

    // Makes every following operation fail with this error (None: work again).
    void setSimulatedError(const CredentialError &error) { m_simulatedError = error; }
    // How many operations were requested, including failed ones.
    int requestCount() const { return m_requestCount; }
    QStringList keys() const { return m_entries.keys(); }
    bool contains(const QString &key) const { return m_entries.contains(key); }

private:
    CredentialJob *startJob(CredentialJob::Operation operation, const QString &key);

    QHash<QString, QByteArray> m_entries;
    CredentialError m_simulatedError;
    int m_requestCount = 0;
};
