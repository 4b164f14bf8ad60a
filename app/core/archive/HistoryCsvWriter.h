#pragma once

#include "archive/ArchiveEntry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

class QIODevice;

// The export history's saved reports as CSV for auditors, one row per saved file:
// profile, report, ExportId, export date, saved path, size, SHA-256, saved at.
//
// RFC 4180: fields with a comma, a double quote, CR or LF are quoted, quotes inside
// doubled, lines end with CRLF. UTF-8 with a byte order mark: Excel reads a CSV
// without one in the system's ANSI code page, which turns Chinese report titles into
// mojibake; with it, Excel, LibreOffice and Numbers all read UTF-8 (and a parser that
// knows RFC 4180 only sees one invisible character before the first header).
//
// Formula injection: a spreadsheet runs a cell starting with = + - @ (and tab or CR,
// which some strip first) as a formula, and report titles come from the service. Such
// a field gets a leading apostrophe, which spreadsheets show as text and do not keep;
// a reader of the raw CSV sees the apostrophe. Numbers (ExportId, size) never start so.
class HistoryCsvWriter final
{
public:
    static QStringList header();
    // The whole document: BOM, header, one line per entry.
    static QByteArray toCsv(const QVector<ArchiveEntry> &entries);
    // To an open device (stdout); false when it could not be written.
    static bool write(QIODevice *device, const QVector<ArchiveEntry> &entries);
    // To a file, through QSaveFile: the file appears whole or not at all (an older one
    // stays as it was). *error: the system's reason, when false.
    static bool writeFile(const QString &path, const QVector<ArchiveEntry> &entries, QString *error);

    // One field as it is written: guarded, then quoted when needed.
    static QString field(const QString &value);
    static QStringList row(const ArchiveEntry &entry);

    HistoryCsvWriter() = delete;
};
