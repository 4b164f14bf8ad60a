#pragma once

#include "tasks/ExportTask.h"

#include <QString>
#include <QVector>
#include <string>

// The task file's JSON, written and read without building a QJsonDocument:
// for 100k tasks the document tree costs several times the time and memory of
// the tasks themselves. Internal to TaskStore.
namespace TaskJson {

// Appends {"format":…,"version":…,"tasks":[…]} to out.
void write(const QVector<ExportTask> &tasks, const QString &format, int version, std::string *out);

struct Document
{
    QString format;
    bool hasVersion = false;
    qint64 version = 0;
    bool hasTasks = false;
    QVector<ExportTask> tasks; // entries without a usable ExportId are dropped
};

// Strict JSON syntax, tolerant content: unknown keys and values of an
// unexpected type are skipped. Returns false (with error and offset) on a
// syntax error.
bool read(const char *begin, const char *end, Document *doc, QString *error, qint64 *errorOffset);

} // namespace TaskJson
