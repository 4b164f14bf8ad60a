#pragma once

#include "credentials/CredentialJob.h"

#include <QByteArray>
#include <QObject>
#include <QString>

// Where secrets live: the OS keychain, or memory. Every call returns a running
// CredentialJob (see there); the key names the profile.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using QObject::QObject;
    ~CredentialStore() override;

    virtual CredentialJob *read(const QString &key) = 0;
    // Creates or overwrites the entry.
    virtual CredentialJob *write(const QString &key, const QByteArray &secretBlob) = 0;
    // Removing a missing entry succeeds (libsecret) or fails with NotFound (others).
    virtual CredentialJob *remove(const QString &key) = 0;
};
