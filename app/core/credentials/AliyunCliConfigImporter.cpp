#include "credentials/AliyunCliConfigImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString().trimmed();
}

} // namespace

AliyunCliConfigImporter::AliyunCliConfigImporter(const QString &path)
    : m_path(path)
{
}

QString AliyunCliConfigImporter::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.aliyun/config.json");
}

ApiEndpoint::Site AliyunCliConfigImporter::siteForRegion(const QString &regionId)
{
    if (regionId.isEmpty() || regionId.startsWith(QLatin1String("cn-")))
        return ApiEndpoint::Site::China;
    return ApiEndpoint::Site::International;
}

bool AliyunCliConfigImporter::load(QString *error)
{
    m_candidates.clear();
    m_unsupported.clear();
    m_current.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

bool AliyunCliConfigImporter::loadJson(const QByteArray &json, QString *error)
{
    m_candidates.clear();
    m_unsupported.clear();
    m_current.clear();
    // The parser's message could quote the file, i.e. a secret: not shown.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray profiles = document.object().value(QLatin1String("profiles")).toArray();
    if (!document.isObject() || !document.object().value(QLatin1String("profiles")).isArray()) {
        if (error)
            *error = tr("%1 is not an aliyun CLI configuration file.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_current = field(document.object(), "current");
    for (const QJsonValue &value : profiles) {
        const QJsonObject object = value.toObject();
        const QString mode = field(object, "mode");
        const QString name = field(object, "name");
        const bool sts = mode == QLatin1String("StsToken");
        Candidate candidate;
        candidate.credentials.accessKeyId = field(object, "access_key_id");
        candidate.credentials.accessKeySecret = field(object, "access_key_secret");
        candidate.credentials.securityToken = sts ? field(object, "sts_token") : QString();
        if ((mode != QLatin1String("AK") && !sts) || !candidate.credentials.isComplete()
            || (sts && candidate.credentials.securityToken.isEmpty())) {
            m_unsupported.append({ name, mode });
            continue;
        }
        candidate.mode = mode;
        candidate.regionId = field(object, "region_id");
        candidate.profile.name = name;
        candidate.profile.accessKeyId = candidate.credentials.accessKeyId;
        candidate.profile.endpoint = ApiEndpoint::forSite(siteForRegion(candidate.regionId));
        m_candidates.append(candidate);
    }
    if (error)
        error->clear();
    return true;
}

QString AliyunCliConfigImporter::Unsupported::reason() const
{
    if (mode == QLatin1String("AK") || mode == QLatin1String("StsToken"))
        return AliyunCliConfigImporter::tr("The AccessKey ID, secret or security token is missing.");
    if (mode == QLatin1String("RamRoleArn") || mode == QLatin1String("ChainableRamRoleArn")
        || mode == QLatin1String("RamRoleArnWithRoleName"))
        return AliyunCliConfigImporter::tr(
            "Assuming a RAM role at run time is not supported; import the source AccessKey instead.");
    if (mode == QLatin1String("EcsRamRole"))
        return AliyunCliConfigImporter::tr("ECS instance roles only work on an ECS instance.");
    if (mode == QLatin1String("External") || mode == QLatin1String("CredentialsURI"))
        return AliyunCliConfigImporter::tr("Credentials fetched from an external program or URL are not supported.");
    if (mode.isEmpty())
        return AliyunCliConfigImporter::tr("The profile has no mode.");
    return AliyunCliConfigImporter::tr("The mode \"%1\" is not supported; only AK and StsToken can be imported.")
        .arg(mode);
}
