#pragma once

#include <QString>

// The outcome of a keychain operation, typed so callers can tell "there is no
// keychain" from "there is no entry". backendText is the backend's own message
// (never contains the secret); description() is for the user.
struct CredentialError
{
    enum class Code
    {
        None,
        NoBackend, // no keychain service answered (no Secret Service, no libsecret, no KWallet)
        AccessDenied, // the keychain refused (locked, or the user denied access)
        NotFound, // no entry for this key
        Other, // anything else, including a keychain that did not answer in time
    };

    Code code = Code::None;
    QString backendText;

    bool isError() const { return code != Code::None; }
    // NoBackend, AccessDenied and Other: the keychain itself is not usable right now.
    bool isBackendFailure() const { return code != Code::None && code != Code::NotFound; }

    // Translated at call time, never cached.
    QString description() const;
};
