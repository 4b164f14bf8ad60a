#include "simulator/HttpRequest.h"

QByteArray HttpRequest::path() const
{
    const int question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray HttpRequest::rawQuery() const
{
    const int question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

bool HttpRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerName)
            return true;
    }
    return false;
}

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerName)
            return header.second;
    }
    return {};
}

bool HttpRequest::wantsClose() const
{
    const QByteArray connection = header(QByteArrayLiteral("connection")).toLower();
    if (version == "HTTP/1.0")
        return connection != "keep-alive";
    return connection == "close";
}

bool HttpRequest::isFormBody() const
{
    return header(QByteArrayLiteral("content-type")).toLower().startsWith("application/x-www-form-urlencoded");
}

QMap<QString, QString> HttpRequest::parseForm(const QByteArray &encoded)
{
    QMap<QString, QString> result;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        result.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return result;
}
