#include "VerifyArchiveDialog.h"

#include "archive/ArchiveVerifier.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    StatusColumn,
    PathColumn,
    RecordedColumn,
    FoundColumn,
    ColumnCount,
};

double mebibytes(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

} // namespace

VerifyArchiveDialog::VerifyArchiveDialog(const QVector<ArchiveEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_verifier(new ArchiveVerifier(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_list->setVisible(false);
    m_progressBar->setRange(0, qMax(1, int(entries.size())));
    m_progressBar->setValue(0);
    resize(760, 420);

    // Cancel stops the check (within one chunk) and keeps what was found; Close closes.
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_finished)
            reject();
        else
            m_verifier->cancel();
    });
    connect(m_verifier, &ArchiveVerifier::progress, this, &VerifyArchiveDialog::onProgress);
    connect(m_verifier, &ArchiveVerifier::entryChecked, this, &VerifyArchiveDialog::onChecked);
    connect(m_verifier, &ArchiveVerifier::finished, this, &VerifyArchiveDialog::onFinished);
    retranslate();
}

VerifyArchiveDialog::~VerifyArchiveDialog() = default;

void VerifyArchiveDialog::start()
{
    if (m_entries.isEmpty()) {
        onFinished();
        return;
    }
    m_verifier->start(m_entries);
}

void VerifyArchiveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VerifyArchiveDialog::onProgress(int done, int total, qint64 bytes)
{
    Q_UNUSED(total)
    m_done = done;
    m_bytes = bytes;
    m_progressBar->setValue(done);
    updateTexts();
}

void VerifyArchiveDialog::onChecked(const ArchiveCheck &check)
{
    if (!check.differs())
        return;
    m_differing.append(check);
    m_list->setVisible(true);
    addRow(check);
}

void VerifyArchiveDialog::onFinished()
{
    m_finished = true;
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_progressBar->setValue(m_progressBar->maximum());
    updateTexts();
}

QString VerifyArchiveDialog::summaryText() const
{
    const int total = int(m_entries.size());
    if (!m_finished)
        return QString();
    if (m_verifier->wasCancelled())
        return tr("Cancelled after %1 of %n saved report(s); %2 differ so far.", nullptr, total)
            .arg(m_verifier->checkedCount())
            .arg(m_differing.size());
    if (total == 0)
        return tr("The export history lists no saved reports.");
    if (m_differing.isEmpty())
        return tr("All %n saved report(s) match their recorded SHA-256.", nullptr, total);
    return tr("%1 of %n saved report(s) differ from the export history.", nullptr, total).arg(m_differing.size());
}

void VerifyArchiveDialog::retranslate()
{
    setWindowTitle(tr("Verify Saved Reports"));
    m_list->setHeaderLabels({ tr("Status"), tr("File"), tr("Recorded SHA-256"), tr("Found SHA-256") });
    updateTexts();
    m_list->clear();
    for (const ArchiveCheck &check : std::as_const(m_differing))
        addRow(check);
}

void VerifyArchiveDialog::updateTexts()
{
    const int total = int(m_entries.size());
    m_progressLabel->setText(tr("%1 of %n file(s) · %2 of %3 MiB", nullptr, total)
                                 .arg(m_done)
                                 .arg(mebibytes(m_bytes), 0, 'f', 1)
                                 .arg(mebibytes(m_verifier->totalBytes()), 0, 'f', 1));
    m_summary->setText(summaryText());
}

void VerifyArchiveDialog::addRow(const ArchiveCheck &check)
{
    QString status;
    switch (check.status) {
    case ArchiveCheck::Status::Ok: status = tr("OK"); break;
    case ArchiveCheck::Status::Missing: status = tr("Missing"); break;
    case ArchiveCheck::Status::Modified: status = tr("Modified"); break;
    case ArchiveCheck::Status::Unreadable: status = tr("Unreadable"); break;
    }
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(StatusColumn, status);
    item->setText(PathColumn, QDir::toNativeSeparators(check.entry.savedPath));
    item->setToolTip(PathColumn, item->text(PathColumn));
    item->setText(RecordedColumn, check.entry.savedSha256);
    item->setText(FoundColumn, check.status == ArchiveCheck::Status::Unreadable ? check.detail : check.foundSha256);
    item->setData(StatusColumn, Qt::UserRole, ArchiveCheck::statusKey(check.status));
}
