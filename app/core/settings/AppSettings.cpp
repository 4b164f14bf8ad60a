#include "settings/AppSettings.h"

#include <QStandardPaths>
#include <QStringList>

namespace {

// Every key of the settings file but the profiles' records.
const auto LanguageKey = QStringLiteral("ui/language");
const auto ParallelDownloadsKey = QStringLiteral("downloads/parallel");
const auto DownloadFolderKey = QStringLiteral("downloads/folder");
const auto AskWhereToSaveKey = QStringLiteral("downloads/askEveryTime");
const auto SignatureVersionKey = QStringLiteral("api/signatureVersion");
const auto TimeoutKey = QStringLiteral("network/timeoutSeconds");
const auto ProxyModeKey = QStringLiteral("network/proxyMode");
const auto ProxyHostKey = QStringLiteral("network/proxyHost");
const auto ProxyPortKey = QStringLiteral("network/proxyPort");
const auto ProxyUserKey = QStringLiteral("network/proxyUser");
const auto RequestLogKey = QStringLiteral("diagnostics/requestLog");
const auto WindowGeometryKey = QStringLiteral("window/geometry");
const auto WindowStateKey = QStringLiteral("window/state");
const auto SplitterStateKey = QStringLiteral("window/splitter");
// "-v2": the Format column changed the table's columns; an older saved header
// would put them back in the old order, so each user starts once from the new one.
const auto HeaderStateKey = QStringLiteral("window/header-v2");
// Kept in the settings, not the history: a reset demo starts its samples again,
// a user who removed them does not get them back at the next start.
const auto DemoSamplesStartedKey = QStringLiteral("demo/samplesStarted");

} // namespace

AppSettings::AppSettings()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_owned(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_settings(m_owned.get())
{
}

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
}

AppSettings::~AppSettings() = default;

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::language() const
{
    const QString saved = m_settings->value(LanguageKey).toString();
    return saved == QLatin1String("zh") || saved == QLatin1String("en") ? saved : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

int AppSettings::parallelDownloads() const
{
    return qBound(1, m_settings->value(ParallelDownloadsKey, DefaultParallelDownloads).toInt(), MaxParallelDownloads);
}

void AppSettings::setParallelDownloads(int count)
{
    m_settings->setValue(ParallelDownloadsKey, qBound(1, count, MaxParallelDownloads));
}

QString AppSettings::downloadFolder() const
{
    return m_settings->value(DownloadFolderKey).toString();
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    m_settings->setValue(DownloadFolderKey, folder);
}

bool AppSettings::askWhereToSave() const
{
    return m_settings->value(AskWhereToSaveKey, true).toBool();
}

void AppSettings::setAskWhereToSave(bool ask)
{
    m_settings->setValue(AskWhereToSaveKey, ask);
}

SignatureVersion AppSettings::newProfileSignatureVersion() const
{
    return m_settings->value(SignatureVersionKey).toString() == QLatin1String("v1") ? SignatureVersion::V1
                                                                                    : SignatureVersion::V3;
}

void AppSettings::setNewProfileSignatureVersion(SignatureVersion version)
{
    m_settings->setValue(SignatureVersionKey, signatureVersionName(version));
}

int AppSettings::timeoutSeconds() const
{
    return qBound(MinTimeoutSeconds, m_settings->value(TimeoutKey, DefaultTimeoutSeconds).toInt(), MaxTimeoutSeconds);
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(TimeoutKey, qBound(MinTimeoutSeconds, seconds, MaxTimeoutSeconds));
}

QString AppSettings::proxyMode() const
{
    const QString mode = m_settings->value(ProxyModeKey).toString();
    static const QStringList known = { QStringLiteral("none"), QStringLiteral("http"), QStringLiteral("socks5") };
    return known.contains(mode) ? mode : QStringLiteral("system");
}

void AppSettings::setProxyMode(const QString &mode)
{
    m_settings->setValue(ProxyModeKey, mode);
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(ProxyHostKey).toString();
}

void AppSettings::setProxyHost(const QString &host)
{
    m_settings->setValue(ProxyHostKey, host);
}

quint16 AppSettings::proxyPort() const
{
    const uint port = m_settings->value(ProxyPortKey, DefaultProxyPort).toUInt();
    return port > 0 && port <= 65535 ? static_cast<quint16>(port) : DefaultProxyPort;
}

void AppSettings::setProxyPort(quint16 port)
{
    m_settings->setValue(ProxyPortKey, port);
}

QString AppSettings::proxyUser() const
{
    return m_settings->value(ProxyUserKey).toString();
}

void AppSettings::setProxyUser(const QString &user)
{
    m_settings->setValue(ProxyUserKey, user);
}

bool AppSettings::requestLog() const
{
    return m_settings->value(RequestLogKey, false).toBool();
}

void AppSettings::setRequestLog(bool on)
{
    m_settings->setValue(RequestLogKey, on);
}

QString AppSettings::logFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(WindowGeometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(WindowStateKey).toByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(SplitterStateKey).toByteArray();
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings->value(HeaderStateKey).toByteArray();
}

bool AppSettings::demoSamplesStarted() const
{
    return m_settings->value(DemoSamplesStartedKey, false).toBool();
}

void AppSettings::setDemoSamplesStarted(bool started)
{
    m_settings->setValue(DemoSamplesStartedKey, started);
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                                  const QByteArray &header)
{
    m_settings->setValue(WindowGeometryKey, geometry);
    m_settings->setValue(WindowStateKey, state);
    m_settings->setValue(SplitterStateKey, splitter);
    m_settings->setValue(HeaderStateKey, header);
}
