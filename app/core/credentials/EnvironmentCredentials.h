#pragma once

#include "credentials/Profile.h"
#include "signing/AccessKeyCredentials.h"

#include <QProcessEnvironment>

#include <optional>

// ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN, the variables the
// Alibaba Cloud SDKs and CLI read. They give a session-only "Environment"
// profile that is never saved (ProfileRepository::setEnvironmentProfile).
class EnvironmentCredentials
{
public:
    struct Result
    {
        Profile profile;
        AccessKeyCredentials credentials;
    };

    // Nothing when the ID or the secret is missing or empty.
    static std::optional<Result> fromEnvironment(const QProcessEnvironment &environment
                                                 = QProcessEnvironment::systemEnvironment());
};
