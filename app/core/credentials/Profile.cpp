#include "credentials/Profile.h"

#include "credentials/KeychainMigration.h"

#include <QCoreApplication>

QString Profile::displayName() const
{
    if (isEnvironment)
        return QCoreApplication::translate("Profile", "Environment");
    return name;
}

QString Profile::keychainKey() const
{
    return KeychainMigration::profileKey(id);
}

QString Profile::environmentId()
{
    return QStringLiteral("environment");
}

QString Profile::demoId()
{
    return QStringLiteral("demo");
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && endpoint.site() == other.endpoint.site()
        && endpoint.url() == other.endpoint.url() && accessKeyId == other.accessKeyId
        && signatureVersion == other.signatureVersion && isEnvironment == other.isEnvironment;
}
