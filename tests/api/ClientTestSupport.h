#pragma once

#include "ScriptedHttpServer.h"
#include "api/SecurityCenterClient.h"
#include "i18n/LanguageSetting.h"
#include "signing/AccessKeyCredentials.h"

#include <QNetworkAccessManager>
#include <memory>

// A client wired to a ScriptedHttpServer with fast, predictable retries.
struct ClientHarness
{
    ClientHarness();

    static AccessKeyCredentials credentials(bool withToken = false);
    // Waits until the reply has finished (at once if it already has).
    static bool finishes(ApiReply *reply, int timeoutMs = 10000);

    static QByteArray reportListBody();
    static QByteArray exportStartedBody(qint64 exportId = 9001);
    static QByteArray exportStatusBody(const QByteArray &status = QByteArrayLiteral("\"2\""));
    static QByteArray errorBody(const QByteArray &code, const QByteArray &message = QByteArrayLiteral("Refused."));

    ScriptedHttpServer server;
    QNetworkAccessManager network;
    LanguageSetting language;
    std::unique_ptr<SecurityCenterClient> client;
};
