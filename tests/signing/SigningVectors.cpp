#include "SigningVectors.h"

#include <QFile>
#include <QJsonDocument>
#include <QtGlobal>

QJsonArray SigningVectors::section(const QString &name)
{
    QFile file(QStringLiteral(REPORTDESK_TEST_DATA_DIR "/signing-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("signing-vectors.json: %s", qPrintable(error.errorString()));
    const QJsonArray array = document.object().value(name).toArray();
    if (array.isEmpty())
        qFatal("signing-vectors.json has no vectors in %s", qPrintable(name));
    return array;
}

QMap<QString, QString> SigningVectors::stringMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}
