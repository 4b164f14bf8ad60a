#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// What the API simulator saw of one request, for tests to assert on what a
// client sent. Security token values are replaced by "<redacted>".
struct RecordedRequest
{
    QDateTime receivedAt;
    QByteArray method;
    QByteArray path;
    QString action; // x-acs-action (V3) or Action (V1)
    QString apiVersion; // x-acs-version or Version
    QString lang; // the Lang parameter as sent (empty if absent)
    QString signatureVersion; // "v1" or "v3"
    QString accessKeyId;
    bool hasSecurityToken = false;
    bool formBody = false; // parameters came (also) in a form body
    QMap<QString, QString> params; // query and form parameters, decoded
    QList<QPair<QByteArray, QByteArray>> headers; // lowercase names
    int httpStatus = 0;
    QString errorCode; // empty on success
    QString requestId;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

// What the OSS simulator saw of one download request.
struct RecordedDownload
{
    QDateTime receivedAt;
    QByteArray method;
    QByteArray path; // without the query (it holds the signature)
    QList<QByteArray> headerNames; // lowercase
    bool hasAuthorization = false; // an Authorization header was sent
    bool hasAcsHeaders = false; // any x-acs-* header was sent
    int httpStatus = 0;
    QString errorCode; // OSS error code, empty on success
    qint64 contentLength = 0;
};
