#pragma once

#include "signing/AccessKeyCredentials.h"

#include <QDateTime>

// An AccessKey the simulated gateway knows. With a securityToken it is an STS
// credential: requests must carry that exact token, and it may expire.
struct SimulatorAccessKey
{
    AccessKeyCredentials credentials;
    QDateTime expiresAt; // STS only; invalid means never
    bool active = true; // false: InvalidAccessKeyId.Inactive
};
