#include "signing/PercentEncoding.h"

#include <QList>
#include <QPair>
#include <algorithm>

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

} // namespace

QByteArray PercentEncoding::encode(const QString &value)
{
    return encode(value.toUtf8());
}

QByteArray PercentEncoding::encode(const QByteArray &utf8)
{
    // QByteArray::toPercentEncoding would also work, but spelling the rule out
    // keeps it independent of Qt's notion of "unreserved".
    static const char hexDigits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out.append('%');
        out.append(hexDigits[byte >> 4]);
        out.append(hexDigits[byte & 0x0F]);
    }
    return out;
}

QString PercentEncoding::decode(const QByteArray &encoded)
{
    // QByteArray::fromPercentEncoding leaves '+' alone, which is what both
    // signature schemes need; malformed escapes are kept literally.
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

QByteArray PercentEncoding::canonicalQuery(const QMap<QString, QString> &params)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(params.size());
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        pairs.append({ encode(it.key()), encode(it.value()) });
    // QMap orders by QString (UTF-16), the signature wants the encoded bytes.
    std::sort(pairs.begin(), pairs.end());

    QByteArray out;
    for (const auto &pair : std::as_const(pairs)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(pair.first);
        out.append('=');
        out.append(pair.second);
    }
    return out;
}
