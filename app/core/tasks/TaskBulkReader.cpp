#include "tasks/TaskBulkReader.h"

#include "tasks/HistorySql.h"
#include "tasks/TaskRows.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Values of the current row, fetched once per column: the sqlite3_value
// accessors take no lock, unlike each sqlite3_column_*() call.
class Row
{
public:
    void fetch(sqlite3_stmt *statement, int columns)
    {
        for (int i = 0; i < columns; ++i)
            m_values[i] = sqlite3_column_value(statement, i);
    }
    bool isNull(int column) const { return sqlite3_value_type(m_values[column]) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_value_int64(m_values[column]); }
    int integer(int column) const { return sqlite3_value_int(m_values[column]); }
    QDateTime time(int column) const
    {
        return isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
    }
    QUtf8StringView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(m_values[column]));
        return data ? QUtf8StringView(data, sqlite3_value_bytes(m_values[column])) : QUtf8StringView();
    }

private:
    sqlite3_value *m_values[TaskRowColumnCount] = {};
};

// Repeated texts (a status, a date, a run of one title) share one QString
// instead of one allocation per row: fewer allocations, less memory kept. The
// last raw bytes are kept to compare with memcmp, far cheaper than comparing
// UTF-8 with UTF-16.
class TextColumn
{
public:
    QString take(QUtf8StringView text)
    {
        if (text.data() == nullptr)
            return {};
        const auto size = static_cast<size_t>(text.size());
        m_repeated = m_valid && m_last.size() == size && std::memcmp(m_last.data(), text.data(), size) == 0;
        if (!m_repeated) {
            m_last.assign(text.data(), size);
            m_value = QString::fromUtf8(text.data(), text.size());
            m_valid = true;
        }
        return m_value;
    }
    // The last take() gave the same text as the one before.
    bool repeated() const { return m_repeated; }

private:
    std::string m_last;
    QString m_value;
    bool m_valid = false;
    bool m_repeated = false;
};

// Report titles repeat across a history (the same reports, exported again and
// again) but not row after row: one QString per distinct title.
class InternedColumn
{
public:
    QString take(QUtf8StringView text)
    {
        if (text.data() == nullptr)
            return {};
        // Looked up without a copy; only a new title is stored.
        const QByteArray key = QByteArray::fromRawData(text.data(), text.size());
        const auto found = m_known.constFind(key);
        if (found != m_known.cend())
            return found.value();
        if (m_known.size() >= MaxDistinct) // a history of unique titles: stop remembering
            return QString::fromUtf8(text.data(), text.size());
        const QByteArray stored(text.data(), text.size());
        const QString value = QString::fromUtf8(stored);
        m_known.insert(stored, value);
        return value;
    }

private:
    static constexpr qsizetype MaxDistinct = 4096;
    QHash<QByteArray, QString> m_known;
};

// A text that rarely repeats (a file name, a RequestId): no comparison.
QString uniqueText(QUtf8StringView text)
{
    return text.data() ? QString::fromUtf8(text.data(), text.size()) : QString();
}

