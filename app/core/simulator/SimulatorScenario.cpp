#include "simulator/SimulatorScenario.h"

namespace {

SimulatorReport makeReport(qint64 id, const QString &title, int type, const QString &version, const QString &lang,
                           SimulatorReport::Behaviour behaviour)
{
    SimulatorReport report;
    report.reportId = id;
    report.title = title;
    report.reportType = type;
    report.reportStatus = QStringLiteral("1");
    report.reportVersion = version;
    report.reportLang = lang;
    report.behaviour = behaviour;
    report.reportDays = type == 0 ? 1 : type == 1 ? 7 : type == 2 ? 30 : 14;
    return report;
}

} // namespace

QList<SimulatorReport> SimulatorScenario::demoReports()
{
    using B = SimulatorReport::Behaviour;
    const QString v1 = QStringLiteral("1.0.0");
    const QString v2 = QStringLiteral("2.0.0");
    const QString zh = QStringLiteral("zh");
    const QString en = QStringLiteral("en");

    QList<SimulatorReport> reports;
    reports.append(makeReport(dailyReportId, QStringLiteral("每日安全日报"), 0, v2, zh, B::Normal));
    reports.last().isDefault = true;
    reports.last().pinnedTimeMs = 1764028800000; // 2025-11-25T00:00:00Z
    reports.append(makeReport(weeklyReportId, QStringLiteral("Weekly security report"), 1, v2, en, B::Normal));
    reports.append(makeReport(monthlyReportId, QStringLiteral("月度合规报告"), 2, v1, zh, B::Normal));
    reports.last().exportSlowdown = 8; // about half a minute: the demo's export that finishes while one watches
    reports.append(
        makeReport(failingReportId, QStringLiteral("Vulnerability trend (last 14 days)"), 4, v1, en, B::ExportFails));
    reports.append(makeReport(deniedReportId, QStringLiteral("财务部门专用报告"), 3, v2, zh, B::NoPermission));
    reports.append(makeReport(largeReportId, QStringLiteral("Full asset inventory"), 3, v1, en, B::Large));
    reports.last().reportStatus = QStringLiteral("0");
    return reports;
}
