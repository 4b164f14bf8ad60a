#pragma once

#include "credentials/Profile.h"
#include "signing/AccessKeyCredentials.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads the aliyun CLI's ~/.aliyun/config.json. Profiles of mode AK and
// StsToken become candidates the user confirms before anything is written
// (with ProfileRepository::add); other modes are listed as unsupported.
// Nothing here writes or logs a secret.
class AliyunCliConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(AliyunCliConfigImporter)

public:
    struct Candidate
    {
        Profile profile; // no id yet; the site follows region_id
        AccessKeyCredentials credentials;
        QString mode; // "AK" or "StsToken"
        QString regionId; // as in the file, for display
    };

    struct Unsupported
    {
        QString name;
        QString mode;
        QString reason() const; // translated at call time
    };

    explicit AliyunCliConfigImporter(const QString &path = defaultPath());

    static QString defaultPath(); // ~/.aliyun/config.json
    QString path() const { return m_path; }

    // False with a translated reason if the file is missing or not a CLI config.
    bool load(QString *error = nullptr);
    // The same from the file's content (path() only names it in messages).
    bool loadJson(const QByteArray &json, QString *error = nullptr);

    QList<Candidate> candidates() const { return m_candidates; }
    QList<Unsupported> unsupported() const { return m_unsupported; }
    QString currentProfileName() const { return m_current; }

    // cn-* regions (Hong Kong included) use the Chinese mainland site.
    static ApiEndpoint::Site siteForRegion(const QString &regionId);

private:
    QString m_path;
    QString m_current;
    QList<Candidate> m_candidates;
    QList<Unsupported> m_unsupported;
};
