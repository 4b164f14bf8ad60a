#include "api/ReplyLimiter.h"

#include <QNetworkReply>
#include <QTimer>

ReplyLimiter::ReplyLimiter(QNetworkReply *reply, qint64 maxBytes, int totalMs)
    : QObject(reply)
    , m_reply(reply)
{
    // Not downloadProgress: Qt chokes it to one signal per 100 ms, so a stalled
    // answer may never report its first block. The client reads the body only at
    // the end, so bytesAvailable() is everything received so far.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, maxBytes] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            stop(Verdict::TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, maxBytes] {
        if (m_reply->bytesAvailable() > maxBytes)
            stop(Verdict::TooLarge);
    });
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] { stop(Verdict::TooSlow); });
    deadline->start(totalMs);
}

ReplyLimiter::~ReplyLimiter() = default;

ReplyLimiter::Verdict ReplyLimiter::verdictOf(const QNetworkReply *reply)
{
    const auto *limiter = reply->findChild<ReplyLimiter *>(QString(), Qt::FindDirectChildrenOnly);
    return limiter ? limiter->verdict() : Verdict::WithinLimits;
}

void ReplyLimiter::stop(Verdict verdict)
{
    if (m_verdict != Verdict::WithinLimits || !m_reply->isRunning())
        return;
    m_verdict = verdict;
    m_reply->abort(); // finished() follows with OperationCanceledError
}
