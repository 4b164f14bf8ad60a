#include "CliArchiveCommand.h"

#include "archive/ArchiveReader.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"
#include "tasks/HistoryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

CliArchiveCommand::CliArchiveCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliCommand(options, context, parent)
{
}

CliArchiveCommand::~CliArchiveCommand() = default;

bool CliArchiveCommand::readEntries(QVector<ArchiveEntry> *entries)
{
    QHash<QString, QString> names;
    if (m_context.profiles) {
        const QList<Profile> profiles = m_context.profiles->profiles();
        for (const Profile &profile : profiles)
            names.insert(profile.id, profile.name);
    }
    QString profileId;
    if (!m_options.profile.isEmpty()) {
        const std::optional<Profile> profile
            = m_context.profiles ? m_context.profiles->profileByName(m_options.profile) : std::nullopt;
        // The environment's key files its exports under "environment", a profile no one saves.
        if (profile)
            profileId = profile->id;
        else if (m_options.profile == Profile::environmentId())
            profileId = Profile::environmentId();
        if (profileId.isEmpty()) {
            fail(CliExitCode::Usage, QStringLiteral("ProfileNotFound"),
                 QCoreApplication::translate("Cli",
                                             "There is no profile named \"%1\" (see \"reportdesk-cli profile list\").")
                     .arg(m_options.profile));
            return false;
        }
    }
    const QString path = HistoryDatabase::defaultPath();
    ArchiveReader::Result read = ArchiveReader::read(path, profileId);
    if (!read.ok) {
        fail(CliExitCode::Local, QStringLiteral("HistoryUnavailable"),
             QCoreApplication::translate("Cli", "The export history %1 could not be read: %2")
                 .arg(QDir::toNativeSeparators(path), read.detail));
        return false;
    }
    for (ArchiveEntry &entry : read.entries)
        entry.profileName = names.value(entry.profileId);
    *entries = std::move(read.entries);
    return true;
}
