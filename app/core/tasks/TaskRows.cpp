#include "tasks/TaskRows.h"

#include "tasks/HistorySql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

void TaskRows::bindTask(QSqlQuery &q, const QString &profile, const ExportTask &t, qint64 revision,
                        const QString &writer)
{
    q.bindValue(QStringLiteral(":profile"), profile);
    q.bindValue(QStringLiteral(":export_id"), t.exportId);
    q.bindValue(QStringLiteral(":report_id"), t.reportId);
    q.bindValue(QStringLiteral(":report_title"), t.reportTitle.isNull() ? QStringLiteral("") : t.reportTitle);
    q.bindValue(QStringLiteral(":export_type"),
                t.exportTypeKnown ? QVariant(exportTypeName(t.exportType)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":status"), static_cast<int>(t.status));
    q.bindValue(QStringLiteral(":raw_status"), t.rawStatus.isNull() ? QStringLiteral("") : t.rawStatus);
    q.bindValue(QStringLiteral(":export_date"), t.exportDate.isNull() ? QStringLiteral("") : t.exportDate);
    q.bindValue(QStringLiteral(":file_name"), t.fileName.isNull() ? QStringLiteral("") : t.fileName);
    q.bindValue(QStringLiteral(":url_expires_at"), timeValue(t.urlExpiresAt));
    q.bindValue(QStringLiteral(":last_checked_at"), timeValue(t.lastChecked));
    q.bindValue(QStringLiteral(":created_at"), timeValue(t.createdAt));
    const bool hasError = !t.lastError.isEmpty();
    q.bindValue(QStringLiteral(":error_code"),
                hasError ? QVariant(t.lastError.code) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":error_message"),
                hasError ? QVariant(t.lastError.message) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":error_request_id"),
                hasError ? QVariant(t.lastError.requestId) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":error_http_status"),
                hasError ? QVariant(t.lastError.httpStatus) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":saved_path"), textOrNull(t.savedFilePath));
    q.bindValue(QStringLiteral(":saved_size"),
                t.savedFileSize >= 0 ? QVariant(t.savedFileSize) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":saved_sha256"), textOrNull(t.savedFileSha256));
    q.bindValue(QStringLiteral(":saved_at"), timeValue(t.savedAt));
    q.bindValue(QStringLiteral(":revision"), revision);
    q.bindValue(QStringLiteral(":writer"), writer);
}

ExportTask TaskRows::readTask(const QSqlQuery &q)
{
    ExportTask t;
    t.exportId = q.value(ColExportId).toLongLong();
    t.reportId = q.value(ColReportId).toLongLong();
    t.reportTitle = q.value(ColTitle).toString();
    const QVariant type = q.value(ColExportType);
    if (!type.isNull()) {
        t.exportTypeKnown = true;
        t.exportType = type.toString().compare(QLatin1String("PDF"), Qt::CaseInsensitive) == 0 ? ExportType::Pdf
                                                                                               : ExportType::Html;
    }
    t.rawStatus = q.value(ColRawStatus).toString();
    // The raw text decides, as with every answer; the stored number only helps SQL queries.
    t.status = t.rawStatus.isEmpty() ? static_cast<ExportStatus>(q.value(ColStatus).toInt())
                                     : exportStatusFromString(t.rawStatus);
    t.exportDate = q.value(ColExportDate).toString();
    t.fileName = q.value(ColFileName).toString();
    t.urlExpiresAt = timeFrom(q.value(ColUrlExpiresAt));
    t.lastChecked = timeFrom(q.value(ColLastCheckedAt));
    t.createdAt = timeFrom(q.value(ColCreatedAt));
    if (!q.value(ColErrorCode).isNull() || !q.value(ColErrorMessage).isNull()) {
        t.lastError.code = q.value(ColErrorCode).toString();
        t.lastError.message = q.value(ColErrorMessage).toString();
        t.lastError.requestId = q.value(ColErrorRequestId).toString();
        t.lastError.httpStatus = q.value(ColErrorHttpStatus).toInt();
    }
    t.savedFilePath = q.value(ColSavedPath).toString();
    const QVariant size = q.value(ColSavedSize);
    t.savedFileSize = size.isNull() ? -1 : size.toLongLong();
    t.savedFileSha256 = q.value(ColSavedSha256).toString();
    t.savedAt = timeFrom(q.value(ColSavedAt));
    return t;
}

