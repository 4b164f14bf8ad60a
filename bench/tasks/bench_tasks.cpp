// Prints one "name: value unit" line per figure for 100,000 export tasks.
#include "tasks/TaskFilterProxyModel.h"
#include "tasks/TaskHistoryStore.h"
#include "tasks/TaskTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <ctime>

namespace {

constexpr int TaskCount = 100000;

QVector<ExportTask> makeTasks()
{
    QRandomGenerator random(42);
    const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    const QString titles[] = { QStringLiteral("Weekly security report"), QStringLiteral("每日安全日报"),
                               QStringLiteral("Monthly compliance overview"), QStringLiteral("Custom audit export") };
    const ExportStatus statuses[]
        = { ExportStatus::Failed, ExportStatus::Initializing, ExportStatus::Exporting, ExportStatus::Succeeded };
    QVector<ExportTask> tasks;
    tasks.reserve(TaskCount);
    for (int i = 0; i < TaskCount; ++i) {
        ExportTask t;
        t.exportId = 1000000 + i;
        t.reportId = 370000 + random.bounded(500);
        t.reportTitle = titles[random.bounded(4)] + QLatin1Char(' ') + QString::number(i % 97);
        t.exportType = random.bounded(2) ? ExportType::Pdf : ExportType::Html;
        t.exportTypeKnown = true;
        t.status = statuses[random.bounded(4)];
        t.rawStatus = exportStatusCode(t.status);
        const QDateTime created = base.addSecs(i * 20);
        t.createdAt = created;
        t.exportDate = created.date().toString(Qt::ISODate);
        t.lastChecked = created.addSecs(90);
        t.history = { { ExportStatus::Initializing, QStringLiteral("0"), created },
                      { ExportStatus::Exporting, QStringLiteral("1"), created.addSecs(30) } };
        if (t.status == ExportStatus::Succeeded) {
            t.fileName = QStringLiteral("report_%1.%2").arg(t.exportId).arg(exportTypeExtension(t.exportType));
            t.urlExpiresAt = created.addSecs(3600);
            t.history.append({ ExportStatus::Succeeded, QStringLiteral("2"), created.addSecs(60) });
        } else if (t.status == ExportStatus::Failed) {
            t.lastError = { QStringLiteral("ServerError"), QStringLiteral("The request processing has failed."),
                            QStringLiteral("79CFF74D-E967-5407-8A78-EE03B925FDAA"), 500 };
        }
        tasks.append(t);
    }
    return tasks;
}

qint64 peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// CPU time of this thread: on a shared 2-core machine wall time also measures the neighbours.
qint64 cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void print(const char *name, qint64 value, const char *unit)
{
    std::printf("%s: %lld %s\n", name, value, unit);
    std::fflush(stdout);
}

void printFraction(const char *name, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Writes the tasks into a new history, as 0.1's import or a long use would have.
bool seed(const QString &path, const QVector<ExportTask> &tasks, qint64 *ms)
{
    QHash<qint64, const ExportTask *> byId;
    byId.reserve(tasks.size());
    QList<qint64> ids;
    ids.reserve(tasks.size());
    for (const ExportTask &task : tasks) {
        byId.insert(task.exportId, &task);
        ids.append(task.exportId);
    }
    TaskHistoryStore store;
    store.setDatabasePath(path);
    store.setWatchInterval(0);
    store.setTaskLookup([&byId](qint64 id) { return byId.value(id); });
    if (store.open(QStringLiteral("bench")).isProblem())
        return false;
    QElapsedTimer timer;
    timer.start();
    store.markChanged(ids);
    const bool ok = store.flush();
    *ms = timer.elapsed();
    return ok;
}

} // namespace

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One window's start: open the history and fill the model. Prints
// "milliseconds cpu-milliseconds peak-rss-MB".
int loadOnce(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuMs();
    TaskTableModel model;
    TaskHistoryStore store;
    store.setDatabasePath(path);
    store.setWatchInterval(0);
    TaskHistoryStore::LoadResult loaded = store.open(QStringLiteral("bench"));
    if (loaded.isProblem() || loaded.tasks.size() != TaskCount)
        return 1;
    model.resetTasks(std::move(loaded.tasks));
    const qint64 ms = timer.elapsed();
    std::printf("%lld %lld %lld\n", ms, cpuMs() - cpu, peakRssMb());
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The history is written by another process, as a window finds it at start:
    // the writing's memory is not counted in this process's peak.
    if (argc == 3 && qstrcmp(argv[1], "--seed") == 0) {
        qint64 ms = 0;
        if (!seed(QString::fromLocal8Bit(argv[2]), makeTasks(), &ms))
            return 1;
        print("tasks_100k_insert_all", ms, "ms");
        return 0;
    }
    if (argc == 3 && qstrcmp(argv[1], "--load") == 0)
        return loadOnce(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    {
        QProcess seeder;
        seeder.setProcessChannelMode(QProcess::ForwardedChannels);
        seeder.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--seed"), path });
        if (!seeder.waitForFinished(120000) || seeder.exitCode() != 0)
            return 1;
    }
    QElapsedTimer timer;
    qint64 cpu = 0;

    // Open + load into the model, what a window does at start: each round in a
    // new process (a new window's heap), the medians printed.
    constexpr int LoadRounds = 7;
    QList<qint64> loadMs;
    QList<qint64> loadCpuMs;
    QList<qint64> rssMb;
    for (int round = 0; round < LoadRounds; ++round) {
        QProcess loader;
        loader.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--load"), path });
        if (!loader.waitForFinished(60000) || loader.exitCode() != 0)
            return 1;
        const QList<QByteArray> figures = loader.readAllStandardOutput().trimmed().split(' ');
        if (figures.size() != 3)
            return 1;
        loadMs.append(figures.at(0).toLongLong());
        loadCpuMs.append(figures.at(1).toLongLong());
        rssMb.append(figures.at(2).toLongLong());
    }
    print("tasks_100k_load", median(loadMs), "ms");
    print("tasks_100k_load_cpu", median(loadCpuMs), "ms");
    print("tasks_100k_peak_rss", median(rssMb), "MB");

    TaskTableModel model;
    auto store = std::make_unique<TaskHistoryStore>();
    store->setDatabasePath(path);
    store->setWatchInterval(0);
    store->setTaskLookup([&model](qint64 id) { return model.task(id); });
    model.resetTasks(store->open(QStringLiteral("bench")).tasks);
    QObject::connect(&model, &TaskTableModel::tasksChanged, store.get(), &TaskHistoryStore::markChanged);

    // One task changes (a poll answer with a new status), and is committed.
    constexpr int Updates = 201;
    QList<qint64> perUpdateUs;
    for (int i = 0; i < Updates; ++i) {
        const ExportTask &task = model.taskAt((i * 487) % TaskCount);
        TaskError error { QStringLiteral("ServerError"), QStringLiteral("attempt %1").arg(i), QString(), 500 };
        QElapsedTimer one;
        one.start();
        model.setError(task.exportId, error);
        if (!store->flush())
            return 1;
        perUpdateUs.append(one.nsecsElapsed() / 1000);
    }
    std::sort(perUpdateUs.begin(), perUpdateUs.end());
    printFraction("tasks_100k_update_one", double(perUpdateUs.at(Updates / 2)) / 1000.0, "ms");

    // A poll round over 4,000 running exports: one batch, one transaction.
    QList<qint64> round;
    for (int i = 0; i < 4000; ++i) {
        const ExportTask &task = model.taskAt(i * 25);
        model.setError(task.exportId, { QStringLiteral("Throttling"), QStringLiteral("round"), QString(), 400 });
        round.append(task.exportId);
    }
    timer.restart();
    if (!store->flush())
        return 1;
    print("tasks_4k_batch_commit", timer.elapsed(), "ms");

    TaskFilterProxyModel proxy;
    // As the main window shows it: newest first.
    timer.restart();
    cpu = cpuMs();
    proxy.setSourceModel(&model);
    proxy.sort(TaskTableModel::ExportIdColumn, Qt::DescendingOrder);
    print("tasks_100k_fill_model", timer.elapsed(), "ms");
    print("tasks_100k_fill_model_cpu", cpuMs() - cpu, "ms");

    timer.restart();
    cpu = cpuMs();
    proxy.sort(TaskTableModel::StatusColumn, Qt::AscendingOrder);
    const int sortedRows = proxy.rowCount();
    print("tasks_100k_sort_status", timer.elapsed(), "ms");
    print("tasks_100k_sort_status_cpu", cpuMs() - cpu, "ms");

    timer.restart();
    cpu = cpuMs();
    proxy.setTextFilter(QStringLiteral("compliance 4"));
    const int filteredRows = proxy.rowCount();
    print("tasks_100k_filter_text", timer.elapsed(), "ms");
    print("tasks_100k_filter_text_cpu", cpuMs() - cpu, "ms");

    return sortedRows == TaskCount && filteredRows > 0 ? 0 : 1;
}
