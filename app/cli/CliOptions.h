#pragma once

#include "api/ApiEndpoint.h"
#include "api/ExportType.h"
#include "schedules/ScheduleCadence.h"
#include "signing/SignatureVersion.h"

#include <QDate>
#include <QString>
#include <QUrl>

// Everything reportdesk-cli was asked to do, already validated by CliOptionsParser.
struct CliOptions
{
    enum class Command
    {
        None,
        Help,
        Version,
        Reports,
        Export,
        Status,
        Download,
        ProfileAdd,
        ProfileList,
        ProfileRemove,
        ScheduleAdd,
        ScheduleList,
        ScheduleRemove,
        ScheduleRunDue,
        ScheduleRun,
        HistoryVerify,
        HistoryExport,
    };

    Command command = Command::None;

    // Connection. The *Given flags tell an explicit choice from the default, so a
    // saved profile's own site and signature version apply unless overridden.
    ApiEndpoint::Site site = ApiEndpoint::Site::China;
    bool siteGiven = false;
    QUrl endpoint; // --endpoint: overrides --site
    SignatureVersion signatureVersion = SignatureVersion::V3;
    bool signatureGiven = false;
    QString language; // "zh"/"en", empty when --lang was not given
    QString profile; // --profile

    bool json = false;
    bool verbose = false;
    bool recordHistory = true; // --no-history: the run leaves no trace in the export history

    // Command arguments.
    qint64 id = 0; // REPORT_ID (export) or EXPORT_ID (status, download)
    ExportType exportType = ExportType::Html;
    bool wait = false;
    QString outputPath;
    QString profileName; // profile add/remove NAME
    bool makeDefault = false;
    bool csv = false; // history export --csv (the only format so far, but scripts name it)
    QDate since; // history export --since: invalid when not given

    // schedule add NAME --report ID (--daily | --weekly DAYS | --monthly N|last) --at HH:MM --folder DIR
    // [--name TEMPLATE] [--keep N]; NAME also for schedule remove/run.
    QString scheduleName;
    qint64 scheduleReportId = 0;
    ScheduleCadence scheduleCadence; // built from --daily/--weekly/--monthly and --at
    QString scheduleFolder;
    QString scheduleNameTemplate;
    int scheduleKeep = 0;
    // What the cadence options said, until the parser builds scheduleCadence.
    QString scheduleRepeat; // "daily", "weekly" or "monthly"
    QString scheduleRepeatValue; // the days of --weekly, the day of --monthly
    QString scheduleAt;

    // The endpoint to use when no profile supplies one.
    ApiEndpoint apiEndpoint() const;
};
