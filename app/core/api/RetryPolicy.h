#pragma once

#include "api/ApiError.h"

#include <functional>

// When and how long to wait before retrying an API call: up to maxRetries more
// attempts, exponential backoff with full jitter (a uniformly random wait in
// [0, min(cap, base * 2^retry)], as in AWS' and Alibaba's SDKs, so that many clients
// hit by one outage do not retry in lockstep), or exactly the server's
// x-acs-retry-after when it sends one.
class RetryPolicy
{
public:
    using RandomSource = std::function<double()>; // uniform in [0, 1)

    RetryPolicy() = default;
    RetryPolicy(int maxRetries, int baseDelayMs, int capDelayMs);

    int maxRetries() const { return m_maxRetries; }
    int baseDelayMs() const { return m_baseDelayMs; }
    int capDelayMs() const { return m_capDelayMs; }

    // Tests inject a fixed source to make the jitter predictable.
    void setRandomSource(RandomSource source);

    // Whether this outcome of one attempt is worth another: network errors that may be
    // transient, HTTP 408/429/500/502/503/504 and Throttling* codes. Never TLS or
    // authentication failures, timeouts, or any other service error.
    static bool isRetryable(const ApiError &error);

    // The wait before retry number `retry` (0 for the first retry). A server
    // retry-after (ms, >= 0) wins over the computed backoff, bounded by maxServerDelayMs().
    int delayMs(int retry, int serverRetryAfterMs = -1) const;
    // The computed backoff ceiling for retry number `retry`, without jitter.
    int ceilingMs(int retry) const;
    static int maxServerDelayMs() { return 60000; }

private:
    double random() const;

    int m_maxRetries = 3;
    int m_baseDelayMs = 200;
    int m_capDelayMs = 20000;
    RandomSource m_random;
};
