#include "downloads/DownloadJob.h"

#include "api/ApiEndpoint.h"

#include <QFileInfo>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTimer>

#include <cerrno>
#include <cstring>

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;
constexpr qint64 MaxErrorBodyBytes = 64 * 1024;
constexpr qint64 ProgressIntervalMs = 100;
constexpr qint64 SpeedSampleMs = 250;
constexpr double SpeedSmoothing = 0.3; // weight of the newest sample
constexpr qsizetype TailBytes = 1024;

// Without Content-Length, Qt 6.4 reports a chunked (or close-delimited) body cut by the
// server's close as complete. Reports are HTML or PDF, whose ends are recognisable.
bool endLooksComplete(const QByteArray &tail)
{
    return tail.contains("%%EOF") || tail.toLower().contains("</html>");
}

bool isDiskFullErrno(int e)
{
    return e == ENOSPC || e == EFBIG || e == EDQUOT;
}

// Enum names only: QNetworkReply::errorString() may quote the signed URL.
QString networkErrorName(QNetworkReply::NetworkError error)
{
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return key ? QString::fromLatin1(key) : QString::number(int(error));
}

QNetworkRequest makeRequest(const QUrl &url, const DownloadOptions &options)
{
    QNetworkRequest request(url); // fresh: nothing of the API client's signed requests comes along
    request.setRawHeader(QByteArrayLiteral("User-Agent"), options.userAgent);
    // Saved byte-for-byte: no transparent decompression that would break Content-Length.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(options.transferTimeoutMs);
    return request;
}

} // namespace

DownloadJob::DownloadJob(QNetworkAccessManager *network, const QUrl &url, const QString &targetPath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_targetPath(targetPath)
{
    m_result.filePath = targetPath;
}

DownloadJob::~DownloadJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply.data();
    }
    if (m_file)
        m_file->cancelWriting();
}

QUrl DownloadJob::urlFromEncoded(const QByteArray &bytes)
{
    return QUrl::fromEncoded(bytes.trimmed(), QUrl::StrictMode);
}

bool DownloadJob::isAllowedUrl(const QUrl &url, bool allowLoopbackHttp)
{
    // User info would be sent to the storage host as credentials; a signed link never has any.
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || ApiEndpoint::isForbiddenLinkHost(url.host()))
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return allowLoopbackHttp && scheme == QLatin1String("http") && ApiEndpoint::isLoopbackHost(url.host());
}

void DownloadJob::start()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    if (!isAllowedUrl(m_url, m_options.allowLoopbackHttp)) {
        finishEarly(DownloadResult::Kind::UnsafeLink, QStringLiteral("scheme %1").arg(m_url.scheme()));
        return;
    }
    // QSaveFile writes through a symbolic link to wherever it points, which a
    // hostile link (to ~/.bashrc, say) would choose; such a target is refused.
    if (QFileInfo(m_targetPath).isSymLink()) {
        // A key, not a sentence: the result may be kept (a task's error), and is worded when shown.
        finishEarly(DownloadResult::Kind::FileError, DownloadResult::symlinkDetail());
        return;
    }
    // Opened first, so a folder we cannot write to fails before any byte is fetched.
    m_file = new QSaveFile(m_targetPath, this);
    errno = 0;
    // Unbuffered: chunks are large, so a second copy through QFileDevice's buffer only costs time.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int savedErrno = errno;
        const QString text = m_file->errorString();
        delete m_file;
        m_file = nullptr;
        m_result.kind = isDiskFullErrno(savedErrno) ? DownloadResult::Kind::DiskFull : DownloadResult::Kind::FileError;
        finishEarly(m_result.kind, text);
        return;
    }
    m_clock.start();
    m_reply = m_network->get(makeRequest(m_url, m_options));
    m_reply->setReadBufferSize(m_options.readBufferBytes);
    connect(m_reply, &QNetworkReply::redirected, this, &DownloadJob::onRedirected);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onReplyFinished);
}

