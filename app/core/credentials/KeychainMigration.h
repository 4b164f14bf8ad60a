#pragma once

#include <QString>
#include <QStringList>

class CredentialJob;
class CredentialStore;

// Keychain keys and their move from the flat layout of earlier versions.
// Entries used to be keyed by the bare profile id or "proxy-password", so a
// profile named "Proxy Password" shared its entry with the proxy password.
// Now every kind has its own namespace: "profile/<id>" and "network/proxy".
//
// An entry still under its old key is moved at the first start (migrateAll())
// or whenever it is read first: copied to the new key, read back, and only then
// deleted under the old key. An old entry that is not of the kind asked for
// (a profile blob where the proxy password was expected, or the reverse) is
// left alone, since it belongs to the other owner of the shared key.
class KeychainMigration final
{
public:
    static QString profileKey(const QString &profileId);
    static QString proxyPasswordKey();
    static QString legacyProfileKey(const QString &profileId) { return profileId; }
    static QString legacyProxyPasswordKey() { return QStringLiteral("proxy-password"); }

    // Reads the profile's secret blob (see SecretBlob), moving an old entry.
    static CredentialJob *readProfileSecret(CredentialStore *store, const QString &profileId);
    // Reads the proxy password (UTF-8), moving an old entry.
    static CredentialJob *readProxyPassword(CredentialStore *store);
    // Moves every old entry now (run at start): the profiles' and the proxy password's.
    // Finishes when all are done, with the first keychain failure if any. Safe to run
    // beside the reads above: each only ever copies an entry before deleting it.
    static CredentialJob *migrateAll(CredentialStore *store, const QStringList &profileIds);
    // Deletes the profile's entry, and its old entry if that still holds a profile blob.
    static CredentialJob *removeProfileSecret(CredentialStore *store, const QString &profileId);
};
