#include "downloads/FileNameSanitizer.h"

#include <QStringList>

namespace {

// An extension longer than this is treated as part of the name when shortening.
constexpr int MaxExtensionChars = 16;

bool isForbiddenChar(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0, DEL, C1 controls
    switch (c) {
    case '<':
    case '>':
    case ':':
    case '"':
    case '/':
    case '\\':
    case '|':
    case '?':
    case '*': return true;
    default: return false;
    }
}

// Bidirectional overrides can make "evil_fdp.exe" display as "evil_exe.pdf", and
// zero-width characters make two different names look the same.
bool isInvisibleControl(char32_t c)
{
    const bool bidi
        = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    const bool zeroWidth = c == 0x00AD || c == 0x034F || c == 0x180E || (c >= 0x200B && c <= 0x200D)
        || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
    return bidi || zeroWidth;
}

QString replaceForbidden(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint cp : codePoints) {
        const auto c = char32_t(cp);
        if (isInvisibleControl(c))
            continue;
        if (isForbiddenChar(c)) {
            out.append(QLatin1Char('_'));
            continue;
        }
        out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

// Runs of dots become one dot, so no ".." is left anywhere.
QString collapseDots(QString text)
{
    while (text.contains(QLatin1String("..")))
        text.replace(QLatin1String(".."), QLatin1String("."));
    return text;
}

bool isTrimmable(QChar c)
{
    return c == QLatin1Char('.') || c.isSpace();
}

// Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
QString trimDotsAndSpaces(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isTrimmable(text.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

qsizetype utf8Size(const QString &text)
{
    return text.toUtf8().size();
}

// Shortens to MaxBytes of UTF-8, cutting the stem and keeping a plausible extension.
QString limitLength(const QString &name)
{
    if (utf8Size(name) <= FileNameSanitizer::MaxBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const bool hasExtension = dot > 0 && name.size() - dot - 1 <= MaxExtensionChars;
    const QString extension = hasExtension ? name.mid(dot) : QString();
    const QString stem = hasExtension ? name.left(dot) : name;
    const int stemBudget = FileNameSanitizer::MaxBytes - int(utf8Size(extension));
    return trimDotsAndSpaces(FileNameSanitizer::truncateUtf8(stem, stemBudget)) + extension;
}

// A piece of a name: safe characters only, but not yet checked as a whole name.
QString cleanPart(const QString &raw)
{
    // Invisible characters go before normalizing, not after: one between two
    // combining marks (U+034F) keeps NFC from reordering them, so dropping it
    // after NFC left a name that a second pass would change.
    return trimDotsAndSpaces(collapseDots(replaceForbidden(raw).normalized(QString::NormalizationForm_C)));
}

// Reserved names are checked on the final, shortened name: a cut can turn
// "CON.<300 x>" into "CON" again.
QString clean(const QString &raw)
{
    const QString name = limitLength(cleanPart(raw));
    if (!name.isEmpty() && FileNameSanitizer::isReservedWindowsName(name))
        return limitLength(QLatin1Char('_') + name);
    return name;
}

// The service's name without a document extension of its own, which the export
// type replaces: "invoice.pdf.exe" stays whole and gets ".pdf" after it.
QString stemOfServiceName(const QString &serviceFileName)
{
    QString stem = cleanPart(serviceFileName);
    for (const QLatin1String extension : { QLatin1String(".html"), QLatin1String(".htm"), QLatin1String(".pdf") }) {
        if (stem.endsWith(extension, Qt::CaseInsensitive)) {
            stem.chop(extension.size());
            break;
        }
    }
    return trimDotsAndSpaces(stem);
}

} // namespace

QString FileNameSanitizer::sanitize(const QString &name, const QString &fallback)
{
    QString result = clean(name);
    if (result.isEmpty())
        result = clean(fallback);
    if (result.isEmpty())
        result = QStringLiteral("report");
    return result;
}

QString FileNameSanitizer::proposedName(const QString &serviceFileName, const QString &reportTitle, qint64 reportId,
                                        const QString &exportDate, qint64 exportId, ExportType type)
{
    const QString extension = exportTypeExtension(type);
    const QString fallback = QStringLiteral("report_%1.%2").arg(exportId).arg(extension);
    // The export type, never the service, picks the extension: the desktop opens
    // a file by its extension, and "report.desktop" or "x.exe" must not be one.
    const QString serviceStem = stemOfServiceName(serviceFileName);
    if (!serviceStem.isEmpty()) {
        const QString dotted = QLatin1Char('.') + extension;
        const QString stem = trimDotsAndSpaces(truncateUtf8(serviceStem, MaxBytes - int(utf8Size(dotted))));
        return sanitize(stem + dotted, fallback);
    }

    QString title = cleanPart(reportTitle);
    if (title.isEmpty())
        title = reportId > 0 ? QString::number(reportId) : QStringLiteral("report");

    QString suffix;
    const QString date = cleanPart(exportDate);
    if (!date.isEmpty())
        suffix += QLatin1Char('_') + date;
    suffix += QLatin1Char('_') + QString::number(exportId) + QLatin1Char('.') + extension;

    const int titleBudget = MaxBytes - int(utf8Size(suffix));
    title = trimDotsAndSpaces(truncateUtf8(title, titleBudget));
    return sanitize(title + suffix, fallback);
}

bool FileNameSanitizer::isReservedWindowsName(const QString &name)
{
    // Windows ignores everything from the first dot, and trailing spaces before it.
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QString base = (dot < 0 ? name : name.left(dot)).trimmed().toUpper();
    static const QStringList devices = { QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                                         QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$") };
    if (devices.contains(base))
        return true;
    if (base.size() != 4)
        return false;
    const bool port = base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"));
    const QChar digit = base.at(3);
    // Windows also reserves the superscript digits ¹ ² ³ after COM/LPT, and COM0/LPT0.
    const bool portDigit = (digit >= QLatin1Char('0') && digit <= QLatin1Char('9')) || digit == QChar(0x00B9)
        || digit == QChar(0x00B2) || digit == QChar(0x00B3);
    return port && portDigit;
}

QString FileNameSanitizer::truncateUtf8(const QString &text, int maxBytes)
{
    if (maxBytes <= 0)
        return QString();
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const qsizetype units = pair ? 2 : 1;
        const qsizetype charBytes = utf8Size(text.mid(i, units));
        if (bytes + charBytes > maxBytes)
            break;
        bytes += charBytes;
        i += units;
    }
    return text.left(i);
}