// The status of a raw text. A history holds a handful of raw texts ("0", "1",
// "2", "-1", ...) that alternate row by row, so the last few seen are kept
// with their QString and status: no allocation and no parsing per row.
class StatusColumn
{
public:
    ExportStatus take(const Row &row, int rawColumn, int numberColumn, QString *raw)
    {
        const QUtf8StringView text = row.text(rawColumn);
        if (text.empty()) {
            raw->clear();
            return static_cast<ExportStatus>(row.integer(numberColumn));
        }
        const auto size = static_cast<size_t>(text.size());
        for (int i = 0; i < m_count; ++i) {
            const Known &known = m_known[i];
            if (known.bytes.size() == size && std::memcmp(known.bytes.data(), text.data(), size) == 0) {
                *raw = known.raw;
                return known.status;
            }
        }
        *raw = QString::fromUtf8(text.data(), text.size());
        const ExportStatus status = exportStatusFromString(*raw);
        if (m_count < MaxKnown)
            m_known[m_count++] = { std::string(text.data(), size), *raw, status };
        return status;
    }

private:
    struct Known
    {
        std::string bytes;
        QString raw;
        ExportStatus status = ExportStatus::Unknown;
    };
    static constexpr int MaxKnown = 8;
    Known m_known[MaxKnown];
    int m_count = 0;
};

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql, const QString &profile)
    {
        const QByteArray text = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, text.constData(), static_cast<int>(text.size()), &m_statement, nullptr);
        if (m_rc != SQLITE_OK)
            return;
        const int parameter = sqlite3_bind_parameter_index(m_statement, ":profile");
        if (parameter == 0)
            return; // a statement about the whole history
        m_profile = profile.toUtf8();
        m_rc = sqlite3_bind_text(m_statement, parameter, m_profile.constData(), static_cast<int>(m_profile.size()),
                                 SQLITE_STATIC);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    bool next()
    {
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    bool done() const { return m_rc == SQLITE_DONE; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_profile;
    int m_rc = SQLITE_OK;
};

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

int countTasks(sqlite3 *db, const QString &profile)
{
    Statement count(db, HistorySql::countTasks(), profile);
    return count.ok() && count.next() ? sqlite3_column_int(count.get(), 0) : 0;
}

qint64 estimateRows(sqlite3 *db, const QString &sql)
{
    Statement estimate(db, sql, QString());
    return estimate.ok() && estimate.next() ? sqlite3_column_int64(estimate.get(), 0) : 0;
}

bool hasOtherProfiles(sqlite3 *db, const QString &profile)
{
    Statement others(db, HistorySql::hasOtherProfiles(), profile);
    return !others.ok() || !others.next() || sqlite3_column_int(others.get(), 0) != 0;
}

// How the rows are found: through the primary-key index, in ExportId order, or
// by a scan of the whole table in storage order (see HistorySql::scanTasks).
enum class Access
{
    Index,
    Scan,
};

bool byExportId(const ExportTask &a, const ExportTask &b)
{
    return a.exportId < b.exportId;
}

bool readTasks(sqlite3 *db, const QString &profile, int expected, Access access, QVector<ExportTask> *tasks,
               QString *error)
{
    tasks->reserve(expected);
    Statement s(db, access == Access::Scan ? HistorySql::scanTasks() : HistorySql::selectTasks(), profile);
    InternedColumn title;
    TextColumn type, date, code, message, savedPath;
    StatusColumn status;
    Row row;
    while (s.ok() && s.next()) {
        row.fetch(s.get(), ColRemovedAt); // removed_at and revision are not needed to show a live row
        ExportTask &t = tasks->emplace_back();
        t.exportId = row.int64(ColExportId);
        t.reportId = row.int64(ColReportId);
        t.reportTitle = title.take(row.text(ColTitle));
        if (!row.isNull(ColExportType)) {
            t.exportTypeKnown = true;
            t.exportType = type.take(row.text(ColExportType)).compare(QLatin1String("PDF"), Qt::CaseInsensitive) == 0
                ? ExportType::Pdf
                : ExportType::Html;
        }
        t.status = status.take(row, ColRawStatus, ColStatus, &t.rawStatus);
        t.exportDate = date.take(row.text(ColExportDate));
        t.fileName = uniqueText(row.text(ColFileName));
        t.urlExpiresAt = row.time(ColUrlExpiresAt);
        t.lastChecked = row.time(ColLastCheckedAt);
        t.createdAt = row.time(ColCreatedAt);
        if (!row.isNull(ColErrorCode) || !row.isNull(ColErrorMessage)) {
            t.lastError.code = code.take(row.text(ColErrorCode));
            t.lastError.message = message.take(row.text(ColErrorMessage));
            t.lastError.requestId = uniqueText(row.text(ColErrorRequestId));
            t.lastError.httpStatus = row.integer(ColErrorHttpStatus);
        }
        t.savedFilePath = savedPath.take(row.text(ColSavedPath));
        t.savedFileSize = row.isNull(ColSavedSize) ? -1 : row.int64(ColSavedSize);
        t.savedFileSha256 = uniqueText(row.text(ColSavedSha256));
        t.savedAt = row.time(ColSavedAt);
    }
    if (!s.done()) {
        *error = sqliteError(db);
        return false;
    }
    // A scan gives the order tasks were added in: ExportId order, unless an
    // older ExportId was added by hand later.
    if (access == Access::Scan && !std::is_sorted(tasks->cbegin(), tasks->cend(), byExportId))
        std::sort(tasks->begin(), tasks->end(), byExportId);
    return true;
}

struct HistoryEntry
{
    qint64 exportId;
    int seq;
    StatusChange change;
};

bool byExportIdAndSeq(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.exportId < b.exportId || (a.exportId == b.exportId && a.seq < b.seq);
}

// Rows in ExportId and seq order, as attachHistory() needs them.
bool readHistory(sqlite3 *db, const QString &profile, Access access, std::vector<HistoryEntry> *history, QString *error)
{
    if (access == Access::Scan)
        history->reserve(static_cast<size_t>(estimateRows(db, HistorySql::estimateHistoryRows())));
    Statement s(db, access == Access::Scan ? HistorySql::scanHistory() : HistorySql::selectHistory(), profile);
    StatusColumn status;
    Row row;
    while (s.ok() && s.next()) {
        row.fetch(s.get(), 5);
        HistoryEntry &entry = history->emplace_back();
        entry.exportId = row.int64(0);
        entry.seq = row.integer(1);
        entry.change.status = status.take(row, 3, 2, &entry.change.rawStatus);
        entry.change.time = row.time(4);
    }
    if (!s.done()) {
        *error = sqliteError(db);
        return false;
    }
    // A scan gives storage order: entries are appended as statuses change, so
    // the entries of one export are spread over the table.
    if (access == Access::Scan && !std::is_sorted(history->begin(), history->end(), byExportIdAndSeq))
        std::sort(history->begin(), history->end(), byExportIdAndSeq);
    return true;
}

// Both lists are in ExportId order: one walk hands each task its entries.
void attachHistory(QVector<ExportTask> *tasks, std::vector<HistoryEntry> *history)
{
    size_t h = 0;
    const size_t end = history->size();
    for (ExportTask &task : *tasks) {
        while (h < end && (*history)[h].exportId < task.exportId)
            ++h; // entries of a removed task: kept as evidence, not shown
        size_t last = h;
        while (last < end && (*history)[last].exportId == task.exportId)
            ++last;
        if (last == h)
            continue;
        task.history.reserve(static_cast<qsizetype>(last - h));
        for (; h < last; ++h)
            task.history.append(std::move((*history)[h].change));
    }
}

// A read-only connection of its own for the history read beside the tasks.
// NOMUTEX: it lives and dies on one thread, so its column calls take no lock.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
    {
        const QByteArray file = path.toUtf8();
        if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            == SQLITE_OK) {
            sqlite3_busy_timeout(m_db, 5000);
            m_ok = true;
        }
    }
    ~ReadConnection() { sqlite3_close(m_db); }
    Q_DISABLE_COPY_MOVE(ReadConnection)

    sqlite3 *get() const { return m_ok ? m_db : nullptr; }
    QString error(const QString &path) const
    {
        return m_db ? sqliteError(m_db) : QStringLiteral("cannot open %1").arg(path);
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_ok = false;
};

} // namespace

