#pragma once

#include "api/ApiError.h"
#include "credentials/CredentialError.h"
#include "downloads/DownloadResult.h"

#include <QString>

// Why an attempt of an occurrence failed, as it is kept in the history: a stable
// key, raw technical detail (codes, request ids, numbers; never a translated
// text, a URL or a secret) and whether trying again can help.
struct ScheduleFailure
{
    QString kind; // "network", "timeout", "keychain", "service:NoPermission", "download:disk-full"...
    QString detail;
    bool permanent = false; // report gone, permission denied, wrong key: retrying changes nothing

    static ScheduleFailure fromApi(const ApiError &error);
    static ScheduleFailure fromDownload(const DownloadResult &result);
    static ScheduleFailure fromCredentials(const CredentialError &error);
    static ScheduleFailure make(const QString &kind, const QString &detail, bool permanent);
};
