#include "api/RetryPolicy.h"

#include "api/ApiErrorText.h"

#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

RetryPolicy::RetryPolicy(int maxRetries, int baseDelayMs, int capDelayMs)
    : m_maxRetries(std::max(0, maxRetries))
    , m_baseDelayMs(std::max(0, baseDelayMs))
    , m_capDelayMs(std::max(0, capDelayMs))
{
}

void RetryPolicy::setRandomSource(RandomSource source)
{
    m_random = std::move(source);
}

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network: break;
    case ApiError::Kind::Service:
    case ApiError::Kind::MalformedResponse: {
        static constexpr int retryableStatuses[] = { 408, 429, 500, 502, 503, 504 };
        if (std::find(std::begin(retryableStatuses), std::end(retryableStatuses), error.httpStatus)
            != std::end(retryableStatuses))
            return true;
        return ApiErrorText::codeCategory(error.code) == ApiErrorText::Category::Throttled;
    }
    // A timeout already cost the whole transfer timeout; and an ExportCustomizeReport that
    // timed out may well have started an export, which a blind retry would duplicate.
    case ApiError::Kind::Timeout:
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InvalidRequest: return false;
    }
    switch (QNetworkReply::NetworkError(error.networkError)) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError: return true;
    default: break; // TLS, proxy authentication, protocol errors: the same again would fail again
    }
    return false;
}

int RetryPolicy::ceilingMs(int retry) const
{
    // Doubling in 64 bits, clamped early so a large retry count cannot overflow.
    qint64 ceiling = m_baseDelayMs;
    for (int i = 0; i < retry && ceiling < m_capDelayMs; ++i)
        ceiling *= 2;
    return int(std::min<qint64>(ceiling, m_capDelayMs));
}

int RetryPolicy::delayMs(int retry, int serverRetryAfterMs) const
{
    if (serverRetryAfterMs >= 0)
        return std::min(serverRetryAfterMs, maxServerDelayMs());
    const int ceiling = ceilingMs(retry);
    return std::min(ceiling, int(random() * (ceiling + 1)));
}

double RetryPolicy::random() const
{
    if (m_random)
        return std::clamp(m_random(), 0.0, 1.0);
    return QRandomGenerator::global()->generateDouble();
}
