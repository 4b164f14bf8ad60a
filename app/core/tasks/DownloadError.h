#pragma once

#include <QString>

struct DownloadResult;
struct TaskError;

// A failed download as a task keeps it (its row, the history): the stable kind
// ("download:disk-full", DownloadResult::kindKey) in TaskError::code and the raw,
// untranslated detail (OSS Code and Message, the file error, the byte counts)
// in TaskError::message, one field per line. Nothing translated is stored: the
// sentence is worded again, in the current language, each time it is shown.
class DownloadError
{
public:
    static TaskError taskError(const DownloadResult &result);
    static bool isDownloadError(const TaskError &error);
    // The sentence for the user, in the current language (DownloadResult::message()).
    static QString text(const TaskError &error);

    // What the task's error holds, back as the result it was made from (wording only).
    static DownloadResult result(const TaskError &error);
};
