#pragma once

#include "downloads/Sha256.h"

#include "downloads/DownloadOptions.h"
#include "downloads/DownloadResult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// One GET of a pre-signed link, streamed into a QSaveFile next to the target and
// committed only after a complete 200 answer. Nothing is left behind otherwise, and
// an existing target is only ever replaced by a complete download.
// The request carries no credentials: a fresh QNetworkRequest with a User-Agent,
// no cookies, and a link with user info is refused. Proxy authentication is left
// to Qt, which answers a proxy's 407 with the QNetworkProxy's user and password
// (AuthenticationReuseAttribute=Manual would turn it off and fail every download
// behind such a proxy). finished() is emitted exactly once, always
// after start() has returned. Without Content-Length, the body must end like an HTML or
// PDF document, because Qt 6.4 cannot tell a cut chunked body from a complete one.
// A Content-Length larger than the free space fails before a byte is written.
class DownloadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJob)

public:
    enum class State
    {
        Ready,
        Running,
        Finished,
    };

    DownloadJob(QNetworkAccessManager *network, const QUrl &url, const QString &targetPath, QObject *parent = nullptr);
    ~DownloadJob() override;

    // Parses a link exactly as the service sent it (StrictMode, no re-encoding of the query).
    static QUrl urlFromEncoded(const QByteArray &bytes);
    // HTTPS to any host but link-local and metadata addresses; plain HTTP only to
    // loopback hosts, and only when allowLoopbackHttp.
    static bool isAllowedUrl(const QUrl &url, bool allowLoopbackHttp);

    void setOptions(const DownloadOptions &options) { m_options = options; }
    const DownloadOptions &options() const { return m_options; }
    QString targetPath() const { return m_targetPath; }
    State state() const { return m_state; }
    const DownloadResult &result() const { return m_result; }

    void start();
    void cancel();

Q_SIGNALS:
    // total is -1 without Content-Length; bytesPerSecond is smoothed; etaSeconds is -1 when unknown.
    void progress(qint64 received, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void finished(const DownloadResult &result);

private:
    void onRedirected(const QUrl &url);
    void onReadyRead();
    void onReplyFinished();
    bool checkStatus();
    bool fitsOnDisk();
    void writeAvailable();
    void keepTail(const char *data, qint64 size);
    void keepErrorBody();
    void failWithFileError(int savedErrno, const QString &text);
    void classifyReply();
    void commitFile();
    void finishEarly(DownloadResult::Kind kind, const QString &detail);
    void finish();
    void reportProgress(bool force);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_targetPath;
    DownloadOptions m_options;
    State m_state = State::Ready;
    DownloadResult m_result;
    Sha256 m_hash;
    QPointer<QNetworkReply> m_reply;
    QSaveFile *m_file = nullptr;
    QByteArray m_errorBody;
    QByteArray m_tail; // the last bytes saved, checked when there is no Content-Length
    int m_status = 0;
    bool m_statusChecked = false;
    bool m_cancelled = false;
    bool m_refusedRedirect = false;
    bool m_fileFailed = false;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = 0;
    qint64 m_sampleMs = 0;
    qint64 m_sampleBytes = 0;
    double m_speed = 0;
};
