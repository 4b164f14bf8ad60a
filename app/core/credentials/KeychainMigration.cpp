#include "credentials/KeychainMigration.h"

#include "api/NetworkSettings.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "credentials/SecretBlob.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace {

using Accept = std::function<bool(const QByteArray &)>;

bool isProfileBlob(const QByteArray &blob)
{
    AccessKeyCredentials ignored;
    return SecretBlob::decode(blob, &ignored);
}

CredentialError notFound()
{
    return { CredentialError::Code::NotFound, {} };
}

// Copies `blob` to `key`, reads it back and deletes `legacyKey` only when the
// copy is confirmed. `job` finishes with the blob either way: the secret is
// usable this session even if the keychain refused the copy (the old entry is
// then kept and the move is tried again next time).
void moveEntry(QPointer<CredentialStore> store, CredentialJob *job, const QString &key, const QString &legacyKey,
               const QByteArray &blob)
{
    QObject::connect(store->write(key, blob), &CredentialJob::finished, job, [=](CredentialJob *written) {
        if (written->error().isError() || !store)
            return job->finish({}, blob);
        QObject::connect(store->read(key), &CredentialJob::finished, job, [=](CredentialJob *check) {
            if (check->error().isError() || check->secretBlob() != blob || !store)
                return job->finish({}, blob);
            QObject::connect(store->remove(legacyKey), &CredentialJob::finished, job,
                             [job, blob](CredentialJob *) { job->finish({}, blob); });
        });
    });
}

CredentialJob *readMoving(CredentialStore *store, const QString &key, const QString &legacyKey, Accept accept)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Read, key);
    QPointer<CredentialStore> guard(store);
    QObject::connect(store->read(key), &CredentialJob::finished, job, [=](CredentialJob *current) {
        if (current->error().code != CredentialError::Code::NotFound || !guard)
            return job->finish(current->error(), current->secretBlob());
        QObject::connect(guard->read(legacyKey), &CredentialJob::finished, job, [=](CredentialJob *legacy) {
            if (!legacy->error().isError() && accept(legacy->secretBlob()) && guard)
                return moveEntry(guard, job, key, legacyKey, legacy->secretBlob());
            if (!guard)
                return job->finish(notFound());
            // A move running at the same time (migrateAll() at start) may have just
            // copied the entry and deleted the old one: look at the new key once more.
            QObject::connect(guard->read(key), &CredentialJob::finished, job,
                             [job](CredentialJob *again) { job->finish(again->error(), again->secretBlob()); });
        });
    });
    return job;
}

} // namespace

CredentialJob *KeychainMigration::migrateAll(CredentialStore *store, const QStringList &profileIds)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Write, QStringLiteral("migration"));
    QList<CredentialJob *> moves;
    for (const QString &id : profileIds)
        moves.append(readProfileSecret(store, id));
    moves.append(readProxyPassword(store));
    auto pending = std::make_shared<int>(int(moves.size()));
    auto firstFailure = std::make_shared<CredentialError>();
    for (CredentialJob *move : std::as_const(moves)) {
        QObject::connect(move, &CredentialJob::finished, job, [job, pending, firstFailure](CredentialJob *done) {
            if (done->error().isBackendFailure() && !firstFailure->isError())
                *firstFailure = done->error();
            if (--*pending == 0)
                job->finish(*firstFailure);
        });
    }
    return job;
}

QString KeychainMigration::profileKey(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId;
}

QString KeychainMigration::proxyPasswordKey()
{
    return NetworkSettings::proxyPasswordKey();
}

CredentialJob *KeychainMigration::readProfileSecret(CredentialStore *store, const QString &profileId)
{
    return readMoving(store, profileKey(profileId), legacyProfileKey(profileId), isProfileBlob);
}

CredentialJob *KeychainMigration::readProxyPassword(CredentialStore *store)
{
    return readMoving(store, proxyPasswordKey(), legacyProxyPasswordKey(),
                      [](const QByteArray &blob) { return !blob.isEmpty() && !isProfileBlob(blob); });
}

// A missing entry is not an error here: the profile may never have had a key
// in the keychain (kept in memory only), and libsecret reports success anyway.
CredentialJob *KeychainMigration::removeProfileSecret(CredentialStore *store, const QString &profileId)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Remove, profileKey(profileId));
    QPointer<CredentialStore> guard(store);
    const QString legacyKey = legacyProfileKey(profileId);
    QObject::connect(store->remove(profileKey(profileId)), &CredentialJob::finished, job, [=](CredentialJob *removed) {
        const CredentialError error
            = removed->error().code == CredentialError::Code::NotFound ? CredentialError() : removed->error();
        if (error.isError() || !guard)
            return job->finish(error);
        QObject::connect(guard->read(legacyKey), &CredentialJob::finished, job, [=](CredentialJob *legacy) {
            if (legacy->error().isError() || !isProfileBlob(legacy->secretBlob()) || !guard)
                return job->finish({});
            QObject::connect(guard->remove(legacyKey), &CredentialJob::finished, job,
                             [job](CredentialJob *done) { job->finish(done->error()); });
        });
    });
    return job;
}
