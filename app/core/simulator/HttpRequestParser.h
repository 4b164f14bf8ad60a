#pragma once

#include "simulator/HttpRequest.h"

#include <QByteArray>

// Reads one HTTP/1.1 request (headers and a Content-Length body) from the front
// of a connection's buffer; pipelined requests after it stay in the buffer.
// Pure, so it can be tested and fuzzed without a socket.
class HttpRequestParser
{
public:
    enum class Result
    {
        NeedMore,
        Complete,
        Invalid,
    };

    struct Outcome
    {
        Result result = Result::NeedMore;
        int errorStatus = 400; // Invalid: the status to answer with (400, 411, 413, 431)
        qsizetype consumed = 0; // Complete: how many bytes of the buffer the request took
        bool expectsContinue = false; // NeedMore: the client waits for "100 Continue" before its body
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    static Outcome parse(const QByteArray &buffer, qint64 maxBodyBytes, HttpRequest *request);
};
