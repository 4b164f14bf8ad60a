// The simulator's request parser, fed a connection's bytes: it consumes
// pipelined requests one by one and never claims more than it was given.
#include "FuzzInput.h"
#include "simulator/HttpRequestParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer = fuzzBytes(data, size);
    for (int i = 0; i < 64 && !buffer.isEmpty(); ++i) {
        HttpRequest request;
        const HttpRequestParser::Outcome outcome = HttpRequestParser::parse(buffer, 1024 * 1024, &request);
        if (outcome.result != HttpRequestParser::Result::Complete)
            break;
        FUZZ_CHECK(outcome.consumed > 0 && outcome.consumed <= buffer.size());
        FUZZ_CHECK(request.body.size() <= 1024 * 1024);
        (void)request.path();
        (void)request.rawQuery();
        (void)request.wantsClose();
        if (request.isFormBody())
            (void)HttpRequest::parseForm(request.body);
        (void)HttpRequest::parseForm(request.rawQuery());
        buffer.remove(0, outcome.consumed);
    }
    return 0;
}
