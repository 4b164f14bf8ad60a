#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/reportdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    retranslate();
    setMinimumWidth(460);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About ReportDesk"));
    m_text->setText(QStringLiteral("<h2>ReportDesk %1</h2><p>%2</p><p>%3</p><p>%4</p><p><a href='%5'>%5</a></p>")
                        .arg(QStringLiteral(REPORTDESK_VERSION),
                             tr("Export, follow and download Alibaba Cloud Security Center reports.").toHtmlEscaped(),
                             tr("Built with Qt %1, running on Qt %2.")
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                                 .toHtmlEscaped(),
                             tr("Licensed under the GNU General Public License, version 3 or later.").toHtmlEscaped(),
                             QStringLiteral("https://github.com/reportdesk/reportdesk")));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
