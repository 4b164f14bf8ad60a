#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Small helpers shared by the download tests.
namespace DownloadTestUtils {

// Deterministic pseudo-random bytes (not compressible, not all zeros).
QByteArray randomBytes(qsizetype size, quint32 seed);
QByteArray sha256(const QByteArray &data);
QByteArray fileSha256(const QString &path); // empty when unreadable
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);
// Every entry of a folder, hidden ones included: a leftover temp file shows up here.
QStringList entries(const QString &dir);

// An OSS error document as the storage sends it.
QByteArray ossErrorXml(const QByteArray &code, const QByteArray &message, const QByteArray &requestId);

} // namespace DownloadTestUtils