void DownloadJob::cancel()
{
    if (m_state == State::Finished)
        return;
    m_cancelled = true;
    if (m_state == State::Ready) {
        m_state = State::Running;
        finishEarly(DownloadResult::Kind::Cancelled, QString());
        return;
    }
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished() follows, synchronously
}

void DownloadJob::onRedirected(const QUrl &url)
{
    const QUrl target = m_reply->url().resolved(url);
    const bool fromHttps = m_reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const bool toHttps = target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    // Only HTTPS (or loopback HTTP), and never from HTTPS down to HTTP.
    if (isAllowedUrl(target, m_options.allowLoopbackHttp) && (toHttps || !fromHttps)) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_refusedRedirect = true;
    m_reply->abort();
}

void DownloadJob::onReadyRead()
{
    if (!m_reply || m_fileFailed)
        return;
    if (!checkStatus())
        keepErrorBody();
    else if (fitsOnDisk())
        writeAvailable();
}

// Checked once the length is known, before the first write: a download that
// cannot fit fails at once instead of filling the disk first.
bool DownloadJob::fitsOnDisk()
{
    if (m_result.expectedBytes <= 0 || m_result.bytesReceived > 0)
        return true;
    const qint64 available = QStorageInfo(QFileInfo(m_targetPath).absolutePath()).bytesAvailable();
    if (available < 0 || m_result.expectedBytes <= available)
        return true;
    failWithFileError(ENOSPC, {});
    return false;
}

// The status decides before the first byte is written: an error page never reaches the file.
bool DownloadJob::checkStatus()
{
    if (!m_statusChecked) {
        m_statusChecked = true;
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_result.expectedBytes = length.isValid() ? length.toLongLong() : -1;
        m_result.httpStatus = m_status;
    }
    return m_status == 200;
}

void DownloadJob::writeAvailable()
{
    while (m_reply->bytesAvailable() > 0) {
        // read(maxSize) hands over Qt's buffered block without a copy; the read buffer
        // size bounds how large it can be.
        const QByteArray data = m_reply->read(ChunkBytes);
        if (data.isEmpty())
            break;
        errno = 0;
        if (m_file->write(data) != data.size()) {
            failWithFileError(errno, m_file->errorString());
            return;
        }
        m_result.bytesReceived += data.size();
        // Hashed as written, so the history records what is on disk without reading it again.
        m_hash.addData(data);
        if (m_result.expectedBytes < 0)
            keepTail(data.constData(), data.size());
    }
    reportProgress(false);
}

void DownloadJob::keepTail(const char *data, qint64 size)
{
    if (size >= TailBytes) {
        m_tail = QByteArray(data + size - TailBytes, TailBytes);
        return;
    }
    m_tail.append(data, size);
    if (m_tail.size() > TailBytes)
        m_tail.remove(0, m_tail.size() - TailBytes);
}

void DownloadJob::keepErrorBody()
{
    const QByteArray data = m_reply->readAll();
    const qint64 room = MaxErrorBodyBytes - m_errorBody.size();
    if (room > 0)
        m_errorBody += data.left(room);
}

void DownloadJob::failWithFileError(int savedErrno, const QString &text)
{
    m_fileFailed = true;
    const bool full = isDiskFullErrno(savedErrno)
        || QStorageInfo(QFileInfo(m_targetPath).absolutePath()).bytesAvailable() < ChunkBytes;
    m_result.kind = full ? DownloadResult::Kind::DiskFull : DownloadResult::Kind::FileError;
    m_result.detail = savedErrno != 0 ? QString::fromLocal8Bit(std::strerror(savedErrno)) : text;
    if (m_reply && m_reply->isRunning())
        m_reply->abort();
}

void DownloadJob::onReplyFinished()
{
    if (m_state != State::Running || !m_reply)
        return;
    if (!m_fileFailed && !m_cancelled && !m_refusedRedirect)
        onReadyRead(); // whatever arrived with the end of the answer
    classifyReply();
    if (m_result.kind == DownloadResult::Kind::Success)
        commitFile();
    finish();
}

