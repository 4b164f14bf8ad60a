#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
struct ExportTask;

// Decides where a report is saved: a save dialog in the last used folder
// (else the user's Downloads) with a sanitized proposed name, or straight into
// the chosen folder when "Save to this folder without asking" is on. An
// existing file is only replaced after the user confirms.
class SaveLocationChooser
{
    Q_DECLARE_TR_FUNCTIONS(SaveLocationChooser)

public:
    // Empty when the user cancelled.
    static QString choose(QWidget *parent, const ExportTask &task);

    // The saved folder if it still exists, else Downloads (made if need be), else home.
    static QString defaultFolder();

private:
    static QString proposedName(const ExportTask &task);
    static bool confirmReplace(QWidget *parent, const QString &path);
};
