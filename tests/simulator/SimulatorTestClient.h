#pragma once

#include "signing/AccessKeyCredentials.h"
#include "signing/SignatureVersion.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

// How one API call is built: a plain QNetworkAccessManager plus the signing
// classes, independent of the app's client. The "break" fields let tests send
// requests the gateway must refuse.
struct ApiCall
{
    QString action;
    QMap<QString, QString> params; // business parameters (Lang included)
    SignatureVersion version = SignatureVersion::V3;
    QByteArray method = "GET";
    bool formBody = false; // POST: parameters in an x-www-form-urlencoded body
    AccessKeyCredentials credentials;
    QDateTime now; // invalid: the current time
    QString nonce; // empty: a fresh UUID
    QString signingSecret; // non-empty: sign with this instead of the real secret
    QString apiVersion = QStringLiteral("2018-12-03");

    QStringList dropParams; // V1: removed after signing
    QList<QByteArray> dropHeaders; // V3: removed after signing
    QPair<QByteArray, QByteArray> bodyReplace; // after signing: replace .first by .second in the body
    QByteArray authorizationOverride;
};

struct ApiResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    bool jsonValid = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray stringToSign; // what the client signed (V1: SignerV1 string; V3: SignerV3 string)

    QByteArray header(const QByteArray &name) const;
    QString code() const { return json.value(QStringLiteral("Code")).toString(); }
    QString message() const { return json.value(QStringLiteral("Message")).toString(); }
};

class SimulatorTestClient
{
public:
    explicit SimulatorTestClient(const QUrl &endpoint);

    ApiResult send(const ApiCall &call, int transferTimeoutMs = 0);
    // A plain GET (or HEAD) of a URL, byte-for-byte as given.
    ApiResult fetch(const QUrl &url, const QByteArray &method = "GET");

    // ExportCustomizeReport then DescribeReportExport until finished; returns the last answer.
    ApiResult exportAndWait(qint64 reportId, const QString &exportType, const AccessKeyCredentials &key,
                            QStringList *statuses = nullptr);

    QNetworkAccessManager &network() { return m_network; }

private:
    void buildV1(const ApiCall &call, QNetworkRequest *request, QByteArray *body, QByteArray *stringToSign) const;
    void buildV3(const ApiCall &call, QNetworkRequest *request, QByteArray *body, QByteArray *stringToSign) const;
    static ApiResult collect(QNetworkReply *reply);

    QUrl m_endpoint;
    QNetworkAccessManager m_network;
};
