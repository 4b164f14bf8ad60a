#include "simulator/HttpRequestParser.h"

#include <QList>

namespace {

HttpRequestParser::Outcome invalid(int status = 400)
{
    HttpRequestParser::Outcome outcome;
    outcome.result = HttpRequestParser::Result::Invalid;
    outcome.errorStatus = status;
    return outcome;
}

} // namespace

HttpRequestParser::Outcome HttpRequestParser::parse(const QByteArray &buffer, qint64 maxBodyBytes, HttpRequest *request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > MaxHeaderBytes ? invalid(431) : Outcome();
    if (headerEnd > MaxHeaderBytes)
        return invalid(431);
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return invalid();
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            return invalid();
        request->headers.append({ lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed() });
    }
    if (request->hasHeader(QByteArrayLiteral("transfer-encoding")))
        return invalid(411); // the SDKs send Content-Length; chunked uploads are not needed
    bool ok = true;
    const QByteArray lengthText = request->header(QByteArrayLiteral("content-length"));
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0)
        return invalid();
    if (length > maxBodyBytes)
        return invalid(413);
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < length) {
        Outcome outcome;
        // curl and some SDKs hold large bodies back until they are invited.
        outcome.expectsContinue = request->header(QByteArrayLiteral("expect")).toLower() == "100-continue";
        return outcome;
    }
    request->body = buffer.mid(bodyStart, length);
    Outcome outcome;
    outcome.result = Result::Complete;
    outcome.consumed = bodyStart + qsizetype(length);
    return outcome;
}
