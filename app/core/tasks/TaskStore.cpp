#include "tasks/TaskStore.h"

#include "tasks/TaskJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace {

const QString FormatName = QStringLiteral("reportdesk-tasks");

} // namespace

QString TaskStore::LoadResult::message() const
{
    switch (status) {
    case LoadStatus::Corrupt:
        if (movedAsidePath.isEmpty())
            return QCoreApplication::translate("TaskStore",
                                               "The saved task list could not be read and could not be moved "
                                               "aside. Changes to the list will not be saved.");
        return QCoreApplication::translate("TaskStore",
                                           "The saved task list could not be read. It was kept as %1 and "
                                           "ReportDesk started with an empty list.")
            .arg(QDir::toNativeSeparators(movedAsidePath));
    case LoadStatus::NewerVersion:
        return QCoreApplication::translate("TaskStore",
                                           "The saved task list was written by a newer version of ReportDesk "
                                           "(format %1). It is shown as far as understood but will not be "
                                           "changed: changes are not saved.")
            .arg(fileVersion);
    case LoadStatus::Loaded:
    case LoadStatus::NoFile: break;
    }
    return {};
}

TaskStore::TaskStore(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &QTimer::timeout, this, &TaskStore::flush);
}

TaskStore::~TaskStore()
{
    flush();
}

QString TaskStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/tasks");
}

void TaskStore::setDirectory(const QString &directory)
{
    m_directory = directory;
}

void TaskStore::setSaveDelay(int milliseconds)
{
    m_saveDelayMs = milliseconds;
}

void TaskStore::setLazySaveDelay(int milliseconds)
{
    m_lazySaveDelayMs = milliseconds;
}

int TaskStore::pendingSaveIn() const
{
    return m_saveTimer->isActive() ? m_saveTimer->remainingTime() : -1;
}

void TaskStore::setTaskProvider(TaskProvider provider)
{
    m_provider = std::move(provider);
}

void TaskStore::setBeforeCommitHook(std::function<void()> hook)
{
    m_beforeCommit = std::move(hook);
}

QString TaskStore::fileNameFor(const QString &profileId)
{
    // Percent-encoding keeps any profile name inside the folder ("/" and ".." included).
    const QString name
        = profileId.isEmpty() ? QStringLiteral("default") : QString::fromLatin1(QUrl::toPercentEncoding(profileId));
    return name + QLatin1String(".json");
}

QString TaskStore::filePath() const
{
    return m_directory + QLatin1Char('/') + fileNameFor(m_profileId);
}

TaskStore::LoadResult TaskStore::open(const QString &profileId)
{
    close();
    m_profileId = profileId;
    m_open = true;
    m_readOnly = false;

    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return {};
    LoadResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadStatus::Corrupt;
        result.detail = file.errorString();
    } else {
        // Mapped, not read: no second copy of a large file on the heap.
        const qint64 size = file.size();
        if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
            result = parse(reinterpret_cast<const char *>(mapped), size);
            file.unmap(mapped);
        } else {
            result = parse(file.readAll());
        }
        file.close();
    }
    if (result.status == LoadStatus::Corrupt) {
        result.movedAsidePath = moveAside(path);
        // If it could not be moved, writing would destroy it: keep hands off.
        m_readOnly = result.movedAsidePath.isEmpty();
    } else if (result.status == LoadStatus::NewerVersion) {
        m_readOnly = true;
    }
    return result;
}

void TaskStore::close()
{
    flush();
    m_open = false;
    m_dirty = false;
    m_saveTimer->stop();
    m_profileId.clear();
    m_readOnly = false;
}

void TaskStore::markDirty()
{
    if (!m_open || m_readOnly)
        return;
    m_dirty = true;
    // Not restarted on every change: under constant churn a write still happens every interval.
    if (!m_saveTimer->isActive() || m_saveTimer->remainingTime() > m_saveDelayMs)
        m_saveTimer->start(m_saveDelayMs);
}

void TaskStore::markDirtyLazily()
{
    if (!m_open || m_readOnly)
        return;
    m_dirty = true;
    if (!m_saveTimer->isActive())
        m_saveTimer->start(m_lazySaveDelayMs);
}

bool TaskStore::flush()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    return save();
}

bool TaskStore::save()
{
    if (!m_open || m_readOnly || !m_provider)
        return false;
    const QString path = filePath();
    QString error;
    if (!QDir().mkpath(m_directory) || !writeFile(path, m_provider(), &error, m_beforeCommit)) {
        if (error.isEmpty())
            error = QStringLiteral("cannot create %1").arg(m_directory);
        Q_EMIT saveFailed(path, error);
        return false;
    }
    m_dirty = false;
    Q_EMIT saved(path);
    return true;
}

QString TaskStore::moveAside(const QString &path) const
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base
        = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(".corrupt-") + stamp;
    QString target = base + QLatin1String(".json");
    for (int n = 2; QFile::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n) + QLatin1String(".json");
    return QFile::rename(path, target) ? target : QString();
}

QByteArray TaskStore::serialize(const QVector<ExportTask> &tasks)
{
    std::string out;
    TaskJson::write(tasks, FormatName, FormatVersion, &out);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

TaskStore::LoadResult TaskStore::parse(const QByteArray &json)
{
    return parse(json.constData(), json.size());
}

TaskStore::LoadResult TaskStore::parse(const char *data, qint64 size)
{
    LoadResult result;
    result.status = LoadStatus::Corrupt;
    TaskJson::Document doc;
    qint64 offset = 0;
    if (!TaskJson::read(data, data + size, &doc, &result.detail, &offset)) {
        result.detail = QStringLiteral("%1 at offset %2").arg(result.detail).arg(offset);
        return result;
    }
    if (doc.format != FormatName) {
        result.detail = QStringLiteral("not a ReportDesk task list");
        return result;
    }
    if (!doc.hasVersion || doc.version < 1 || doc.version > std::numeric_limits<int>::max()) {
        result.detail = QStringLiteral("no valid version");
        return result;
    }
    result.fileVersion = static_cast<int>(doc.version);
    const bool newer = result.fileVersion > FormatVersion;
    if (!doc.hasTasks && !newer) {
        result.detail = QStringLiteral("no task array");
        return result;
    }
    result.tasks = std::move(doc.tasks);
    result.status = newer ? LoadStatus::NewerVersion : LoadStatus::Loaded;
    return result;
}

bool TaskStore::writeFile(const QString &path, const QVector<ExportTask> &tasks, QString *error,
                          const std::function<void()> &beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    std::string data;
    TaskJson::write(tasks, FormatName, FormatVersion, &data);
    if (file.write(data.data(), static_cast<qint64>(data.size())) != static_cast<qint64>(data.size())) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (beforeCommit)
        beforeCommit();
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
