#include "common/RequestLog.h"

#include "common/Redactor.h"

#include <QFile>

#include <cstdio>

namespace {

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

} // namespace

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
}

RequestLog::~RequestLog()
{
    closeOwnedFile();
}

void RequestLog::setDevice(QIODevice *device)
{
    if (device != m_ownedFile)
        closeOwnedFile();
    m_device = device;
}

void RequestLog::logToStandardError()
{
    closeOwnedFile();
    auto *file = new QFile(this);
    if (!file->open(stderr, QIODevice::WriteOnly | QIODevice::Text | QIODevice::Unbuffered)) {
        delete file;
        return;
    }
    m_ownedFile = file;
    m_device = file;
}

bool RequestLog::openFile(const QString &path)
{
    closeOwnedFile();
    m_path = path;
    if (openOwnedFile())
        return true;
    m_path.clear();
    return false;
}

bool RequestLog::openOwnedFile()
{
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    auto *file = new QFile(m_path, this);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, ownerOnly)
        || !file->setPermissions(ownerOnly)) {
        delete file;
        return false;
    }
    m_ownedFile = file;
    m_device = file;
    return true;
}

void RequestLog::setRotation(qint64 maxBytes, int files)
{
    m_maxBytes = qMax<qint64>(1, maxBytes);
    m_files = qMax(1, files);
}

// Renames from the oldest down so that no file is overwritten before it moved.
void RequestLog::rotateIfFull(qint64 incoming)
{
    if (m_path.isEmpty() || !m_ownedFile || m_device != m_ownedFile || m_ownedFile->size() == 0
        || m_ownedFile->size() + incoming <= m_maxBytes)
        return;
    const QString path = m_path;
    closeOwnedFile();
    m_path = path;
    auto numbered = [&path](int n) { return n == 0 ? path : path + QLatin1Char('.') + QString::number(n); };
    QFile::remove(numbered(m_files - 1)); // with a single file, the log itself
    for (int n = m_files - 2; n >= 0; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    openOwnedFile();
}

bool RequestLog::isWriting() const
{
    return m_device && m_device->isWritable();
}

void RequestLog::addSensitiveValues(const QStringList &values)
{
    for (const QString &value : values) {
        if (!value.isEmpty() && !m_sensitiveValues.contains(value))
            m_sensitiveValues.append(value);
    }
}

void RequestLog::record(const Entry &entry)
{
    const QString line = Redactor::text(formatEntry(entry), m_sensitiveValues);
    const QByteArray bytes = line.toUtf8() + '\n';
    rotateIfFull(bytes.size());
    if (isWriting()) {
        m_device->write(bytes);
        if (m_device == m_ownedFile)
            m_ownedFile->flush();
    }
    Q_EMIT lineWritten(line);
}

QString RequestLog::formatEntry(const Entry &entry)
{
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    QString line = time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + orDash(entry.action) + QLatin1Char(' ')
        + orDash(QString::fromLatin1(entry.method)) + QLatin1Char(' ') + orDash(entry.host) + QStringLiteral(" status=")
        + (entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QStringLiteral("-")) + QStringLiteral(" code=")
        + orDash(entry.code) + QStringLiteral(" request-id=") + orDash(entry.requestId) + QStringLiteral(" attempt=")
        + QString::number(entry.attempt) + QStringLiteral(" duration=") + QString::number(entry.durationMs)
        + QStringLiteral("ms");
    if (!entry.note.isEmpty())
        line += QStringLiteral(" note=\"") + QString(entry.note).replace(QLatin1Char('\n'), QLatin1Char(' '))
            + QLatin1Char('"');
    return line;
}

void RequestLog::closeOwnedFile()
{
    if (!m_ownedFile)
        return;
    if (m_device == m_ownedFile)
        m_device = nullptr;
    m_ownedFile->close();
    delete m_ownedFile;
    m_ownedFile = nullptr;
    m_path.clear();
}
