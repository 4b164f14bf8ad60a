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
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    m_ownedFile = file;
    m_device = file;
    return true;
}

bool RequestLog::isWriting() const
{
    return m_device && m_device->isWritable();
}

void RequestLog::setSensitiveValues(const QStringList &values)
{
    m_sensitiveValues = values;
}

void RequestLog::record(const Entry &entry)
{
    const QString line = Redactor::text(formatEntry(entry), m_sensitiveValues);
    if (isWriting()) {
        m_device->write(line.toUtf8() + '\n');
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
}
