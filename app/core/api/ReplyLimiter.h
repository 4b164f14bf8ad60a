#pragma once

#include <QObject>

class QNetworkReply;

// Bounds one API answer. The transfer timeout only fires when nothing moves, so
// a server that drips a byte a second, or streams without end, would otherwise
// hold the call (and the memory Qt buffers for it) forever. The limiter aborts
// the reply once its body passes maxBytes (or announces more) or the whole
// answer takes longer than totalMs; verdict() then says why.
class ReplyLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyLimiter)

public:
    enum class Verdict
    {
        WithinLimits,
        TooLarge,
        TooSlow,
    };

    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;
    static constexpr int DefaultTotalMs = 120 * 1000;

    // A child of `reply`, so it goes when the reply goes.
    ReplyLimiter(QNetworkReply *reply, qint64 maxBytes, int totalMs);
    ~ReplyLimiter() override;

    Verdict verdict() const { return m_verdict; }
    // The verdict of the limiter attached to `reply`, WithinLimits without one.
    static Verdict verdictOf(const QNetworkReply *reply);

private:
    void stop(Verdict verdict);

    QNetworkReply *m_reply;
    Verdict m_verdict = Verdict::WithinLimits;
};
