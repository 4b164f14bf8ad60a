#pragma once

#include "api/ProxySettings.h"

#include <QProcessEnvironment>

class LanguageSetting;
class ProfileRepository;
class QIODevice;
class QNetworkAccessManager;

// What a reportdesk-cli command uses from its process; nothing here is owned.
// profiles may be nullptr when no command needs saved profiles (tests); in reads
// the profile add lines.
struct CliContext
{
    QNetworkAccessManager *network = nullptr;
    LanguageSetting *language = nullptr;
    ProfileRepository *profiles = nullptr;
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
    QIODevice *in = nullptr;
    QProcessEnvironment environment;
    bool interactiveInput = false; // stdin is a terminal: prompt, and do not echo the secret
    int transferTimeoutMs = 30000; // the app's network setting
    ProxySettings proxy; // the app's proxy; a manual one's password comes from the keychain
    int pollIntervalMs = 3000; // how often --wait asks for the status
    qint64 maxWaitMs = 2 * 60 * 60 * 1000; // how long --wait waits at most before giving up with exit code 4
};
