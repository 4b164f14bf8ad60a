// The service's answers (or a proxy's, or a captive portal's): whatever the
// bytes, the parser returns an error or typed values, and never lets a body
// through unredacted in an error detail.
#include "FuzzInput.h"
#include "api/ApiResponseParser.h"
#include "common/Redactor.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = { 200, 200, 400, 403, 404, 500, 503, 302 };
    const int status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    const QByteArray body = fuzzBytes(data + 1, size - 1);

    QJsonObject object;
    const ApiError error = ApiResponseParser::parseEnvelope(status, body, &object);
    if (!error.isError()) {
        const QList<ReportInfo> reports = ApiResponseParser::parseReportList(object);
        const ExportInfo info = ApiResponseParser::parseExportInfo(object);
        (void)reports;
        (void)info;
    }
    if (error.kind == ApiError::Kind::MalformedResponse)
        FUZZ_CHECK(error.detail.size() <= ApiResponseParser::excerptLength);
    const QString excerpt = ApiResponseParser::bodyExcerpt(body);
    FUZZ_CHECK(excerpt.size() <= ApiResponseParser::excerptLength);
    // Redaction is a parser too, and must be stable.
    const QString once = Redactor::text(QString::fromUtf8(body));
    FUZZ_CHECK(Redactor::text(once) == once);
    return 0;
}
