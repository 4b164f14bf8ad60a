#pragma once

#include "api/ExportType.h"

#include <QString>

// Turns names from the service (or built from report data) into one file name
// that is safe on Windows, macOS and Linux: no path separators, no "..", no
// reserved device names, no control, bidi, zero-width or forbidden characters, no trailing dots
// or spaces, at most MaxBytes of UTF-8 with the extension kept. Chinese and
// other non-ASCII letters are kept.
class FileNameSanitizer
{
public:
    static constexpr int MaxBytes = 200;

    // Never returns an empty name: `fallback` (itself sanitized) or "report" is used instead.
    static QString sanitize(const QString &name, const QString &fallback = QString());

    // The service's FileName when known, else "<title or ReportId>_<ExportDate>_<ExportId>.<html|pdf>".
    // The extension always comes from `type`: the service's own .html/.htm/.pdf is
    // replaced, any other stays part of the stem ("x.exe" -> "x.exe.pdf").
    // A long title is shortened so that date, id and extension survive.
    static QString proposedName(const QString &serviceFileName, const QString &reportTitle, qint64 reportId,
                                const QString &exportDate, qint64 exportId, ExportType type);

    // True for CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM0-9, LPT0-9 (any case, with or
    // without an extension).
    static bool isReservedWindowsName(const QString &name);

    // The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character.
    static QString truncateUtf8(const QString &text, int maxBytes);
};
