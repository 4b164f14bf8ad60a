#include "NewExportDialog.h"

#include "ErrorPresenter.h"
#include "api/ReportTypeNames.h"
#include "api/SecurityCenterClient.h"
#include "ui_NewExportDialog.h"

#include <QEvent>
#include <QPushButton>

namespace {
enum Page
{
    ListPage,
    BusyPage,
    ErrorPage,
};
constexpr int ReportIndexRole = Qt::UserRole + 1;
} // namespace

NewExportDialog::NewExportDialog(SecurityCenterClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::NewExportDialog)
    , m_client(client)
{
    m_ui->setupUi(this);
    m_ui->reportTree->header()->setStretchLastSection(false);
    m_ui->reportTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &NewExportDialog::load);
    connect(m_ui->reportTree, &QTreeWidget::currentItemChanged, this, &NewExportDialog::updateFormatChoice);
    connect(m_ui->reportTree, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    load();
}

NewExportDialog::~NewExportDialog()
{
    if (m_reply)
        m_reply->cancel();
    delete m_ui;
}

void NewExportDialog::load()
{
    m_error = ApiError();
    m_ui->listStack->setCurrentIndex(BusyPage);
    m_reply = m_client->describeCustomizeReportList();
    connect(m_reply, &ApiReply::finished, this, &NewExportDialog::onLoaded);
    updateFormatChoice();
}

void NewExportDialog::onLoaded()
{
    ApiReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error().isError()) {
        if (reply->error().kind == ApiError::Kind::Cancelled)
            return;
        m_error = reply->error();
        m_ui->errorLabel->setText(ErrorPresenter::describe(m_error, ApiReply::Operation::DescribeCustomizeReportList));
        m_ui->listStack->setCurrentIndex(ErrorPage);
        return;
    }
    m_reports = reply->reports();
    m_ui->listStack->setCurrentIndex(ListPage);
    fillTree();
    m_ui->reportTree->setFocus();
}

void NewExportDialog::fillTree()
{
    const int current
        = m_ui->reportTree->currentItem() ? m_ui->reportTree->currentItem()->data(0, ReportIndexRole).toInt() : 0;
    m_ui->reportTree->clear();
    for (int i = 0; i < m_reports.size(); ++i) {
        const ReportInfo &report = m_reports.at(i);
        auto *item = new QTreeWidgetItem(m_ui->reportTree);
        item->setText(0, report.title.isEmpty() ? QString::number(report.reportId) : report.title);
        item->setToolTip(0, tr("ReportId %1").arg(report.reportId));
        item->setText(1, ReportTypeNames::name(report.reportType));
        item->setText(2, report.reportVersion);
        item->setText(3, report.reportStatus == QLatin1String("1") ? tr("Yes") : tr("No"));
        item->setData(0, ReportIndexRole, i);
        if (i == current)
            m_ui->reportTree->setCurrentItem(item);
    }
    if (!m_ui->reportTree->currentItem() && m_ui->reportTree->topLevelItemCount() > 0)
        m_ui->reportTree->setCurrentItem(m_ui->reportTree->topLevelItem(0));
    updateFormatChoice();
}

ReportInfo NewExportDialog::selectedReport() const
{
    const QTreeWidgetItem *item = m_ui->reportTree->currentItem();
    if (!item)
        return {};
    return m_reports.value(item->data(0, ReportIndexRole).toInt());
}

ExportType NewExportDialog::selectedType() const
{
    return m_ui->pdfRadio->isChecked() && m_ui->pdfRadio->isEnabled() ? ExportType::Pdf : ExportType::Html;
}

void NewExportDialog::updateFormatChoice()
{
    const bool hasSelection = m_ui->listStack->currentIndex() == ListPage && m_ui->reportTree->currentItem();
    const ReportInfo report = selectedReport();
    const bool pdf = hasSelection && report.supportsPdf();
    m_ui->pdfRadio->setEnabled(pdf);
    if (!pdf)
        m_ui->htmlRadio->setChecked(true);
    m_ui->pdfHintLabel->setText(hasSelection && !pdf ? tr("PDF is available only for version 2.0.0 reports.")
                                                     : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hasSelection);
}

void NewExportDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Start export"));
    if (!m_reports.isEmpty())
        fillTree();
    if (m_error.isError())
        m_ui->errorLabel->setText(ErrorPresenter::describe(m_error, ApiReply::Operation::DescribeCustomizeReportList));
    updateFormatChoice();
}

void NewExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
