#pragma once

#include "signing/AccessKeyCredentials.h"

#include <QByteArray>

// The keychain entry of a profile: the AccessKey secret and the optional STS
// token as compact JSON {"secret":…,"token":…}. The AccessKey ID is not secret
// and lives with the profile in QSettings.
class SecretBlob
{
public:
    static QByteArray encode(const AccessKeyCredentials &credentials);
    // Fills secret and token; false if the blob is not ours or has no secret.
    static bool decode(const QByteArray &blob, AccessKeyCredentials *credentials);
};
