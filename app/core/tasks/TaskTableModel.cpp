#include "tasks/TaskTableModel.h"

#include "api/ApiErrorText.h"
#include "api/ExportInfo.h"
#include "api/ExportStatusNames.h"
#include "api/ExportType.h"
#include "common/DataSizeText.h"
#include "common/DateText.h"
#include "tasks/DownloadError.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

int statusSlot(ExportStatus status)
{
    return static_cast<int>(status) + 2;
}

qint64 msecsOrMin(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QString localDateTimeText(const QDateTime &dt)
{
    return DateText::dateTime(dt);
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

TaskTableModel::~TaskTableModel() = default;

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TaskTableModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime TaskTableModel::now() const
{
    return m_clock();
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportTask &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(task, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusToolTip(task);
        if (index.column() == DownloadColumn && task.download.state == DownloadProgress::State::Downloading)
            return downloadProgressDetails(task.download);
        if (index.column() == LinkExpiresColumn || index.column() == LastCheckedColumn)
            return localDateTimeText(index.column() == LinkExpiresColumn ? task.urlExpiresAt : task.lastChecked);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ExportIdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole: return rawValue(task, index.column());
    default: return roleData(task, role);
    }
}

QVariant TaskTableModel::displayData(const ExportTask &task, int column) const
{
    switch (column) {
    case ExportIdColumn: return QString::number(task.exportId);
    case ReportColumn:
        if (!task.reportTitle.isEmpty())
            return task.reportTitle;
        return task.reportId > 0 ? QString::number(task.reportId) : QString();
    case StatusColumn:
        return task.isRejected() ? ExportStatusNames::notFound() : statusText(task.status, task.rawStatus);
    case ExportDateColumn: {
        const QDate date = QDate::fromString(task.exportDate, Qt::ISODate);
        return date.isValid() ? DateText::date(date) : task.exportDate;
    }
    case FormatColumn: return task.exportTypeKnown ? exportTypeName(task.exportType) : QString();
    case LinkExpiresColumn:
        if (!task.urlExpiresAt.isValid() || task.status != ExportStatus::Succeeded)
            return QString();
        return relativeExpiryText(task.urlExpiresAt, now());
    case DownloadColumn:
        switch (task.download.state) {
        case DownloadProgress::State::Queued: return tr("Queued");
        case DownloadProgress::State::Downloading: return downloadProgressText(task.download);
        case DownloadProgress::State::Saved: return tr("Saved");
        case DownloadProgress::State::Failed: return tr("Download failed");
        case DownloadProgress::State::None: break;
        }
        if (task.status == ExportStatus::Succeeded)
            return task.savedFilePath.isEmpty() ? tr("Download") : tr("Saved");
        if (task.status == ExportStatus::Failed)
            return tr("Export again");
        return QString();
    case LastCheckedColumn: return localDateTimeText(task.lastChecked);
    default: return {};
    }
}

QVariant TaskTableModel::rawValue(const ExportTask &task, int column) const
{
    switch (column) {
    case ExportIdColumn: return task.exportId;
    case ReportColumn: return task.reportTitle.isEmpty() ? QString::number(task.reportId) : task.reportTitle;
    case StatusColumn: return static_cast<int>(task.status);
    case ExportDateColumn: return task.exportDate;
    case LinkExpiresColumn: return msecsOrMin(task.urlExpiresAt);
    case DownloadColumn: return static_cast<int>(task.download.state) * 2.0 + std::max(task.download.fraction(), 0.0);
    case LastCheckedColumn: return msecsOrMin(task.lastChecked);
    case FormatColumn: return task.exportTypeKnown ? static_cast<int>(task.exportType) : -1;
    default: return {};
    }
}

QVariant TaskTableModel::roleData(const ExportTask &task, int role) const
{
    switch (role) {
    case StatusRole: return static_cast<int>(task.status);
    case RawStatusRole: return task.rawStatus;
    case ExportIdRole: return task.exportId;
    case ReportIdRole: return task.reportId;
    case ReportTitleRole: return task.reportTitle;
    case ExportTypeRole: return task.exportTypeKnown ? QVariant(static_cast<int>(task.exportType)) : QVariant();
    case ExportDateRole: return task.exportDate;
    case UrlExpiresRole: return task.urlExpiresAt;
    case LinkExpiredRole: return task.urlExpiresAt.isValid() && task.urlExpiresAt <= now();
    case LastCheckedRole: return task.lastChecked;
    case HasErrorRole: return task.hasError();
    case ErrorCodeRole: return task.lastError.code;
    case ErrorMessageRole: return task.lastError.message;
    case ErrorRequestIdRole: return task.lastError.requestId;
    case ErrorHttpStatusRole: return task.lastError.httpStatus;
    case DownloadStateRole: return static_cast<int>(task.download.state);
    case ProgressRole: return task.download.fraction();
    case BytesReceivedRole: return task.download.received;
    case BytesTotalRole: return task.download.total;
    case SpeedRole: return task.download.bytesPerSecond;
    case SavedFilePathRole: return task.savedFilePath;
    case FileNameRole: return task.fileName;
    case HasDownloadUrlRole: return task.downloadUrl.isValid();
    case IsInProgressRole: return task.isInProgress();
    case IsRejectedRole: return task.isRejected();
    case RowActionRole: return static_cast<int>(rowAction(task));
    case SecondsLeftRole: return task.download.secondsLeft;
    default: return {};
    }
}

QVariant TaskTableModel::statusToolTip(const ExportTask &task) const
{
    if (task.hasError())
        return errorToolTip(task.lastError);
    if (task.status == ExportStatus::Failed)
        return failedExplanation();
    if (task.status == ExportStatus::Unknown && !task.rawStatus.isEmpty())
        return tr("The service answered with a status ReportDesk does not know (%1).").arg(task.rawStatus);
    return {};
}

QString TaskTableModel::failedExplanation()
{
    return tr("The service marked this export as failed and gave no reason. Try “Export again”: a new export "
              "of the same report often succeeds.");
}

QString TaskTableModel::downloadProgressText(const DownloadProgress &progress)
{
    const QString size = DataSizeText::progress(progress.received, progress.total);
    const double fraction = progress.fraction();
    if (fraction < 0)
        return size;
    return tr("%1 · %2 %", "downloaded size and percent").arg(size).arg(static_cast<int>(fraction * 100.0));
}

QString TaskTableModel::downloadProgressDetails(const DownloadProgress &progress)
{
    QStringList parts { downloadProgressText(progress) };
    if (progress.bytesPerSecond > 0)
        parts << DataSizeText::speed(progress.bytesPerSecond);
    const QString left = DataSizeText::timeLeft(progress.secondsLeft);
    if (!left.isEmpty())
        parts << left;
    return parts.join(QStringLiteral(" · "));
}

QString TaskTableModel::errorToolTip(const TaskError &error)
{
    QString hint;
    // The Code table of ApiErrorText decides, as everywhere else.
    switch (ApiErrorText::codeCategory(error.code)) {
    case ApiErrorText::Category::Throttled:
        hint = tr("Too many requests: ReportDesk asks again later by itself.");
        break;
    case ApiErrorText::Category::InvalidParameter:
        hint = tr("Check the ExportId: the service does not accept it.");
        break;
    case ApiErrorText::Category::ServerError:
        hint = tr("A temporary problem of the service: ReportDesk tries again by itself.");
        break;
    default: hint = tr("Refresh to try again. If it persists, quote the RequestId to support."); break;
    }

    QStringList lines;
    if (DownloadError::isDownloadError(error)) {
        // A failed download keeps its kind and raw detail: worded here, in the current language.
        lines << DownloadError::text(error);
    } else {
        if (!error.code.isEmpty())
            lines << tr("Code: %1").arg(error.code);
        if (ApiErrorText::isRawBody(error.message))
            lines << tr("The answer was not the service's (a web page or unreadable data); the details show it "
                        "under “Show raw answer”.");
        else if (!error.message.isEmpty())
            lines << ApiErrorText::messageLabel(error.lang) + QLatin1Char(' ') + error.message;
    }
    if (!error.requestId.isEmpty())
        lines << tr("RequestId: %1").arg(error.requestId);
    if (error.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    lines << hint;
    return lines.join(QLatin1Char('\n'));
}

QString TaskTableModel::statusText(ExportStatus status, const QString &rawStatus)
{
    return ExportStatusNames::name(status, rawStatus);
}

QString TaskTableModel::relativeExpiryText(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return {};
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("expired");
    // Rounded up: a link with 30 s left is still "in 1 min", never "in 0 min".
    // Decided on the seconds, not the rounded minutes: 59 min 59 s is "in 60 min", not "in 0 h".
    const int minutes = static_cast<int>((seconds + 59) / 60);
    if (seconds < 3600)
        return tr("in %n min", nullptr, minutes);
    const int hours = static_cast<int>(seconds / 3600);
    if (hours < 48)
        return tr("in %n h", nullptr, hours);
    return tr("in %n days", nullptr, static_cast<int>(seconds / 86400));
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExportIdColumn: return tr("ExportId");
    case ReportColumn: return tr("Report");
    case StatusColumn: return tr("Status");
    case ExportDateColumn: return tr("Export date");
    case LinkExpiresColumn: return tr("Link expires");
    case DownloadColumn: return tr("Download");
    case LastCheckedColumn: return tr("Last checked");
    case FormatColumn: return tr("Format");
    default: return {};
    }
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(StatusRole, "status");
    names.insert(ExportIdRole, "exportId");
    names.insert(ProgressRole, "progress");
    names.insert(ErrorCodeRole, "errorCode");
    names.insert(ErrorMessageRole, "errorMessage");
    return names;
}

TaskTableModel::RowAction TaskTableModel::rowAction(const ExportTask &task)
{
    using State = DownloadProgress::State;
    if (task.download.state == State::Queued || task.download.state == State::Downloading)
        return RowAction::Cancel;
    const bool saved = !task.savedFilePath.isEmpty() && !task.savedFileMissing;
    if (saved && (task.download.state == State::Saved || task.download.state == State::None))
        return RowAction::Open;
    if (task.isRejected())
        return RowAction::None; // nothing to download, nothing to export again
    if (task.status == ExportStatus::Failed)
        return RowAction::ExportAgain;
    return RowAction::Download;
}

int TaskTableModel::rowOf(qint64 exportId) const
{
    return m_rowById.value(exportId, -1);
}

const ExportTask *TaskTableModel::task(qint64 exportId) const
{
    const int row = rowOf(exportId);
    return row < 0 ? nullptr : &m_tasks.at(row);
}

int TaskTableModel::addTask(const ExportTask &task)
{
    const int existing = rowOf(task.exportId);
    if (existing >= 0)
        return existing;
    const int row = static_cast<int>(m_tasks.size());
    beginInsertRows({}, row, row);
    m_tasks.append(task);
    if (!m_tasks.last().createdAt.isValid())
        m_tasks.last().createdAt = now();
    m_rowById.insert(task.exportId, row);
    countStatus(task.status, 1);
    endInsertRows();
    Q_EMIT tasksChanged({ task.exportId });
    return row;
}

void TaskTableModel::resetTasks(QVector<ExportTask> tasks)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_rowById.clear();
    m_rowById.reserve(m_tasks.size());
    // A hand-edited file may repeat an ExportId: the first one wins.
    bool duplicates = false;
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_rowById.contains(m_tasks.at(row).exportId)) {
            duplicates = true;
            continue;
        }
        m_rowById.insert(m_tasks.at(row).exportId, row);
    }
    if (duplicates) {
        QVector<ExportTask> unique;
        unique.reserve(m_rowById.size());
        for (int row = 0; row < m_tasks.size(); ++row) {
            if (m_rowById.value(m_tasks.at(row).exportId) == row)
                unique.append(m_tasks.at(row));
        }
        m_tasks = std::move(unique);
        rebuildIndex(0);
    }
    std::fill(std::begin(m_statusCounts), std::end(m_statusCounts), 0);
    for (const ExportTask &t : std::as_const(m_tasks))
        countStatus(t.status, 1);
    endResetModel();
}

