#include "WelcomePage.h"

#include "ui_WelcomePage.h"

#include <QEvent>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::WelcomePage)
{
    m_ui->setupUi(this);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->useAccessKeyButton, &QPushButton::clicked, this, &WelcomePage::accessKeyRequested);
}

WelcomePage::~WelcomePage()
{
    delete m_ui;
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
