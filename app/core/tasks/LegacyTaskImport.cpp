#include "tasks/LegacyTaskImport.h"

#include "tasks/HistoryBatch.h"
#include "tasks/HistoryDatabase.h"
#include "tasks/HistoryWriter.h"

#include <QCoreApplication>
#include <QSqlError>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

namespace {

const QLatin1String FormatName("reportdesk-tasks");
constexpr int MaxFormatVersion = 1;

QDateTime timeFrom(const QJsonValue &value)
{
    // Written as milliseconds since the epoch; anything else is "unknown".
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
}

ExportTask taskFrom(const QJsonObject &o)
{
    ExportTask t;
    t.exportId = o.value(QLatin1String("exportId")).toInteger();
    t.reportId = o.value(QLatin1String("reportId")).toInteger();
    t.reportTitle = o.value(QLatin1String("title")).toString();
    const QJsonValue type = o.value(QLatin1String("type"));
    if (type.isString()) {
        t.exportTypeKnown = true;
        t.exportType = type.toString().compare(QLatin1String("PDF"), Qt::CaseInsensitive) == 0 ? ExportType::Pdf
                                                                                               : ExportType::Html;
    }
    t.rawStatus = o.value(QLatin1String("status")).toString();
    t.status = exportStatusFromString(t.rawStatus);
    t.exportDate = o.value(QLatin1String("exportDate")).toString();
    t.fileName = o.value(QLatin1String("fileName")).toString();
    t.urlExpiresAt = timeFrom(o.value(QLatin1String("urlExpiresAt")));
    t.lastChecked = timeFrom(o.value(QLatin1String("lastChecked")));
    t.createdAt = timeFrom(o.value(QLatin1String("createdAt")));
    t.savedFilePath = o.value(QLatin1String("savedFilePath")).toString();
    const QJsonObject error = o.value(QLatin1String("error")).toObject();
    t.lastError.code = error.value(QLatin1String("code")).toString();
    t.lastError.message = error.value(QLatin1String("message")).toString();
    t.lastError.requestId = error.value(QLatin1String("requestId")).toString();
    t.lastError.httpStatus = error.value(QLatin1String("httpStatus")).toInt();
    const QJsonArray history = o.value(QLatin1String("history")).toArray();
    for (const QJsonValue &entry : history) {
        const QJsonObject change = entry.toObject();
        StatusChange c;
        c.rawStatus = change.value(QLatin1String("status")).toString();
        c.status = exportStatusFromString(c.rawStatus);
        c.time = timeFrom(change.value(QLatin1String("time")));
        t.history.append(c);
    }
    return t;
}

} // namespace

QString LegacyTaskImport::Report::message() const
{
    if (files == 0 && failedFiles.isEmpty())
        return {};
    if (failedFiles.isEmpty())
        return QCoreApplication::translate(
            "TaskStore", "Took over %n export(s) from the previous version's task lists.", nullptr, tasks);
    return QCoreApplication::translate("TaskStore",
                                       "Took over %n export(s) from the previous version's task lists; %1 could "
                                       "not be read and was kept aside.",
                                       nullptr, tasks)
        .arg(failedFiles.join(QStringLiteral(", ")));
}

LegacyTaskImport::Report LegacyTaskImport::importAll(QSqlDatabase db, const QString &directory, const QString &writerId)
{
    Report report;
    const QStringList files = pendingFiles(directory);
    for (const QString &path : files) {
        const File file = read(path);
        const QString name = QDir::toNativeSeparators(path);
        if (!file.ok) {
            if (!file.newerVersion) // a newer 0.x file is left for that version to read
                moveAside(path);
            report.failedFiles.append(name);
            continue;
        }
        HistoryBatch batch;
        batch.profile = file.profileId;
        batch.upserts = file.tasks;
        QString error;
        QSqlError sqlError;
        // keepExisting: a file whose rename failed last time is never imported over newer rows.
        if (!HistoryWriter::writeInTransaction(db, batch, writerId, true, {}, &error, &sqlError)) {
            report.failedFiles.append(name);
            continue;
        }
        QString importedPath;
        markImported(path, &importedPath);
        ++report.files;
        report.tasks += static_cast<int>(file.tasks.size());
    }
    return report;
}

QString LegacyTaskImport::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/tasks");
}

QStringList LegacyTaskImport::pendingFiles(const QString &directory)
{
    QStringList files;
    const QDir dir(directory);
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!name.contains(QLatin1String(".corrupt-")))
            files.append(dir.filePath(name));
    }
    return files;
}

QString LegacyTaskImport::profileIdFromFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    return QUrl::fromPercentEncoding(base.toLatin1());
}

LegacyTaskImport::File LegacyTaskImport::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        File result;
        result.path = path;
        result.profileId = profileIdFromFileName(path);
        result.detail = file.errorString();
        return result;
    }
    File result = parse(file.readAll(), profileIdFromFileName(path));
    result.path = path;
    return result;
}

LegacyTaskImport::File LegacyTaskImport::parse(const QByteArray &json, const QString &profileId)
{
    File result;
    result.profileId = profileId;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.detail = QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != FormatName) {
        result.detail = QStringLiteral("not a ReportDesk task list");
        return result;
    }
    const qint64 version = root.value(QLatin1String("version")).toInteger();
    if (version > MaxFormatVersion) {
        result.newerVersion = true;
        result.detail = QStringLiteral("format version %1 is newer than this ReportDesk reads").arg(version);
        return result;
    }
    if (version < 1) {
        result.detail = QStringLiteral("unsupported version %1").arg(version);
        return result;
    }
    const QJsonValue tasks = root.value(QLatin1String("tasks"));
    if (!tasks.isArray()) {
        result.detail = QStringLiteral("no task array");
        return result;
    }
    for (const QJsonValue &value : tasks.toArray()) {
        ExportTask task = taskFrom(value.toObject());
        if (task.exportId > 0) // a hand-edited entry without an id cannot be followed
            result.tasks.append(std::move(task));
    }
    result.ok = true;
    return result;
}

bool LegacyTaskImport::markImported(const QString &path, QString *newPath)
{
    *newPath = HistoryDatabase::unusedPath(path, QStringLiteral(".imported"));
    return QFile::rename(path, *newPath);
}

QString LegacyTaskImport::moveAside(const QString &path)
{
    const QString target = HistoryDatabase::asidePath(path, QStringLiteral(".json"));
    return QFile::rename(path, target) ? target : QString();
}
