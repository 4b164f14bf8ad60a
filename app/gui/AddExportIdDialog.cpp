#include "AddExportIdDialog.h"

#include "api/IdParser.h"
#include "ui_AddExportIdDialog.h"

#include <QEvent>
#include <QPushButton>

AddExportIdDialog::AddExportIdDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::AddExportIdDialog)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, &AddExportIdDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AddExportIdDialog::~AddExportIdDialog()
{
    delete m_ui;
}

void AddExportIdDialog::validate()
{
    const QString text = m_ui->idEdit->text();
    const IdParser::Result result = IdParser::parse(text);
    m_exportId = result.id;
    // No complaint before the user typed anything.
    m_ui->messageLabel->setText(text.isEmpty() ? QString() : IdParser::problemText(result.problem));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(result.problem == IdParser::Problem::None);
}

void AddExportIdDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        validate();
    }
    QDialog::changeEvent(event);
}
