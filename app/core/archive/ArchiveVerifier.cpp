#include "archive/ArchiveVerifier.h"

#include "downloads/Sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace {

// Progress more often than this is only work for the receiving event loop.
constexpr qint64 ProgressIntervalMs = 100;

} // namespace

ArchiveVerifier::ArchiveVerifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ArchiveCheck>();
}

ArchiveVerifier::~ArchiveVerifier()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ArchiveVerifier::start(const QVector<ArchiveEntry> &entries)
{
    if (m_running)
        return;
    m_entries = entries;
    m_totalBytes = 0;
    for (const ArchiveEntry &entry : entries)
        m_totalBytes += qMax<qint64>(0, entry.savedSize);
    m_checked = 0;
    m_differing = 0;
    m_cancelled = false;
    m_cancelRequested = false;
    m_running = true;
    // The thread's results come back as queued calls on this object: they are
    // dropped if it is gone, and the destructor waits for the thread first.
    m_thread = QThread::create([this] { work(); });
    connect(m_thread, &QThread::finished, this, &ArchiveVerifier::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void ArchiveVerifier::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

// On the worker thread: reads m_entries and m_cancelRequested only.
void ArchiveVerifier::work()
{
    qint64 bytes = 0;
    for (int i = 0; i < m_entries.size() && !m_cancelRequested; ++i) {
        const ArchiveCheck result = check(m_entries.at(i), &bytes);
        if (m_cancelRequested)
            break; // a file cut short by the cancel is not a finding
        // report() emits the progress of each finished file too.
        QMetaObject::invokeMethod(
            this, [this, result, i, bytes] { report(result, i + 1, bytes); }, Qt::QueuedConnection);
    }
    Sha256::releaseThreadState();
}

ArchiveCheck ArchiveVerifier::check(const ArchiveEntry &entry, qint64 *bytesRead)
{
    ArchiveCheck result;
    result.entry = entry;
    const QFileInfo info(entry.savedPath);
    if (!info.exists()) {
        result.status = ArchiveCheck::Status::Missing;
        return result;
    }
    QFile file(entry.savedPath);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        result.status = ArchiveCheck::Status::Unreadable;
        result.detail = info.isDir() ? QStringLiteral("is a folder") : file.errorString();
        return result;
    }
    Sha256 hash;
    QByteArray chunk(static_cast<qsizetype>(ChunkBytes), Qt::Uninitialized);
    qint64 size = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (!m_cancelRequested) {
        const qint64 n = file.read(chunk.data(), ChunkBytes);
        if (n < 0) {
            result.status = ArchiveCheck::Status::Unreadable;
            result.detail = file.errorString();
            return result;
        }
        if (n == 0)
            break;
        hash.addData(chunk.constData(), n);
        size += n;
        *bytesRead += n;
        // A large file reports its bytes as it goes, not only at its end.
        if (sinceProgress.elapsed() >= ProgressIntervalMs) {
            sinceProgress.restart();
            const qint64 bytes = *bytesRead;
            QMetaObject::invokeMethod(
                this, [this, bytes] { reportProgress(m_checked, bytes); }, Qt::QueuedConnection);
        }
    }
    result.foundSize = size;
    result.foundSha256 = QString::fromLatin1(hash.hexResult());
    // 0.1 recorded no hash: such a file can only be checked for its size.
    const bool sizeDiffers = entry.savedSize >= 0 && entry.savedSize != size;
    const bool hashDiffers
        = !entry.savedSha256.isEmpty() && entry.savedSha256.compare(result.foundSha256, Qt::CaseInsensitive) != 0;
    result.status = sizeDiffers || hashDiffers ? ArchiveCheck::Status::Modified : ArchiveCheck::Status::Ok;
    return result;
}

void ArchiveVerifier::report(const ArchiveCheck &check, int done, qint64 bytes)
{
    if (m_cancelRequested) // nothing more after cancel(), even what was already on its way
        return;
    m_checked = done;
    if (check.differs())
        ++m_differing;
    Q_EMIT entryChecked(check);
    Q_EMIT progress(done, m_entries.size(), bytes);
}

void ArchiveVerifier::reportProgress(int done, qint64 bytes)
{
    if (!m_cancelRequested)
        Q_EMIT progress(done, m_entries.size(), bytes);
}

void ArchiveVerifier::onThreadFinished()
{
    // Every queued result of the thread was posted before this, and is delivered before it.
    m_thread->deleteLater();
    m_thread = nullptr;
    m_running = false;
    m_cancelled = m_cancelRequested;
    Q_EMIT finished();
}
