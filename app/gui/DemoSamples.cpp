#include "DemoSamples.h"

#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskTableModel.h"

#include <QSettings>

#include <algorithm>

namespace {
// Kept in the settings, not the history: a reset demo starts its samples again,
// a user who removed them does not get them back at the next start.
QString startedKey()
{
    return QStringLiteral("demo/samplesStarted");
}
} // namespace

QList<qint64> DemoSamples::reportIds()
{
    return { SimulatorScenario::dailyReportId, SimulatorScenario::weeklyReportId, SimulatorScenario::failingReportId,
             SimulatorScenario::monthlyReportId };
}

bool DemoSamples::startIfFirstTime(QSettings *settings, TaskController *tasks)
{
    if (settings->value(startedKey()).toBool() || tasks->model()->rowCount() > 0)
        return false;
    start(settings, tasks);
    return true;
}

void DemoSamples::start(QSettings *settings, TaskController *tasks)
{
    settings->setValue(startedKey(), true);
    const QList<SimulatorReport> reports = SimulatorScenario::demoReports();
    for (const qint64 reportId : reportIds()) {
        const auto it = std::find_if(reports.cbegin(), reports.cend(),
                                     [reportId](const SimulatorReport &report) { return report.reportId == reportId; });
        if (it == reports.cend())
            continue;
        // The weekly one as PDF, so the Format column shows both kinds.
        const ExportType type = reportId == SimulatorScenario::weeklyReportId ? ExportType::Pdf : ExportType::Html;
        tasks->startExport(reportId, it->title, type);
    }
}