void TaskTableModel::clear()
{
    if (m_tasks.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(m_tasks.size());
    for (const ExportTask &t : std::as_const(m_tasks))
        ids.append(t.exportId);
    resetTasks({});
    Q_EMIT tasksRemoved(ids);
}

bool TaskTableModel::removeTask(qint64 exportId)
{
    return removeTasks({ exportId }) == 1;
}

int TaskTableModel::removeTasks(const QList<qint64> &exportIds)
{
    return eraseTasks(exportIds, true);
}

QList<qint64> TaskTableModel::mergeStoredTasks(const QVector<ExportTask> &stored, const QList<qint64> &removed)
{
    QList<qint64> added;
    QVector<ExportTask> appended;
    for (const ExportTask &incoming : stored) {
        const int row = rowOf(incoming.exportId);
        if (row < 0) {
            if (!added.contains(incoming.exportId)) {
                appended.append(incoming);
                added.append(incoming.exportId);
            }
            continue;
        }
        ExportTask &t = m_tasks[row];
        if (t.persistentEquals(incoming))
            continue;
        const ExportStatus oldStatus = t.status;
        // What only this window knows (a signed link, a running download) stays.
        ExportTask merged = incoming;
        merged.downloadUrl = t.downloadUrl;
        merged.download = t.download;
        merged.savedFileMissing = t.savedFileMissing && merged.savedFilePath == t.savedFilePath;
        t = std::move(merged);
        if (oldStatus != t.status) {
            countStatus(oldStatus, -1);
            countStatus(t.status, 1);
        }
        emitRowChanged(row);
        if (oldStatus != t.status)
            Q_EMIT statusChanged(t.exportId, oldStatus, t.status);
    }
    if (!appended.isEmpty()) {
        const int first = static_cast<int>(m_tasks.size());
        beginInsertRows({}, first, first + static_cast<int>(appended.size()) - 1);
        for (ExportTask &task : appended) {
            m_rowById.insert(task.exportId, static_cast<int>(m_tasks.size()));
            countStatus(task.status, 1);
            m_tasks.append(std::move(task));
        }
        endInsertRows();
    }
    eraseTasks(removed, false);
    return added;
}

int TaskTableModel::eraseTasks(const QList<qint64> &exportIds, bool announce)
{
    QList<int> rows;
    QList<qint64> removed;
    for (qint64 id : exportIds) {
        const int row = rowOf(id);
        if (row >= 0 && !rows.contains(row)) {
            rows.append(row);
            removed.append(id);
        }
    }
    if (rows.isEmpty())
        return 0;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Descending runs of adjacent rows: earlier rows keep their numbers meanwhile.
    int i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        int j = i + 1;
        while (j < rows.size() && rows.at(j) == first - 1)
            first = rows.at(j++);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            countStatus(m_tasks.at(row).status, -1);
            m_rowById.remove(m_tasks.at(row).exportId);
        }
        m_tasks.erase(m_tasks.begin() + first, m_tasks.begin() + last + 1);
        endRemoveRows();
        i = j;
    }
    rebuildIndex(rows.last());
    if (announce)
        Q_EMIT tasksRemoved(removed);
    return static_cast<int>(rows.size());
}

