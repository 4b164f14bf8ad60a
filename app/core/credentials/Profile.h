#pragma once

#include "api/ApiEndpoint.h"
#include "signing/SignatureVersion.h"

#include <QString>

// One account: everything but the secret. Saved profiles live in QSettings
// (ProfileRepository); their secret and token live in the keychain under
// keychainKey(). The environment profile is built from environment variables
// for this session and never saved.
struct Profile
{
    QString id; // stable, unique, never changes on rename
    QString name;
    ApiEndpoint endpoint; // the site, or a custom endpoint URL
    QString accessKeyId;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    bool isEnvironment = false;

    ApiEndpoint::Site site() const { return endpoint.site(); }
    QString keychainKey() const; // "profile/<id>", see KeychainMigration
    bool isValid() const { return !id.isEmpty(); }
    // The name to show: the environment profile's is translated at call time.
    QString displayName() const;

    static QString environmentId(); // "environment"
    static QString demoId(); // "demo": the built-in simulator, never a saved profile

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};
