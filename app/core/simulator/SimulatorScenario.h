#pragma once

#include "simulator/SimulatorReport.h"

#include <QList>

// The demo account's reports: Chinese and English titles, both versions, one
// whose exports fail, one whose exports are slow, one the RAM policy denies and one very large one.
class SimulatorScenario
{
public:
    static QList<SimulatorReport> demoReports();

    // Fixed ids tests can name.
    static constexpr qint64 dailyReportId = 377665; // zh, 2.0.0 (HTML and PDF)
    static constexpr qint64 weeklyReportId = 377666; // en, 2.0.0
    static constexpr qint64 monthlyReportId = 377667; // zh, 1.0.0 (HTML only), exports take 8 times as long
    static constexpr qint64 failingReportId = 377668; // en, 1.0.0, exports fail
    static constexpr qint64 deniedReportId = 377669; // zh, 2.0.0, 403 NoPermission
    static constexpr qint64 largeReportId = 377670; // en, 1.0.0, huge HTML
};
