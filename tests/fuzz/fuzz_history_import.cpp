// 0.1's JSON task files as the first start of the SQLite history reads them,
// hostile or broken: parse() answers yes or no with a reason, never both a
// newer version and a usable list, and every task it hands over can be followed.
#include "FuzzInput.h"
#include "tasks/LegacyTaskImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LegacyTaskImport::File file = LegacyTaskImport::parse(fuzzBytes(data, size), QStringLiteral("fuzz"));
    FUZZ_CHECK(file.profileId == QLatin1String("fuzz"));
    if (!file.ok) {
        FUZZ_CHECK(!file.detail.isEmpty());
        FUZZ_CHECK(file.tasks.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!file.newerVersion);
    for (const ExportTask &task : file.tasks) {
        FUZZ_CHECK(task.exportId > 0);
        FUZZ_CHECK(!task.downloadUrl.isValid()); // a file never brings a link
        FUZZ_CHECK(task.persistentEquals(task));
    }
    return 0;
}
