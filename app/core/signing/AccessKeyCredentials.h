#pragma once

#include <QString>

// An AccessKey pair, optionally with an STS security token.
// Lives in memory only; persistence goes through CredentialStore (the OS keychain).
struct AccessKeyCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless the key is an STS token

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};
