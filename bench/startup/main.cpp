// Usage: bench_startup [runs]        prints the figures
//        bench_startup --child bare|reportdesk   (one measured start; used by the harness)
//        bench_startup --seed DATA_DIR            (only seed DATA_DIR: to profile one start under
//                                                 XDG_DATA_HOME=DATA_DIR with callgrind or perf)
#include "AppContext.h"
#include "MainWindow.h"
#include "ReportDeskStyle.h"
#include "StartupProbe.h"
#include "tasks/ExportTask.h"
#include "tasks/TaskHistoryStore.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
constexpr int SavedTasks = 1000;

class EmptyTableModel final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex & = {}) const override { return 0; }
    int columnCount(const QModelIndex & = {}) const override { return 7; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
};

void setAppNames()
{
    // The same names as the real app, so QStandardPaths finds the seeded tasks.
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
}

int runChild(int argc, char *argv[], const QString &mode)
{
    QApplication app(argc, argv);
    setAppNames();
    auto *probe = new StartupProbe(&app);
    if (mode == QLatin1String("bare")) {
        QMainWindow window;
        auto *view = new QTableView(&window);
        EmptyTableModel model;
        view->setModel(&model);
        window.setCentralWidget(view);
        window.resize(1100, 700);
        window.installEventFilter(probe);
        view->viewport()->installEventFilter(probe);
        window.show();
        return QApplication::exec();
    }
    ReportDeskStyle::install(); // as main() does
    QElapsedTimer phase;
    phase.start();
    const bool trace = qEnvironmentVariableIsSet("BENCH_STARTUP_TRACE");
    auto mark = [&](const char *what) {
        if (trace)
            std::fprintf(stderr, "%s: %s ms\n", what, qPrintable(QString::number(phase.restart())));
    };
    AppContext context(AppContext::Options {});
    mark("context");
    MainWindow window(&context);
    mark("window");
    context.setWindow(&window);
    window.installEventFilter(probe);
    window.show();
    mark("show");
    context.start();
    mark("start");
    const int rc = QApplication::exec();
    mark("first paint");
    return rc;
}

// 1,000 finished exports for the "environment" profile, which the app opens
// when ALIBABA_CLOUD_ACCESS_KEY_* are set (no keychain, no network at start).
bool seedTasks()
{
    QVector<ExportTask> tasks;
    tasks.reserve(SavedTasks);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < SavedTasks; ++i) {
        ExportTask task;
        task.exportId = 5000000 + i;
        task.reportId = 377665 + i % 6;
        task.reportTitle = QStringLiteral("Weekly security report %1").arg(i);
        task.status = i % 10 == 0 ? ExportStatus::Failed : ExportStatus::Succeeded;
        task.rawStatus = exportStatusCode(task.status);
        task.exportDate = QStringLiteral("2026-11-28");
        task.createdAt = now;
        task.lastChecked = now;
        task.history
            = { { ExportStatus::Initializing, QStringLiteral("0"), now }, { task.status, task.rawStatus, now } };
        tasks << task;
    }
    QList<qint64> ids;
    for (const ExportTask &task : std::as_const(tasks))
        ids.append(task.exportId);
    TaskHistoryStore store;
    store.setWatchInterval(0);
    store.setTaskLookup([&tasks](qint64 id) { return &tasks.at(static_cast<int>(id - 5000000)); });
    const TaskHistoryStore::LoadResult opened = store.open(QStringLiteral("environment"));
    if (opened.isProblem()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(store.databasePath()), qPrintable(opened.detail));
        return false;
    }
    store.markChanged(ids);
    return store.flush();
}

qint64 timeOneStart(const QString &mode, const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), mode });
    if (!child.waitForFinished(60000) || child.exitCode() != 0)
        return -1;
    return timer.elapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLatin1(argv[2]));
    if (argc >= 3 && qstrcmp(argv[1], "--seed") == 0) {
        qputenv("XDG_DATA_HOME", argv[2]);
        QCoreApplication app(argc, argv);
        setAppNames();
        return seedTasks() ? 0 : 1;
    }

    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI5tBenchmarkOnly0001"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("benchmark-secret"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")) && !environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    setAppNames();
    if (!seedTasks()) {
        std::fprintf(stderr, "could not seed the task file\n");
        return 1;
    }

    const int runs = argc >= 2 ? qMax(3, QString::fromLatin1(argv[1]).toInt()) : 7;
    QList<qint64> bare;
    QList<qint64> reportdesk;
    // Alternate so both see the same warm caches and machine load.
    timeOneStart(QStringLiteral("bare"), environment);
    for (int i = 0; i < runs; ++i) {
        bare << timeOneStart(QStringLiteral("bare"), environment);
        reportdesk << timeOneStart(QStringLiteral("reportdesk"), environment);
    }
    if (bare.contains(-1) || reportdesk.contains(-1)) {
        std::fprintf(stderr, "a measured start failed\n");
        return 1;
    }
    const qint64 bareMs = median(bare);
    const qint64 appMs = median(reportdesk);
    std::printf("startup_bare_empty_table: %lld ms\n", static_cast<long long>(bareMs));
    std::printf("startup_reportdesk_1k_tasks: %lld ms\n", static_cast<long long>(appMs));
    std::printf("startup_1k_tasks_ratio: %.2f x\n",
                static_cast<double>(appMs) / static_cast<double>(qMax<qint64>(1, bareMs)));
    return 0;
}
