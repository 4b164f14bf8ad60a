#pragma once

#include <QString>

// V3 (ACS3-HMAC-SHA256) is what Alibaba's current SDKs use; V1 (HMAC-SHA1) is
// the classic RPC scheme the aliyun CLI still speaks.
enum class SignatureVersion
{
    V3,
    V1,
};

inline QString signatureVersionName(SignatureVersion v)
{
    return v == SignatureVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v3");
}
