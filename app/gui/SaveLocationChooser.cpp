#include "SaveLocationChooser.h"
#include "settings/AppSettings.h"

#include "downloads/FileNameSanitizer.h"
#include "tasks/ExportTask.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QMessageBox>
#include <QStandardPaths>

QString SaveLocationChooser::defaultFolder()
{
    const QString saved = AppSettings().downloadFolder();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    // A Downloads folder that does not exist yet would make the dialog open in
    // the folder the app was started from: make it, or fall back to home.
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && (QFileInfo(downloads).isDir() || QDir().mkpath(downloads)))
        return downloads;
    return QDir::homePath();
}

QString SaveLocationChooser::proposedName(const ExportTask &task)
{
    return FileNameSanitizer::proposedName(task.fileName, task.reportTitle, task.reportId, task.exportDate,
                                           task.exportId, task.exportType);
}

QString SaveLocationChooser::choose(QWidget *parent, const ExportTask &task)
{
    const QString name = proposedName(task);
    AppSettings settings;
    if (!settings.askWhereToSave()) {
        const QString path = QDir(defaultFolder()).filePath(name);
        return !QFileInfo::exists(path) || confirmReplace(parent, path) ? path : QString();
    }

    // Qt's dialog asks about replacing an existing file itself.
    QFileDialog dialog(parent, tr("Save report"), QDir(defaultFolder()).filePath(name));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // Qt's own dialog, so the "without asking" option can sit inside it.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    const QString extension = QFileInfo(name).suffix();
    dialog.setNameFilters({ extension.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
                                ? tr("PDF reports (*.pdf)")
                                : tr("HTML reports (*.html *.htm)"),
                            tr("All files (*)") });
    dialog.setDefaultSuffix(extension);
    auto *noAsk = new QCheckBox(tr("Save to this folder without asking"), &dialog);
    if (auto *layout = dialog.layout())
        layout->addWidget(noAsk);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    settings.setDownloadFolder(QFileInfo(path).absolutePath());
    if (noAsk->isChecked())
        settings.setAskWhereToSave(false);
    return path;
}

bool SaveLocationChooser::confirmReplace(QWidget *parent, const QString &path)
{
    return QMessageBox::question(
               parent, tr("Replace file?"),
               tr("%1 already exists. Replace it with the downloaded report?").arg(QDir::toNativeSeparators(path)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}
