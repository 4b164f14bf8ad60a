#include "schedules/FileNameTemplate.h"

#include "downloads/FileNameSanitizer.h"

#include <QDir>
#include <QFileInfo>

namespace {

const char *const placeholders[] = { "title", "date", "exportId", "format", "profile" };

bool isPlaceholder(const QString &name)
{
    for (const char *known : placeholders) {
        if (name == QLatin1String(known))
            return true;
    }
    return false;
}

QString valueOf(const QString &name, const FileNameTemplate::Values &values)
{
    if (name == QLatin1String("title"))
        return values.title.isEmpty() ? QString::number(values.reportId) : values.title;
    if (name == QLatin1String("date"))
        return values.date.toString(QStringLiteral("yyyy-MM-dd"));
    if (name == QLatin1String("exportId"))
        return QString::number(values.exportId);
    if (name == QLatin1String("format"))
        return exportTypeExtension(values.type);
    if (name == QLatin1String("profile"))
        return values.profile;
    return {};
}

} // namespace

QString FileNameTemplate::problem(const QString &pattern)
{
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('}'))
            return QStringLiteral("}");
        if (c != QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return QStringLiteral("{");
        const QString name = pattern.mid(i + 1, close - i - 1);
        if (!isPlaceholder(name))
            return QLatin1Char('{') + name + QLatin1Char('}');
        i = close + 1;
    }
    return {};
}

QString FileNameTemplate::expand(const QString &pattern, const Values &values)
{
    QString expanded;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open + 1);
        if (open < 0 || close < 0) {
            expanded += pattern.mid(i);
            break;
        }
        expanded += pattern.mid(i, open - i);
        expanded += valueOf(pattern.mid(open + 1, close - open - 1), values);
        i = close + 1;
    }
    // proposedName strips a ".html"/".pdf" the template may end with, appends the
    // type's extension and sanitizes; an empty result falls back to title_date_id.
    return FileNameSanitizer::proposedName(expanded, values.title, values.reportId,
                                           values.date.toString(QStringLiteral("yyyy-MM-dd")), values.exportId,
                                           values.type);
}

QString FileNameTemplate::unusedPath(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    QString candidate = dir.filePath(name);
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString stem = suffix.isEmpty() ? name : name.left(name.size() - suffix.size());
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = dir.filePath(FileNameSanitizer::sanitize(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix)));
    return candidate;
}
