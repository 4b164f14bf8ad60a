#pragma once

#include <QString>
#include <QtGlobal>

// One report of the demo account, as DescribeCustomizeReportList lists it,
// plus how the simulator treats its exports.
struct SimulatorReport
{
    enum class Behaviour
    {
        Normal,
        ExportFails, // exports end with ExportStatus -1
        NoPermission, // the account's RAM policy denies exporting it (403 NoPermission)
        Large, // its file is SimulatorConfig::largeReportBytes, generated while streaming
    };

    qint64 reportId = 0;
    QString title;
    int reportType = 0; // 0 daily, 1 weekly, 2 monthly, 3 custom, 4 recent N days
    QString reportStatus; // "1" enabled, "0" disabled
    bool isDefault = false;
    QString reportVersion; // "1.0.0" / "2.0.0"
    QString reportLang; // the report's content language: "zh" / "en"
    int reportDays = 0;
    qint64 pinnedTimeMs = 0; // 0: not pinned
    Behaviour behaviour = Behaviour::Normal;
    // Its exports take this many times as long: the demo's one that is still
    // running while a newcomer looks around.
    int exportSlowdown = 1;

    bool supportsPdf() const { return reportVersion == QLatin1String("2.0.0"); }
};
