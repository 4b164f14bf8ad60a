#pragma once

#include "simulator/HttpRequest.h"
#include "simulator/ServiceError.h"
#include "simulator/SimulatorAccessKey.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

// Verifies requests the way the API gateway does: recomputes V1 and V3
// signatures with the signing module, enforces the 15-minute timestamp window
// and single-use nonces, and checks AccessKeys and STS tokens.
class GatewayAuthenticator
{
public:
    struct Result
    {
        ServiceError error; // empty code: authenticated
        QString accessKeyId; // as sent, even when unknown
        bool hasSecurityToken = false;
    };

    static constexpr qint64 windowSeconds = 15 * 60;

    void addKey(const SimulatorAccessKey &key);
    bool removeKey(const QString &accessKeyId);
    bool hasKey(const QString &accessKeyId) const { return m_keys.contains(accessKeyId); }

    // A request carrying an Authorization header is V3, anything else V1.
    static bool isV3(const HttpRequest &request);

    // params: the query and form parameters, decoded.
    Result authenticate(const HttpRequest &request, const QMap<QString, QString> &params, const QDateTime &nowUtc);

private:
    Result verifyV1(const HttpRequest &request, const QMap<QString, QString> &params, const QDateTime &nowUtc);
    Result verifyV3(const HttpRequest &request, const QDateTime &nowUtc);
    static ServiceError checkTimestamp(const QString &value, const QDateTime &nowUtc);
    ServiceError checkKey(const QString &accessKeyId, const QString &securityToken, const QDateTime &nowUtc) const;
    ServiceError useNonce(const QString &accessKeyId, const QString &nonce, const QDateTime &nowUtc);

    QHash<QString, SimulatorAccessKey> m_keys;
    QHash<QString, QDateTime> m_nonces; // "<key id>\n<nonce>" -> when first seen
    qsizetype m_pruneAt = 1024;
};