bool TaskTableModel::applyExportInfo(ExportTask &task, const ExportInfo &info)
{
    const ExportStatus oldStatus = task.status;
    if (info.reportId > 0)
        task.reportId = info.reportId;
    const QString raw = info.rawStatus.isEmpty() ? exportStatusCode(info.status) : info.rawStatus;
    if (!raw.isEmpty() && (info.status != task.status || raw != task.rawStatus)) {
        // "success" and "2" are the same status: record a change, not a new spelling.
        if (info.status != task.status || info.status == ExportStatus::Unknown)
            task.history.append({ info.status, raw, now() });
        task.status = info.status;
        task.rawStatus = raw;
    }
    if (!info.exportDate.isEmpty())
        task.exportDate = info.exportDate;
    if (!info.fileName.isEmpty()) {
        task.fileName = info.fileName;
        if (!task.exportTypeKnown) {
            const QString lower = info.fileName.toLower();
            if (lower.endsWith(QLatin1String(".pdf")) || lower.endsWith(QLatin1String(".html"))) {
                task.exportType = lower.endsWith(QLatin1String(".pdf")) ? ExportType::Pdf : ExportType::Html;
                task.exportTypeKnown = true;
            }
        }
    }
    if (info.downloadUrl.isValid())
        task.downloadUrl = info.downloadUrl;
    if (info.urlExpiresAt.isValid())
        task.urlExpiresAt = info.urlExpiresAt;
    task.lastChecked = now();
    task.lastError = {};
    return oldStatus != task.status;
}

