#pragma once

#include "api/ExportType.h"
#include "schedules/ScheduleCadence.h"

#include <QDateTime>
#include <QString>

// One saved schedule: which report, how, when and where (a row of `schedules`).
struct Schedule
{
    QString id; // stable (a UUID), assigned by ScheduleStore::add
    QString name; // unique, what the CLI and the window call it
    QString profileId; // whose credentials run it
    qint64 reportId = 0;
    QString reportTitle; // as last seen in the report list, for {title} and display
    ExportType exportType = ExportType::Html;
    ScheduleCadence cadence;
    QByteArray timeZoneId; // IANA id; the cadence's local time is in this zone
    QString folder;
    QString nameTemplate; // FileNameTemplate
    int keepCount = 0; // keep the newest N files this schedule wrote; 0 keeps all
    bool paused = false;
    QDateTime createdAt; // UTC; occurrences before it are never "missed"
    QDateTime updatedAt;

    QTimeZone timeZone() const { return QTimeZone(timeZoneId); }
};
