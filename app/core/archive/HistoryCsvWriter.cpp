#include "archive/HistoryCsvWriter.h"

#include <QIODevice>
#include <QSaveFile>

namespace {

const char Bom[] = "\xEF\xBB\xBF";

bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return true;
    default: return false;
    }
}

QString line(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(HistoryCsvWriter::field(cell));
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QStringList HistoryCsvWriter::header()
{
    // Fixed, untranslated: auditors' scripts read these names.
    return { QStringLiteral("profile"),     QStringLiteral("report"),     QStringLiteral("ExportId"),
             QStringLiteral("export date"), QStringLiteral("saved path"), QStringLiteral("size"),
             QStringLiteral("SHA-256"),     QStringLiteral("saved at") };
}

QString HistoryCsvWriter::field(const QString &value)
{
    QString text = startsFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QStringList HistoryCsvWriter::row(const ArchiveEntry &entry)
{
    // The title when the history knows it, else the report's ID.
    const QString report
        = entry.reportTitle.isEmpty() && entry.reportId > 0 ? QString::number(entry.reportId) : entry.reportTitle;
    return { entry.profileLabel(),
             report,
             QString::number(entry.exportId),
             entry.exportDate,
             entry.savedPath,
             entry.savedSize >= 0 ? QString::number(entry.savedSize) : QString(),
             entry.savedSha256,
             entry.savedAt.isValid() ? entry.savedAt.toUTC().toString(Qt::ISODate) : QString() };
}

QByteArray HistoryCsvWriter::toCsv(const QVector<ArchiveEntry> &entries)
{
    QString text = line(header());
    for (const ArchiveEntry &entry : entries)
        text += line(row(entry));
    return QByteArray(Bom) + text.toUtf8();
}

bool HistoryCsvWriter::write(QIODevice *device, const QVector<ArchiveEntry> &entries)
{
    const QByteArray bytes = toCsv(entries);
    return device && device->write(bytes) == bytes.size();
}

bool HistoryCsvWriter::writeFile(const QString &path, const QVector<ArchiveEntry> &entries, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(&file, entries) || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}