void DownloadJob::classifyReply()
{
    using Kind = DownloadResult::Kind;
    const QNetworkReply::NetworkError error = m_reply->error();
    checkStatus();
    if (m_cancelled) {
        m_result.kind = Kind::Cancelled;
    } else if (m_fileFailed) {
        // kind and detail already set
    } else if (m_refusedRedirect || error == QNetworkReply::InsecureRedirectError
               || error == QNetworkReply::TooManyRedirectsError || (m_status >= 300 && m_status < 400)) {
        // A redirect that ends the answer was not followed: refused, one too many, or to a
        // scheme Qt does not even offer (ftp:, file:).
        m_result.kind = Kind::UnsafeLink;
        m_result.detail = networkErrorName(error);
    } else if (m_status != 0 && m_status != 200) {
        m_result.parseOssError(m_errorBody);
        m_result.kind = m_result.ossSaysExpired() ? Kind::LinkExpired : Kind::ServerError;
    } else if (error != QNetworkReply::NoError) {
        // Our own abort() on the transfer timeout shows up as OperationCanceledError.
        const bool timedOut = error == QNetworkReply::OperationCanceledError;
        const bool cutShort = m_status == 200 && m_result.expectedBytes > m_result.bytesReceived;
        m_result.kind = (cutShort && !timedOut) ? Kind::Incomplete : Kind::Network;
        m_result.detail = timedOut ? QStringLiteral("TransferTimeout") : networkErrorName(error);
    } else if (m_result.expectedBytes >= 0 && m_result.bytesReceived != m_result.expectedBytes) {
        m_result.kind = Kind::Incomplete;
    } else if (m_result.expectedBytes < 0 && !endLooksComplete(m_tail)) {
        m_result.kind = Kind::Incomplete;
        m_result.detail = QStringLiteral("NoContentLengthAndNoDocumentEnd");
    } else {
        m_result.kind = Kind::Success;
    }
}

void DownloadJob::commitFile()
{
    errno = 0;
    if (m_file->commit()) {
        delete m_file;
        m_file = nullptr;
        m_result.sha256 = QString::fromLatin1(m_hash.hexResult());
        return;
    }
    const int savedErrno = errno;
    m_fileFailed = true;
    const bool full = isDiskFullErrno(savedErrno);
    m_result.kind = full ? DownloadResult::Kind::DiskFull : DownloadResult::Kind::FileError;
    m_result.detail = m_file->errorString();
}

void DownloadJob::finishEarly(DownloadResult::Kind kind, const QString &detail)
{
    m_result.kind = kind;
    m_result.detail = detail;
    // Queued, so finished() never fires inside start() or cancel() of a job not yet started.
    QTimer::singleShot(0, this, [this] { finish(); });
}

void DownloadJob::finish()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    if (m_file) {
        m_file->cancelWriting();
        delete m_file;
        m_file = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_result.isSuccess())
        reportProgress(true);
    Q_EMIT finished(m_result);
}

void DownloadJob::reportProgress(bool force)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (now - m_sampleMs >= SpeedSampleMs) {
        const double sample = double(m_result.bytesReceived - m_sampleBytes) * 1000.0 / double(now - m_sampleMs);
        m_speed = m_sampleMs == 0 ? sample : SpeedSmoothing * sample + (1.0 - SpeedSmoothing) * m_speed;
        m_sampleMs = now;
        m_sampleBytes = m_result.bytesReceived;
    }
    if (!force && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    const qint64 total = m_result.expectedBytes;
    const double speed = m_speed > 0 ? m_speed : (now > 0 ? double(m_result.bytesReceived) * 1000.0 / double(now) : 0);
    const qint64 eta
        = (total >= 0 && speed > 0) ? qint64(double(qMax<qint64>(0, total - m_result.bytesReceived)) / speed) : -1;
    Q_EMIT progress(m_result.bytesReceived, total, speed, eta);
}