bool TaskBulkReader::read(const QSqlDatabase &db, const QString &profile, QVector<ExportTask> *tasks, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return readPortable(db, profile, tasks, error);
    tasks->clear();
    // Counting a profile's rows walks them all (a tenth of the load), so it is
    // done only when other profiles share the history: alone, a profile is
    // read by a scan; beside others, by a scan when it holds a third of the
    // rows or more, and through the index (touching only its rows) otherwise.
    const qint64 rows = estimateRows(handle, HistorySql::estimateTaskRows());
    const int count = hasOtherProfiles(handle, profile) ? countTasks(handle, profile) : static_cast<int>(rows);
    const Access access = qint64(count) * 3 >= rows ? Access::Scan : Access::Index;
    if (count < SplitAbove) {
        // A few thousand rows: opening more connections would cost more than it saves.
        std::vector<HistoryEntry> history;
        if (!readTasks(handle, profile, count, access, tasks, error)
            || !readHistory(handle, profile, access, &history, error)) {
            tasks->clear();
            return false;
        }
        attachHistory(tasks, &history);
        return true;
    }
    // The history on a second connection and thread beside the tasks: on two
    // cores the two halves of a large load take the time of the longer one.
    const QString path = db.databaseName();
    std::vector<HistoryEntry> history;
    QString besideError;
    bool besideOk = false;
    std::unique_ptr<QThread> beside(QThread::create([&] {
        const ReadConnection own(path);
        besideOk = own.get() && readHistory(own.get(), profile, access, &history, &besideError);
        if (!own.get())
            besideError = own.error(path);
    }));
    beside->start();
    const bool tasksOk = readTasks(handle, profile, count, access, tasks, error);
    beside->wait();
    if (!tasksOk || !besideOk) {
        if (tasksOk)
            *error = besideError;
        tasks->clear();
        return false;
    }
    attachHistory(tasks, &history);
    return true;
}

bool TaskBulkReader::readPortable(const QSqlDatabase &db, const QString &profile, QVector<ExportTask> *tasks,
                                  QString *error)
{
    tasks->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(HistorySql::selectTasks());
    query.bindValue(QStringLiteral(":profile"), profile);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QHash<qint64, int> rowById;
    while (query.next()) {
        tasks->append(TaskRows::readTask(query));
        rowById.insert(tasks->constLast().exportId, static_cast<int>(tasks->size() - 1));
    }
    QSqlQuery history(db);
    history.setForwardOnly(true);
    history.prepare(HistorySql::selectHistory());
    history.bindValue(QStringLiteral(":profile"), profile);
    if (!history.exec()) {
        *error = history.lastError().text();
        tasks->clear();
        return false;
    }
    TaskRows::readHistory(history, tasks, rowById);
    return true;
}
