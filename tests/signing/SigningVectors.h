#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

// The published Alibaba Cloud signing examples in tests/data/signing-vectors.json,
// read at run time so the expected values live in one place only.
class SigningVectors
{
public:
    // One top-level array ("v1_hmac_sha1", "v3_acs3_hmac_sha256", "percent_encoding").
    // Aborts the test run when the file is missing or empty: a silent skip would hide lost vectors.
    static QJsonArray section(const QString &name);
    static QMap<QString, QString> stringMap(const QJsonObject &object);
};
