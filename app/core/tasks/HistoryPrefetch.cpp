#include "tasks/HistoryPrefetch.h"

#include "tasks/HistoryDatabase.h"
#include "tasks/HistorySql.h"
#include "tasks/TaskBulkReader.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

HistoryPrefetch::HistoryPrefetch(const QString &databasePath, const QString &profileId)
    : m_profileId(profileId)
{
    if (profileId.isEmpty() || !QFileInfo::exists(databasePath))
        return; // nothing to read yet: open() creates the file
    m_thread.reset(QThread::create([this, databasePath] { read(databasePath); }));
    m_thread->setObjectName(QStringLiteral("HistoryPrefetch"));
    m_thread->start();
}

HistoryPrefetch::~HistoryPrefetch()
{
    if (m_thread)
        m_thread->wait();
}

void HistoryPrefetch::read(const QString &databasePath)
{
    // A connection of this thread's own, named after this object so that two
    // prefetches (two stores in one process) never share one.
    HistoryDatabase db(QStringLiteral("reportdesk-history-prefetch-%1").arg(reinterpret_cast<quintptr>(this)));
    if (db.open(databasePath, true) != HistoryDatabase::State::Ready || db.schemaVersion() != HistorySql::SchemaVersion)
        return;
    // The revision first: a write after it makes the guess fail the check in
    // take(), a write before it is in the tasks read.
    QSqlQuery revision(db.database());
    if (!revision.exec(HistorySql::selectRevision()) || !revision.next())
        return;
    m_revision = revision.value(0).toLongLong();
    revision.finish();
    QString error;
    m_ok = TaskBulkReader::read(db.database(), m_profileId, &m_tasks, &error);
}

std::optional<QVector<ExportTask>> HistoryPrefetch::take(const QString &profileId, qint64 revision)
{
    if (!m_thread)
        return std::nullopt;
    m_thread->wait();
    if (!m_ok || profileId != m_profileId || revision != m_revision)
        return std::nullopt;
    m_ok = false; // taken once
    return std::move(m_tasks);
}
