#include "CliHistoryExportCommand.h"

#include "archive/ArchiveReader.h"
#include "archive/HistoryCsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>

CliHistoryExportCommand::CliHistoryExportCommand(const CliOptions &options, const CliContext &context, QObject *parent)
    : CliArchiveCommand(options, context, parent)
{
}

CliHistoryExportCommand::~CliHistoryExportCommand() = default;

void CliHistoryExportCommand::run()
{
    QVector<ArchiveEntry> entries;
    if (!readEntries(&entries))
        return;
    if (m_options.since.isValid())
        entries = ArchiveReader::since(entries, m_options.since);

    if (m_options.outputPath.isEmpty()) {
        if (!HistoryCsvWriter::write(m_context.out, entries)) {
            fail(CliExitCode::Local, QStringLiteral("LocalFileError"),
                 QCoreApplication::translate("Cli", "The CSV could not be written to standard output."));
            return;
        }
        succeed();
        return;
    }
    const QString path = QFileInfo(m_options.outputPath).absoluteFilePath();
    QString error;
    if (!HistoryCsvWriter::writeFile(path, entries, &error)) {
        fail(CliExitCode::Local, QStringLiteral("LocalFileError"),
             QCoreApplication::translate("Cli", "%1 could not be written: %2")
                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    if (m_options.json) {
        QJsonObject object;
        object.insert(QStringLiteral("File"), path);
        object.insert(QStringLiteral("Rows"), entries.size());
        writeJson(object);
    } else {
        writeOut(QCoreApplication::translate("Cli", "Wrote %n saved report(s) to %1.", nullptr, int(entries.size()))
                     .arg(QDir::toNativeSeparators(path))
                 + QLatin1Char('\n'));
    }
    succeed();
}
