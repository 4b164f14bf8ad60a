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

    enum class Status
    {
        NotSet, // neither variable is set: use a saved profile
        Found,
        Incomplete, // one is set, or blank: a mistake in a script, never a reason to use another account
    };
    struct Reading
    {
        Status status = Status::NotSet;
        std::optional<Result> found;
        QString missingVariable; // Incomplete: the variable that is missing or blank
    };

    // The one place the GUI and the CLI read the variables. A variable that is
    // set counts as given even when empty or blank.
    static Reading read(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Nothing when the ID or the secret is missing or empty.
    static std::optional<Result> fromEnvironment(const QProcessEnvironment &environment
                                                 = QProcessEnvironment::systemEnvironment());

    static QString keyIdVariable() { return QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"); }
    static QString secretVariable() { return QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"); }
};
