#include "credentials/EnvironmentCredentials.h"

EnvironmentCredentials::Reading EnvironmentCredentials::read(const QProcessEnvironment &environment)
{
    Reading reading;
    reading.found = fromEnvironment(environment);
    if (reading.found) {
        reading.status = Status::Found;
        return reading;
    }
    const bool idSet = environment.contains(keyIdVariable());
    const bool secretSet = environment.contains(secretVariable());
    if (!idSet && !secretSet)
        return reading;
    reading.status = Status::Incomplete;
    const bool idUsable = !environment.value(keyIdVariable()).trimmed().isEmpty();
    reading.missingVariable = idUsable ? secretVariable() : keyIdVariable();
    return reading;
}

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
