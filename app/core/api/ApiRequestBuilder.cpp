#include "api/ApiRequestBuilder.h"

#include "signing/PercentEncoding.h"
#include "signing/SignerV1.h"
#include "signing/SignerV3.h"

namespace {

const QByteArray postMethod = QByteArrayLiteral("POST");

} // namespace

QString ApiRequestBuilder::actionName(ApiReply::Operation operation)
{
    switch (operation) {
    case ApiReply::Operation::DescribeCustomizeReportList: return QStringLiteral("DescribeCustomizeReportList");
    case ApiReply::Operation::ExportCustomizeReport: return QStringLiteral("ExportCustomizeReport");
    case ApiReply::Operation::DescribeReportExport: break;
    }
    return QStringLiteral("DescribeReportExport");
}

QByteArray ApiRequestBuilder::hostHeader(const QUrl &endpoint)
{
    QByteArray host = endpoint.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    const int defaultPort = endpoint.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = endpoint.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

ApiRequestBuilder::Built ApiRequestBuilder::build(const QUrl &endpoint, SignatureVersion version,
                                                  const AccessKeyCredentials &credentials, const QString &action,
                                                  const QMap<QString, QString> &parameters, const QDateTime &nowUtc,
                                                  const QString &nonce)
{
    Built built = version == SignatureVersion::V1 ? buildV1(endpoint, credentials, action, parameters, nowUtc, nonce)
                                                  : buildV3(endpoint, credentials, action, parameters, nowUtc, nonce);
    built.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return built;
}

ApiRequestBuilder::Built ApiRequestBuilder::buildV1(const QUrl &endpoint, const AccessKeyCredentials &credentials,
                                                    const QString &action, const QMap<QString, QString> &parameters,
                                                    const QDateTime &nowUtc, const QString &nonce)
{
    QMap<QString, QString> all = parameters;
    all.insert(QStringLiteral("Action"), action);
    all.insert(QStringLiteral("Version"), apiVersion());
    all.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    SignerV1::sign(all, postMethod, credentials, nowUtc, nonce);

    Built built;
    built.method = postMethod;
    built.request = QNetworkRequest(withQuery(endpoint, all));
    return built;
}

ApiRequestBuilder::Built ApiRequestBuilder::buildV3(const QUrl &endpoint, const AccessKeyCredentials &credentials,
                                                    const QString &action, const QMap<QString, QString> &parameters,
                                                    const QDateTime &nowUtc, const QString &nonce)
{
    SignerV3::Request signing;
    signing.method = postMethod;
    signing.path = endpoint.path(QUrl::FullyEncoded).toLatin1();
    signing.query = parameters;
    signing.headers.insert(QByteArrayLiteral("host"), hostHeader(endpoint));
    signing.headers.insert(QByteArrayLiteral("x-acs-action"), action.toLatin1());
    signing.headers.insert(QByteArrayLiteral("x-acs-version"), apiVersion().toLatin1());
    SignerV3::sign(signing, credentials, nowUtc, nonce);

    Built built;
    built.method = postMethod;
    built.body = signing.body;
    built.request = QNetworkRequest(withQuery(endpoint, parameters));
    for (auto it = signing.headers.cbegin(); it != signing.headers.cend(); ++it)
        built.request.setRawHeader(it.key(), it.value());
    return built;
}

QUrl ApiRequestBuilder::withQuery(const QUrl &endpoint, const QMap<QString, QString> &parameters)
{
    QUrl url = endpoint;
    url.setFragment(QString());
    url.setUserInfo(QString());
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    // StrictMode keeps the percent-encoding exactly as PercentEncoding wrote it.
    const QByteArray query = PercentEncoding::canonicalQuery(parameters);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}
