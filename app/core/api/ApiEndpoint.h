#pragma once

#include <QString>
#include <QUrl>

// Where API calls go: one of the two public sites or a custom endpoint URL.
class ApiEndpoint
{
public:
    enum class Site
    {
        China, // tds.cn-shanghai.aliyuncs.com
        International, // tds.ap-southeast-1.aliyuncs.com
        Custom,
    };

    ApiEndpoint() = default;
    static ApiEndpoint forSite(Site site);
    static ApiEndpoint custom(const QUrl &url);

    Site site() const { return m_site; }
    QUrl url() const { return m_url; }

    // HTTPS is required, except for loopback hosts (127.0.0.0/8, ::1, localhost),
    // which may use plain HTTP for the simulator and tests. Returns an empty
    // string when usable, else a (translated) explanation.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    static bool isLoopbackHost(const QString &host);
    // Link-local (169.254.0.0/16, fe80::/10) and cloud metadata addresses
    // (100.100.100.200 on Alibaba Cloud), also written as IPv4-mapped IPv6: a
    // service answer must never send ReportDesk there.
    static bool isForbiddenLinkHost(const QString &host);
    static QString siteKey(Site site); // "cn", "intl", "custom"
    static bool siteFromKey(const QString &key, Site *site);

private:
    Site m_site = Site::China;
    QUrl m_url = QUrl(QStringLiteral("https://tds.cn-shanghai.aliyuncs.com/"));
};
