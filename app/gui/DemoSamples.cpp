#include "DemoSamples.h"

#include "settings/AppSettings.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskTableModel.h"

#include <algorithm>

QList<qint64> DemoSamples::reportIds()
{
    return { SimulatorScenario::dailyReportId, SimulatorScenario::weeklyReportId, SimulatorScenario::failingReportId,
             SimulatorScenario::monthlyReportId };
}

bool DemoSamples::startIfFirstTime(AppSettings *settings, TaskController *tasks)
{
    if (settings->demoSamplesStarted() || tasks->model()->rowCount() > 0)
        return false;
    start(settings, tasks);
    return true;
}

void DemoSamples::start(AppSettings *settings, TaskController *tasks)
{
    settings->setDemoSamplesStarted(true);
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
