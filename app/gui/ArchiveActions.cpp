#include "ArchiveActions.h"

#include "VerifyArchiveDialog.h"
#include "archive/ArchiveReader.h"
#include "archive/HistoryCsvWriter.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"
#include "tasks/TaskHistoryStore.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHash>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

ArchiveActions::ArchiveActions(QWidget *window, TaskHistoryStore *store, ProfileRepository *profiles, QMenu *menu,
                               QAction *before)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_profiles(profiles)
    , m_verify(new QAction(window))
    , m_exportCsv(new QAction(window))
{
    menu->insertAction(before, m_verify);
    menu->insertAction(before, m_exportCsv);
    menu->insertSeparator(before);
    connect(m_verify, &QAction::triggered, this, &ArchiveActions::verify);
    connect(m_exportCsv, &QAction::triggered, this, &ArchiveActions::exportCsv);
    window->installEventFilter(this);
    retranslate();
}

ArchiveActions::~ArchiveActions() = default;

bool ArchiveActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ArchiveActions::retranslate()
{
    m_verify->setText(tr("&Verify Saved Reports…"));
    m_verify->setStatusTip(tr("Check that every saved report still has the SHA-256 recorded when it was saved"));
    m_exportCsv->setText(tr("Export History as &CSV…"));
    m_exportCsv->setStatusTip(tr("Save the list of saved reports with their SHA-256 for auditors"));
}

namespace {

// Every profile's saved reports, removed rows included, with the profiles' names.
QVector<ArchiveEntry> readEntries(TaskHistoryStore *store, ProfileRepository *profiles, QString *problem)
{
    store->flush(); // what this window saved a moment ago is in the file too
    ArchiveReader::Result read = ArchiveReader::read(store->databasePath());
    if (!read.ok) {
        *problem = read.detail;
        return {};
    }
    QHash<QString, QString> names;
    if (profiles) {
        const QList<Profile> all = profiles->profiles();
        for (const Profile &profile : all)
            names.insert(profile.id, profile.name);
    }
    for (ArchiveEntry &entry : read.entries)
        entry.profileName = names.value(entry.profileId);
    return read.entries;
}

} // namespace

void ArchiveActions::verify()
{
    QString problem;
    const QVector<ArchiveEntry> entries = readEntries(m_store, m_profiles, &problem);
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Verify Saved Reports"),
                             tr("The export history could not be read.\n%1").arg(problem));
        return;
    }
    auto *dialog = new VerifyArchiveDialog(entries, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
}

void ArchiveActions::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposed = QDir(folder).filePath(
        QStringLiteral("reportdesk-history-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export History as CSV"), proposed, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString problem;
    const QVector<ArchiveEntry> entries = readEntries(m_store, m_profiles, &problem);
    if (problem.isEmpty() && !HistoryCsvWriter::writeFile(path, entries, &problem) && problem.isEmpty())
        problem = tr("Unknown error");
    if (!problem.isEmpty())
        QMessageBox::warning(
            m_window, tr("Export History as CSV"),
            tr("%1 could not be written. Nothing was changed.\n%2").arg(QDir::toNativeSeparators(path), problem));
}
