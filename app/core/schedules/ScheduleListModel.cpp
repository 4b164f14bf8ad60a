#include "schedules/ScheduleListModel.h"

#include "schedules/ScheduleClock.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleText.h"
#include "schedules/ScheduleTiming.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

ScheduleListModel::ScheduleListModel(ScheduleStore *store, const ScheduleClock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
}

ScheduleListModel::~ScheduleListModel() = default;

void ScheduleListModel::setProfileNames(std::function<QString(const QString &)> names)
{
    m_profileNames = std::move(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProfileColumn), index(rowCount() - 1, ProfileColumn));
}

void ScheduleListModel::reload()
{
    const QDateTime now = m_clock->now();
    QList<Row> rows;
    const QList<Schedule> schedules = m_store->schedules();
    for (const Schedule &schedule : schedules) {
        Row row;
        row.schedule = schedule;
        row.last = m_store->latestOccurrence(schedule.id);
        row.nextRun = ScheduleTiming::nextRun(schedule, row.last ? row.last->occursAt : QDateTime(), now);
        rows.append(row);
    }
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).schedule.id == m_rows.at(i).schedule.id;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ScheduleListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int ScheduleListModel::rowOf(const QString &scheduleId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).schedule.id == scheduleId)
            return i;
    }
    return -1;
}

std::optional<Schedule> ScheduleListModel::schedule(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).schedule;
}

std::optional<ScheduleOccurrence> ScheduleListModel::lastOccurrence(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).last;
}

int ScheduleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ScheduleListModel::LastState ScheduleListModel::lastStateOf(const std::optional<ScheduleOccurrence> &occurrence)
{
    if (!occurrence)
        return LastState::Never;
    switch (occurrence->state) {
    case ScheduleOccurrence::State::Running: return LastState::Running;
    case ScheduleOccurrence::State::Retry: return LastState::Retry;
    case ScheduleOccurrence::State::Succeeded: return LastState::Succeeded;
    case ScheduleOccurrence::State::Failed: return LastState::Failed;
    }
    return LastState::Never;
}

QVariant ScheduleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case ScheduleIdRole: return row.schedule.id;
    case NameRole: return row.schedule.name;
    case NextRunRole: return row.nextRun;
    case PausedRole: return row.schedule.paused;
    case LastStateRole: return int(lastStateOf(row.last));
    case LastFinishedRole: return row.last ? row.last->finishedAt : QDateTime();
    case LastErrorKindRole: return row.last ? row.last->errorKind : QString();
    case SavedPathRole: return row.last ? row.last->savedPath : QString();
    case SortRole: return sortValue(row, index.column());
    default: break;
    }
    return {};
}

QVariant ScheduleListModel::display(const Row &row, int column) const
{
    const Schedule &s = row.schedule;
    switch (column) {
    case NameColumn: return s.name;
    case ReportColumn: return reportText(s);
    case FormatColumn: return s.exportType == ExportType::Pdf ? QStringLiteral("PDF") : QStringLiteral("HTML");
    case ProfileColumn: return profileText(s.profileId);
    case CadenceColumn: return ScheduleText::cadence(s.cadence);
    case NextRunColumn: return nextRunText(row);
    case LastResultColumn: return lastResultText(row);
    default: break;
    }
    return {};
}

QVariant ScheduleListModel::toolTip(const Row &row, int column) const
{
    const Schedule &s = row.schedule;
    switch (column) {
    case ReportColumn: return tr("ReportId %1").arg(s.reportId);
    case CadenceColumn:
        return tr("%1, in the time zone %2").arg(ScheduleText::cadence(s.cadence), QString::fromUtf8(s.timeZoneId));
    case LastResultColumn:
        if (!row.last)
            break;
        // The whole text (the cell may be elided), then the file or the technical detail.
        if (row.last->state == ScheduleOccurrence::State::Succeeded)
            return QString(lastResultText(row) + QLatin1Char('\n') + QDir::toNativeSeparators(row.last->savedPath));
        if (!row.last->errorKind.isEmpty())
            return QString(lastResultText(row) + QLatin1Char('\n') + row.last->errorDetail);
        break;
    default: break;
    }
    return {};
}

QVariant ScheduleListModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case NextRunColumn:
        // Paused ones last.
        return row.nextRun.isValid() ? row.nextRun.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case LastResultColumn: return row.last ? row.last->occursAt.toMSecsSinceEpoch() : qint64(0);
    default: break;
    }
    return display(row, column);
}

QString ScheduleListModel::reportText(const Schedule &schedule) const
{
    return schedule.reportTitle.isEmpty() ? tr("Report %1").arg(schedule.reportId) : schedule.reportTitle;
}

QString ScheduleListModel::profileText(const QString &profileId) const
{
    if (m_profileNames) {
        const QString name = m_profileNames(profileId);
        if (!name.isEmpty())
            return name;
    }
    return profileId;
}

QString ScheduleListModel::nextRunText(const Row &row) const
{
    if (row.schedule.paused)
        return tr("Paused");
    if (!row.nextRun.isValid())
        return tr("Never");
    if (row.nextRun <= m_clock->now())
        return tr("Due now");
    return ScheduleText::dateTime(row.nextRun, m_clock->zone());
}

QString ScheduleListModel::lastResultText(const Row &row) const
{
    if (!row.last)
        return tr("Never run");
    const ScheduleOccurrence &o = *row.last;
    const QTimeZone zone = m_clock->zone();
    switch (o.state) {
    case ScheduleOccurrence::State::Running:
        return tr("Running since %1").arg(ScheduleText::dateTime(o.claimedAt, zone));
    case ScheduleOccurrence::State::Succeeded:
        return tr("Succeeded %1 · %2")
            .arg(ScheduleText::dateTime(o.finishedAt, zone), QFileInfo(o.savedPath).fileName());
    case ScheduleOccurrence::State::Retry:
        return tr("Will retry at %1: %2")
            .arg(o.nextAttemptAt.toTimeZone(zone).time().toString(QStringLiteral("HH:mm")),
                 ScheduleText::failureReason(o.errorKind));
    case ScheduleOccurrence::State::Failed: return tr("Failed: %1").arg(ScheduleText::failureReason(o.errorKind));
    }
    return {};
}

QVariant ScheduleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ReportColumn: return tr("Report");
    case FormatColumn: return tr("Format");
    case ProfileColumn: return tr("Profile");
    case CadenceColumn: return tr("When");
    case NextRunColumn: return tr("Next run");
    case LastResultColumn: return tr("Last result");
    default: break;
    }
    return {};
}