bool TaskTableModel::updateFromExportInfo(const ExportInfo &info)
{
    return updateFromExportInfos({ info }) == 1;
}

int TaskTableModel::updateFromExportInfos(const QList<ExportInfo> &infos)
{
    QList<int> rows;
    QList<std::tuple<qint64, ExportStatus, ExportStatus>> statusChanges;
    QList<qint64> changed;
    QList<qint64> touched;
    for (const ExportInfo &info : infos) {
        const int row = rowOf(info.exportId);
        if (row < 0)
            continue;
        ExportTask &t = m_tasks[row];
        const ExportStatus oldStatus = t.status;
        ExportTask before = t; // implicitly shared members: a cheap copy
        const bool statusMoved = applyExportInfo(t, info);
        before.lastChecked = t.lastChecked;
        (before.persistentEquals(t) ? touched : changed).append(t.exportId);
        if (statusMoved) {
            countStatus(oldStatus, -1);
            countStatus(t.status, 1);
            statusChanges.append({ t.exportId, oldStatus, t.status });
        }
        rows.append(row);
    }
    if (rows.isEmpty())
        return 0;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int i = 0;
    while (i < rows.size()) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
    for (const auto &[id, from, to] : std::as_const(statusChanges))
        Q_EMIT statusChanged(id, from, to);
    // A poll that only moved "last checked" is worth saving, but not at once.
    if (!changed.isEmpty())
        Q_EMIT tasksChanged(changed);
    if (!touched.isEmpty())
        Q_EMIT tasksTouched(touched);
    return static_cast<int>(rows.size());
}

