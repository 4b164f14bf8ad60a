#include "credentials/SecretBlob.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray SecretBlob::encode(const AccessKeyCredentials &credentials)
{
    QJsonObject object;
    object.insert(QLatin1String("secret"), credentials.accessKeySecret);
    if (!credentials.securityToken.isEmpty())
        object.insert(QLatin1String("token"), credentials.securityToken);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool SecretBlob::decode(const QByteArray &blob, AccessKeyCredentials *credentials)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QString secret = object.value(QLatin1String("secret")).toString();
    if (secret.isEmpty())
        return false;
    credentials->accessKeySecret = secret;
    credentials->securityToken = object.value(QLatin1String("token")).toString();
    return true;
}
