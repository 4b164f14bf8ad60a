#include "api/NetworkConfigurator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace {

// Asks the platform for every request, so a changed system proxy applies without a restart.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

void NetworkConfigurator::applyProxy(QNetworkAccessManager *network, const ProxySettings &settings)
{
    if (!network)
        return;
    if (settings.mode == ProxySettings::Mode::System) {
        network->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
        return;
    }
    // setProxy() also drops any factory set before.
    network->setProxy(settings.toNetworkProxy());
}

QString NetworkConfigurator::describeProxy(const ProxySettings &settings)
{
    switch (settings.mode) {
    case ProxySettings::Mode::System: return QStringLiteral("system");
    case ProxySettings::Mode::None: return QStringLiteral("none");
    case ProxySettings::Mode::Http:
    case ProxySettings::Mode::Socks5: break;
    }
    const QString scheme
        = settings.mode == ProxySettings::Mode::Http ? QStringLiteral("http") : QStringLiteral("socks5");
    const QString user = settings.user.isEmpty() ? QString() : settings.user + QLatin1Char('@');
    return scheme + QStringLiteral("://") + user + settings.host + QLatin1Char(':') + QString::number(settings.port);
}
