// Names chosen by the service: whatever comes in, the file name that comes out
// is short, safe on every platform, idempotent, and ends in the export type's
// extension.
#include "FuzzInput.h"
#include "downloads/FileNameSanitizer.h"

namespace {

void checkSafe(const QString &name)
{
    FUZZ_CHECK(!name.isEmpty());
    FUZZ_CHECK(name.toUtf8().size() <= FileNameSanitizer::MaxBytes);
    FUZZ_CHECK(!name.contains(QLatin1String("..")));
    FUZZ_CHECK(!name.startsWith(QLatin1Char('.')));
    FUZZ_CHECK(!name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')));
    FUZZ_CHECK(!FileNameSanitizer::isReservedWindowsName(name));
    for (const QChar c : name) {
        FUZZ_CHECK(c.unicode() >= 0x20 && !QStringLiteral("<>:\"/\\|?*").contains(c));
        FUZZ_CHECK(c.unicode() != 0x202E && c.unicode() != 0x200B && c.unicode() != 0xFEFF);
    }
    FUZZ_CHECK(FileNameSanitizer::sanitize(name) == name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    // UTF-8 as a service sends it, and raw UTF-16 for lone surrogates.
    const QString utf8 = QString::fromUtf8(bytes);
    const QString utf16 = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
    for (const QString &input : { utf8, utf16 }) {
        checkSafe(FileNameSanitizer::sanitize(input));
        for (const ExportType type : { ExportType::Html, ExportType::Pdf }) {
            const QString proposed = FileNameSanitizer::proposedName(input, input, 377665, input.left(10), 1041, type);
            checkSafe(proposed);
            FUZZ_CHECK(proposed.endsWith(QLatin1Char('.') + exportTypeExtension(type)));
            const QString fromTitle = FileNameSanitizer::proposedName({}, input, 1, input.left(10), 9, type);
            checkSafe(fromTitle);
            FUZZ_CHECK(fromTitle.endsWith(QLatin1Char('.') + exportTypeExtension(type)));
        }
    }
    return 0;
}
