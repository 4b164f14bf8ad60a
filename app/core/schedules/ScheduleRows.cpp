#include "schedules/ScheduleRows.h"

#include "tasks/HistorySql.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; the NOT NULL text columns take '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Schedule ScheduleRows::scheduleFrom(const QSqlQuery &q)
{
    Schedule s;
    s.id = q.value(SchedColId).toString();
    s.name = q.value(SchedColName).toString();
    s.profileId = q.value(SchedColProfile).toString();
    s.reportId = q.value(SchedColReportId).toLongLong();
    s.reportTitle = q.value(SchedColReportTitle).toString();
    s.exportType = q.value(SchedColExportType).toString() == QLatin1String("PDF") ? ExportType::Pdf : ExportType::Html;
    s.cadence = ScheduleCadence::fromText(q.value(SchedColCadence).toString());
    s.timeZoneId = q.value(SchedColTimeZone).toString().toUtf8();
    s.folder = q.value(SchedColFolder).toString();
    s.nameTemplate = q.value(SchedColNameTemplate).toString();
    s.keepCount = q.value(SchedColKeepCount).toInt();
    s.paused = q.value(SchedColPaused).toInt() != 0;
    s.createdAt = timeOf(q.value(SchedColCreatedAt));
    s.updatedAt = timeOf(q.value(SchedColUpdatedAt));
    return s;
}

void ScheduleRows::bindSchedule(QSqlQuery &q, const Schedule &s)
{
    q.bindValue(QStringLiteral(":id"), s.id);
    q.bindValue(QStringLiteral(":name"), notNull(s.name));
    q.bindValue(QStringLiteral(":profile"), notNull(s.profileId));
    q.bindValue(QStringLiteral(":report_id"), s.reportId);
    q.bindValue(QStringLiteral(":report_title"), notNull(s.reportTitle));
    q.bindValue(QStringLiteral(":export_type"), exportTypeName(s.exportType));
    q.bindValue(QStringLiteral(":cadence"), s.cadence.toText());
    q.bindValue(QStringLiteral(":time_zone"), QString::fromUtf8(s.timeZoneId));
    q.bindValue(QStringLiteral(":folder"), notNull(s.folder));
    q.bindValue(QStringLiteral(":name_template"), notNull(s.nameTemplate));
    q.bindValue(QStringLiteral(":keep_count"), s.keepCount);
    q.bindValue(QStringLiteral(":paused"), s.paused ? 1 : 0);
    q.bindValue(QStringLiteral(":updated_at"), msOrNull(s.updatedAt));
}

ScheduleOccurrence ScheduleRows::occurrenceFrom(const QSqlQuery &q)
{
    ScheduleOccurrence o;
    o.scheduleId = q.value(OccColScheduleId).toString();
    o.occursAt = timeOf(q.value(OccColOccursAt));
    o.state = ScheduleOccurrence::stateFromKey(q.value(OccColState).toString());
    o.attempts = q.value(OccColAttempts).toInt();
    o.claimedBy = q.value(OccColClaimedBy).toString();
    o.claimedAt = timeOf(q.value(OccColClaimedAt));
    o.nextAttemptAt = timeOf(q.value(OccColNextAttemptAt));
    o.windowEndsAt = timeOf(q.value(OccColWindowEndsAt));
    o.manual = q.value(OccColManual).toInt() != 0;
    o.exportId = q.value(OccColExportId).toLongLong();
    o.savedPath = q.value(OccColSavedPath).toString();
    o.savedSize = q.value(OccColSavedSize).isNull() ? -1 : q.value(OccColSavedSize).toLongLong();
    o.savedSha256 = q.value(OccColSavedSha256).toString();
    o.fileState = ScheduleOccurrence::fileStateFromKey(q.value(OccColFileState).toString());
    o.errorKind = q.value(OccColErrorKind).toString();
    o.errorDetail = q.value(OccColErrorDetail).toString();
    o.finishedAt = timeOf(q.value(OccColFinishedAt));
    return o;
}