bool TaskTableModel::setError(qint64 exportId, const TaskError &error)
{
    const int row = rowOf(exportId);
    if (row < 0)
        return false;
    const bool changed = m_tasks.at(row).lastError != error;
    m_tasks[row].lastError = error;
    m_tasks[row].lastChecked = now();
    emitRowChanged(row);
    if (changed)
        Q_EMIT tasksChanged({ exportId });
    else
        Q_EMIT tasksTouched({ exportId });
    return true;
}

bool TaskTableModel::setDownloadProgress(qint64 exportId, const DownloadProgress &progress)
{
    const int row = rowOf(exportId);
    if (row < 0 || m_tasks.at(row).download == progress)
        return false;
    m_tasks[row].download = progress;
    // Progress is not kept in the history: no tasksChanged.
    Q_EMIT dataChanged(index(row, DownloadColumn), index(row, DownloadColumn));
    return true;
}

bool TaskTableModel::setSavedFilePath(qint64 exportId, const QString &path)
{
    const int row = rowOf(exportId);
    if (row < 0 || m_tasks.at(row).savedFilePath == path)
        return false;
    m_tasks[row].savedFilePath = path;
    emitRowChanged(row);
    Q_EMIT tasksChanged({ exportId });
    return true;
}

bool TaskTableModel::setSavedFile(qint64 exportId, const QString &path, qint64 size, const QString &sha256)
{
    const int row = rowOf(exportId);
    if (row < 0)
        return false;
    ExportTask &t = m_tasks[row];
    if (t.savedFilePath == path && t.savedFileSize == size && t.savedFileSha256 == sha256)
        return false;
    t.savedFilePath = path;
    t.savedFileSize = size;
    t.savedFileSha256 = sha256;
    t.savedAt = QDateTime::currentDateTimeUtc(); // the file was committed just now
    t.savedFileMissing = false;
    emitRowChanged(row);
    Q_EMIT tasksChanged({ exportId });
    return true;
}

bool TaskTableModel::setSavedFileMissing(qint64 exportId)
{
    const int row = rowOf(exportId);
    if (row < 0 || m_tasks.at(row).savedFileMissing)
        return false;
    m_tasks[row].savedFileMissing = true;
    // Not kept in the history: where the report was saved stays on record.
    emitRowChanged(row);
    return true;
}

bool TaskTableModel::setReportTitle(qint64 exportId, const QString &title)
{
    const int row = rowOf(exportId);
    if (row < 0 || m_tasks.at(row).reportTitle == title)
        return false;
    m_tasks[row].reportTitle = title;
    Q_EMIT dataChanged(index(row, ReportColumn), index(row, ReportColumn));
    Q_EMIT tasksChanged({ exportId });
    return true;
}

int TaskTableModel::statusCount(ExportStatus status) const
{
    return m_statusCounts[statusSlot(status)];
}

void TaskTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

void TaskTableModel::refreshRelativeTimes()
{
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, LinkExpiresColumn), index(rowCount() - 1, LinkExpiresColumn),
                           { Qt::DisplayRole, Qt::ToolTipRole, LinkExpiredRole });
}

void TaskTableModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_tasks.size(); ++row)
        m_rowById.insert(m_tasks.at(row).exportId, row);
}

void TaskTableModel::countStatus(ExportStatus status, int delta)
{
    m_statusCounts[statusSlot(status)] += delta;
}

void TaskTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
