#pragma once

#include "tasks/ExportTask.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads the per-profile JSON task files of ReportDesk 0.1
// (<AppData>/tasks/<percent-encoded profile>.json,
// {"format":"reportdesk-tasks","version":1,"tasks":[...]}) so that the first
// start with the SQLite history takes them over. The files are then renamed
// *.imported; a file that cannot be read is moved aside as *.corrupt-<stamp>.json.
class LegacyTaskImport final
{
public:
    struct File
    {
        QString path;
        QString profileId;
        bool ok = false;
        bool newerVersion = false; // written by a later 0.x: left alone, not moved aside
        QVector<ExportTask> tasks;
        QString detail; // why it could not be read
    };

    // What an import took over.
    struct Report
    {
        int files = 0;
        int tasks = 0;
        QStringList failedFiles; // moved aside (or left) because they could not be read
        bool isEmpty() const { return files == 0 && failedFiles.isEmpty(); }
        QString message() const; // translated when called
    };

    // Imports every task file waiting in directory into the history db (one
    // transaction per file, never over rows the history already has), renames
    // each imported file *.imported and moves unreadable ones aside.
    static Report importAll(QSqlDatabase db, const QString &directory, const QString &writerId);

    // The task files waiting in directory (none imported yet).
    static QStringList pendingFiles(const QString &directory);
    // <AppData>/tasks
    static QString defaultDirectory();

    static File read(const QString &path);
    static File parse(const QByteArray &json, const QString &profileId);
    static QString profileIdFromFileName(const QString &fileName);

    // After a successful import: <file>.imported (numbered if that exists).
    static bool markImported(const QString &path, QString *newPath);
    static QString moveAside(const QString &path);

    LegacyTaskImport() = delete;
};
