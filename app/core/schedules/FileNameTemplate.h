#pragma once

#include "api/ExportType.h"

#include <QDate>
#include <QString>

// The file name a schedule gives each report it saves, e.g. "{title}_{date}_{exportId}".
// Placeholders: {title} (the report's title), {date} (the local date of the run,
// yyyy-MM-dd), {exportId}, {format} (html/pdf), {profile} (the profile's name).
// The expansion goes through FileNameSanitizer like every saved name, and the
// extension always comes from the export type.
class FileNameTemplate final
{
public:
    struct Values
    {
        QString title;
        QDate date;
        qint64 exportId = 0;
        qint64 reportId = 0;
        ExportType type = ExportType::Html;
        QString profile;
    };

    static QString defaultTemplate() { return QStringLiteral("{title}_{date}_{exportId}"); }

    // Empty when usable, else the first placeholder that is unknown ("{x}") or
    // the unbalanced brace ("{" / "}"). Not translated: callers word the message.
    static QString problem(const QString &pattern);

    // The sanitized file name (never empty, never a path), with ".html"/".pdf".
    static QString expand(const QString &pattern, const Values &values);

    // folder/name, or "folder/stem (2).ext", "(3)"... whichever does not exist yet:
    // a schedule never replaces a file, neither its own nor anybody else's.
    static QString unusedPath(const QString &folder, const QString &name);
};
