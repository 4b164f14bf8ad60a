#include "credentials/EnvironmentCredentials.h"

std::optional<EnvironmentCredentials::Result>
EnvironmentCredentials::fromEnvironment(const QProcessEnvironment &environment)
{
    Result result;
    result.credentials.accessKeyId = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    result.credentials.accessKeySecret = environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    result.credentials.securityToken = environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed();
    if (!result.credentials.isComplete())
        return std::nullopt;
    result.profile.id = Profile::environmentId();
    result.profile.name = QStringLiteral("Environment"); // shown through displayName(), translated there
    result.profile.accessKeyId = result.credentials.accessKeyId;
    result.profile.isEnvironment = true;
    return result;
}