bool TaskRows::isRemoved(const QSqlQuery &query)
{
    return !query.value(ColRemovedAt).isNull();
}

qint64 TaskRows::revisionOf(const QSqlQuery &query)
{
    return query.value(ColRevision).toLongLong();
}

bool TaskRows::writeHistory(QSqlQuery &upsert, QSqlQuery &trim, const QString &profile, const ExportTask &task,
                            QString *error)
{
    for (int seq = 0; seq < task.history.size(); ++seq) {
        const StatusChange &change = task.history.at(seq);
        upsert.bindValue(QStringLiteral(":profile"), profile);
        upsert.bindValue(QStringLiteral(":export_id"), task.exportId);
        upsert.bindValue(QStringLiteral(":seq"), seq);
        upsert.bindValue(QStringLiteral(":status"), static_cast<int>(change.status));
        upsert.bindValue(QStringLiteral(":raw_status"),
                         change.rawStatus.isNull() ? QStringLiteral("") : change.rawStatus);
        upsert.bindValue(QStringLiteral(":changed_at"), timeValue(change.time));
        if (!upsert.exec()) {
            *error = upsert.lastError().text();
            return false;
        }
    }
    trim.bindValue(QStringLiteral(":profile"), profile);
    trim.bindValue(QStringLiteral(":export_id"), task.exportId);
    trim.bindValue(QStringLiteral(":count"), static_cast<int>(task.history.size()));
    if (!trim.exec()) {
        *error = trim.lastError().text();
        return false;
    }
    return true;
}

bool TaskRows::readChangedSince(QSqlDatabase db, const QString &profile, qint64 since, const QString &writer,
                                const QSet<qint64> &skip, QVector<ExportTask> *changed, QList<qint64> *removed,
                                qint64 *highest)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(HistorySql::selectTasksChangedSince());
    query.bindValue(QStringLiteral(":profile"), profile);
    query.bindValue(QStringLiteral(":revision"), since);
    query.bindValue(QStringLiteral(":writer"), writer);
    if (!query.exec())
        return false;
    while (query.next()) {
        *highest = std::max(*highest, revisionOf(query));
        ExportTask task = readTask(query);
        if (skip.contains(task.exportId))
            continue;
        if (isRemoved(query))
            removed->append(task.exportId);
        else
            changed->append(std::move(task));
    }
    if (changed->isEmpty())
        return true;
    QHash<qint64, int> rowById;
    for (int i = 0; i < changed->size(); ++i)
        rowById.insert(changed->at(i).exportId, i);
    QSqlQuery history(db);
    history.prepare(HistorySql::selectHistoryOf());
    for (int i = 0; i < changed->size(); ++i) {
        history.bindValue(QStringLiteral(":profile"), profile);
        history.bindValue(QStringLiteral(":export_id"), changed->at(i).exportId);
        if (history.exec())
            readHistory(history, changed, rowById);
    }
    return true;
}

void TaskRows::readHistory(QSqlQuery &q, QVector<ExportTask> *tasks, const QHash<qint64, int> &rowById)
{
    qint64 currentId = 0;
    ExportTask *current = nullptr;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != currentId || !current) {
            currentId = id;
            const auto it = rowById.constFind(id);
            current = it == rowById.cend() ? nullptr : &(*tasks)[it.value()];
        }
        if (!current)
            continue; // history of a removed task: kept as evidence, not shown
        StatusChange change;
        change.rawStatus = q.value(3).toString();
        change.status = change.rawStatus.isEmpty() ? static_cast<ExportStatus>(q.value(2).toInt())
                                                   : exportStatusFromString(change.rawStatus);
        change.time = timeFrom(q.value(4));
        current->history.append(change);
    }
}
