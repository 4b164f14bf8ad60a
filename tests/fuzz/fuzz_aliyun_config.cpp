// ~/.aliyun/config.json as a hostile or broken file: load() answers yes or no,
// every candidate it offers is complete, and the error text never quotes the file.
#include "FuzzInput.h"
#include "credentials/AliyunCliConfigImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzzBytes(data, size);
    AliyunCliConfigImporter importer(QStringLiteral("/nonexistent/.aliyun/config.json"));
    QString error;
    if (!importer.loadJson(json, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(importer.candidates().isEmpty());
        return 0;
    }
    for (const AliyunCliConfigImporter::Candidate &candidate : importer.candidates()) {
        FUZZ_CHECK(candidate.credentials.isComplete());
        FUZZ_CHECK(candidate.profile.accessKeyId == candidate.credentials.accessKeyId);
        (void)AliyunCliConfigImporter::siteForRegion(candidate.regionId);
    }
    for (const AliyunCliConfigImporter::Unsupported &unsupported : importer.unsupported())
        (void)unsupported.reason();
    return 0;
}
