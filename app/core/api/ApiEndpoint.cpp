#include "api/ApiEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

ApiEndpoint ApiEndpoint::forSite(Site site)
{
    ApiEndpoint e;
    e.m_site = site;
    e.m_url = QUrl(site == Site::International ? QStringLiteral("https://tds.ap-southeast-1.aliyuncs.com/")
                                               : QStringLiteral("https://tds.cn-shanghai.aliyuncs.com/"));
    return e;
}

ApiEndpoint ApiEndpoint::custom(const QUrl &url)
{
    ApiEndpoint e;
    e.m_site = Site::Custom;
    e.m_url = url;
    if (e.m_url.path().isEmpty())
        e.m_url.setPath(QStringLiteral("/"));
    return e;
}

bool ApiEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiEndpoint::isForbiddenLinkHost(const QString &host)
{
    QHostAddress address(host);
    if (address.isNull())
        return false;
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(ipv4);
    return address.isLinkLocal() || address == QHostAddress(QStringLiteral("100.100.100.200"));
}

QString ApiEndpoint::validationError() const
{
    if (!m_url.isValid() || m_url.host().isEmpty())
        return QCoreApplication::translate("ApiEndpoint", "The endpoint is not a valid URL with a host name.");
    // A password in the URL would end up in settings, logs and process lists.
    if (!m_url.userInfo().isEmpty())
        return QCoreApplication::translate("ApiEndpoint",
                                           "The endpoint must not contain a user name or password (user:password@).");
    const QString scheme = m_url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(m_url.host()))
        return {};
    return QCoreApplication::translate("ApiEndpoint",
                                       "The endpoint must use HTTPS (plain HTTP is allowed only for this computer, "
                                       "e.g. the demo simulator on 127.0.0.1).");
}

QString ApiEndpoint::siteKey(Site site)
{
    switch (site) {
    case Site::China: return QStringLiteral("cn");
    case Site::International: return QStringLiteral("intl");
    case Site::Custom: break;
    }
    return QStringLiteral("custom");
}

bool ApiEndpoint::siteFromKey(const QString &key, Site *site)
{
    if (key == QLatin1String("cn"))
        *site = Site::China;
    else if (key == QLatin1String("intl"))
        *site = Site::International;
    else if (key == QLatin1String("custom"))
        *site = Site::Custom;
    else
        return false;
    return true;
}
