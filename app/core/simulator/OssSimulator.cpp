#include "simulator/OssSimulator.h"

#include "signing/PercentEncoding.h"
#include "simulator/HttpServer.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace {

QString isoMillis(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray ossRequestId()
{
    return QUuid::createUuid().toString(QUuid::Id128).toUpper().left(24).toLatin1();
}

} // namespace

OssSimulator::OssSimulator(std::shared_ptr<SimulatorFaults> faults, QObject *parent)
    : QObject(parent)
    , m_faults(std::move(faults))
    , m_server(new HttpServer([this](const HttpRequest &request) { return handle(request); }, this))
{
    QByteArray secret(30, Qt::Uninitialized);
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (char &c : secret)
        c = alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))];
    m_signerSecret = secret;
    m_server->setMaxBodyBytes(0);
}

OssSimulator::~OssSimulator() = default;

bool OssSimulator::start(quint16 port)
{
    return m_server->listen(port);
}

void OssSimulator::stop()
{
    m_server->close();
}

bool OssSimulator::isListening() const
{
    return m_server->isListening();
}

quint16 OssSimulator::port() const
{
    return m_server->serverPort();
}

QString OssSimulator::errorString() const
{
    return m_server->errorString();
}

void OssSimulator::putObject(const QString &key, const Object &object)
{
    m_objects.insert(key, object);
}

void OssSimulator::removeObject(const QString &key)
{
    m_objects.remove(key);
}

QUrl OssSimulator::presign(const QString &key, const QDateTime &expiresAtUtc) const
{
    const QByteArray resource = '/' + m_bucket.toUtf8() + '/' + key.toUtf8();
    const QByteArray expires = QByteArray::number(expiresAtUtc.toSecsSinceEpoch());
    const QByteArray toSign = "GET\n\n\n" + expires + '\n' + resource;
    const QByteArray encoded = "http://127.0.0.1:" + QByteArray::number(port()) + resource + "?Expires=" + expires
        + "&OSSAccessKeyId=" + PercentEncoding::encode(m_signerId)
        + "&Signature=" + PercentEncoding::encode(signature(toSign));
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QByteArray OssSimulator::signature(const QByteArray &stringToSign) const
{
    return QMessageAuthenticationCode::hash(stringToSign, m_signerSecret, QCryptographicHash::Sha1).toBase64();
}

HttpResponse OssSimulator::handle(const HttpRequest &request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HttpResponse response = respond(request, now);
    response.delayMs = m_faults->delayMs;
    if (response.status == 200 && request.method == "GET" && response.bodySize() > 1
        && SimulatorFaults::take(&m_faults->cutDownloadNext))
        response.cutAfterBodyBytes = response.bodySize() / 2;
    record(request, response, now);
    return response;
}

HttpResponse OssSimulator::respond(const HttpRequest &request, const QDateTime &nowUtc)
{
    if (request.method != "GET" && request.method != "HEAD")
        return error(405, QStringLiteral("MethodNotAllowed"),
                     QStringLiteral("The specified method is not allowed against this resource."));
    const QMap<QString, QString> query = HttpRequest::parseForm(request.rawQuery());
    const QString expires = query.value(QStringLiteral("Expires"));
    const QString accessKeyId = query.value(QStringLiteral("OSSAccessKeyId"));
    const QString provided = query.value(QStringLiteral("Signature"));
    if (expires.isEmpty() || accessKeyId.isEmpty() || provided.isEmpty())
        return error(403, QStringLiteral("AccessDenied"),
                     QStringLiteral("You have no right to access this object because of bucket acl."));
    if (accessKeyId != m_signerId)
        return error(403, QStringLiteral("InvalidAccessKeyId"),
                     QStringLiteral("The OSS Access Key Id you provided does not exist in our records."),
                     { { QStringLiteral("OSSAccessKeyId"), accessKeyId } });
    bool ok = false;
    const qint64 expiresAt = expires.toLongLong(&ok);
    if (!ok)
        return error(403, QStringLiteral("AccessDenied"), QStringLiteral("Invalid argument."));
    if (expiresAt < nowUtc.toSecsSinceEpoch())
        return error(403, QStringLiteral("AccessDenied"), QStringLiteral("Request has expired."),
                     { { QStringLiteral("Expires"), isoMillis(QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC)) },
                       { QStringLiteral("ServerTime"), isoMillis(nowUtc) } });
    const QByteArray resource = QByteArray::fromPercentEncoding(request.path());
    const QByteArray toSign = request.method + "\n\n\n" + expires.toLatin1() + '\n' + resource;
    if (signature(toSign) != provided.toLatin1())
        return error(403, QStringLiteral("SignatureDoesNotMatch"),
                     QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                    "Check your key and signing method."),
                     { { QStringLiteral("OSSAccessKeyId"), accessKeyId },
                       { QStringLiteral("SignatureProvided"), provided },
                       { QStringLiteral("StringToSign"), QString::fromUtf8(toSign) } });
    const QByteArray prefix = '/' + m_bucket.toUtf8() + '/';
    const auto it = resource.startsWith(prefix) ? m_objects.constFind(QString::fromUtf8(resource.mid(prefix.size())))
                                                : m_objects.cend();
    if (it == m_objects.cend())
        return error(404, QStringLiteral("NoSuchKey"), QStringLiteral("The specified key does not exist."));

    HttpResponse response;
    response.stream = it->content;
    response.setHeader("Content-Type", it->contentType);
    response.setHeader("Server", "AliyunOSS");
    response.setHeader("x-oss-request-id", ossRequestId());
    response.setHeader("ETag", '"' + QByteArray::number(qHash(resource), 16).toUpper() + '"');
    return response;
}

HttpResponse OssSimulator::error(int status, const QString &code, const QString &message,
                                 const QList<QPair<QString, QString>> &extra) const
{
    const QByteArray requestId = ossRequestId();
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>") + code
        + QStringLiteral("</Code>\n  <Message>") + message.toHtmlEscaped() + QStringLiteral("</Message>\n  <RequestId>")
        + QString::fromLatin1(requestId) + QStringLiteral("</RequestId>\n  <HostId>") + m_bucket
        + QStringLiteral(".127.0.0.1</HostId>\n");
    for (const auto &field : extra)
        xml += QStringLiteral("  <%1>%2</%1>\n").arg(field.first, field.second.toHtmlEscaped());
    xml += QStringLiteral("</Error>\n");

    HttpResponse response;
    response.status = status;
    response.body = xml.toUtf8();
    response.setHeader("Content-Type", "application/xml");
    response.setHeader("Server", "AliyunOSS");
    response.setHeader("x-oss-request-id", requestId);
    return response;
}

void OssSimulator::record(const HttpRequest &request, const HttpResponse &response, const QDateTime &nowUtc)
{
    RecordedDownload download;
    download.receivedAt = nowUtc;
    download.method = request.method;
    download.path = request.path();
    for (const auto &header : request.headers) {
        download.headerNames.append(header.first);
        download.hasAuthorization = download.hasAuthorization || header.first == "authorization";
        download.hasAcsHeaders = download.hasAcsHeaders || header.first.startsWith("x-acs-");
    }
    download.httpStatus = response.status;
    download.contentLength = response.bodySize();
    if (response.status != 200) {
        const int start = response.body.indexOf("<Code>") + 6;
        download.errorCode = QString::fromUtf8(response.body.mid(start, response.body.indexOf("</Code>") - start));
    }
    if (m_recorded.size() >= maxRecorded)
        m_recorded.removeFirst();
    m_recorded.append(download);
    Q_EMIT downloadRecorded();
}
