#pragma once

#include <QString>

// What Open may hand to the desktop. The desktop picks the program by the file's
// extension (a ".desktop" file is even run), so only a regular HTML or PDF file
// is opened, never a link, a folder or anything else a task file may name.
class SavedReport
{
public:
    static bool canOpen(const QString &path);
};
