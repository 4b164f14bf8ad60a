#include "BannerWidget.h"

#include "Icons.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int SummaryLines = 2;

// The text as it fits in lines of this width, the last one elided: a long
// explanation never pushes the table down by five lines.
QString elideToLines(const QString &text, const QFont &font, int width, int lines)
{
    if (width <= 0)
        return text;
    QTextLayout layout(text, font);
    layout.beginLayout();
    QString shown;
    for (int line = 0; line < lines; ++line) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        const QString part = text.mid(textLine.textStart(), textLine.textLength());
        if (line == lines - 1 && textLine.textStart() + textLine.textLength() < text.size()) {
            shown += QFontMetrics(font).elidedText(text.mid(textLine.textStart()), Qt::ElideRight, width);
            break;
        }
        shown += part;
    }
    layout.endLayout();
    return shown;
}
} // namespace

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_primary(new QPushButton(this))
    , m_secondary(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("bannerTextLabel"));
    m_details->setObjectName(QStringLiteral("bannerDetailsLabel"));
    m_detailsButton->setObjectName(QStringLiteral("bannerDetailsButton"));
    m_copyButton->setObjectName(QStringLiteral("bannerCopyRequestIdButton"));
    m_primary->setObjectName(QStringLiteral("bannerActionButton"));
    m_secondary->setObjectName(QStringLiteral("bannerSecondaryButton"));
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));

    m_icon->setPixmap(Icons::get(QStringLiteral("warning")).pixmap(20, 20));
    m_icon->setAlignment(Qt::AlignTop);
    // The label takes the width it is given and the text is elided to fit,
    // instead of the banner growing to the text.
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_summary->setMinimumWidth(1);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_details->setMinimumWidth(1); // takes the width the summary has, not its own guess
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_details->hide();
    m_summary->installEventFilter(this);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_copyButton->setAutoRaise(true);
    m_copyButton->hide();
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_summary);
    text->addWidget(m_details);
    text->addWidget(m_copyButton, 0, Qt::AlignLeft);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_secondary, 0, Qt::AlignTop);
    row->addWidget(m_primary, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_copyButton->setVisible(shown && !m_requestId.isEmpty());
        updateSummary();
    });
    connect(m_details, &QLabel::linkActivated, this, [this] {
        m_rawShown = !m_rawShown;
        updateDetails();
    });
    connect(m_copyButton, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_requestId); });
    connect(m_primary, &QPushButton::clicked, this, &BannerWidget::primaryClicked);
    connect(m_secondary, &QPushButton::clicked, this, &BannerWidget::secondaryClicked);
    connect(m_close, &QToolButton::clicked, this, &BannerWidget::closeClicked);
    retranslate();
    setActions({});
}

void BannerWidget::setContent(const QString &summary, const QString &detailsHtml, const QString &requestId,
                              const QString &raw)
{
    m_summaryText = summary;
    m_requestId = requestId;
    if (raw != m_raw)
        m_rawShown = false;
    m_detailsHtml = detailsHtml;
    m_raw = raw;
    updateDetails();
    m_detailsButton->setVisible(!detailsHtml.isEmpty());
    if (detailsHtml.isEmpty())
        m_detailsButton->setChecked(false);
    m_copyButton->setVisible(m_detailsButton->isChecked() && !requestId.isEmpty());
    updateSummary();
}

void BannerWidget::setActions(const QString &primary, const QString &secondary)
{
    m_primary->setText(primary);
    m_primary->setVisible(!primary.isEmpty());
    m_secondary->setText(secondary);
    m_secondary->setVisible(!secondary.isEmpty());
}

QString BannerWidget::fullText() const
{
    return m_summaryText + QLatin1Char('\n') + m_details->text();
}

bool BannerWidget::detailsShown() const
{
    return m_detailsButton->isChecked();
}

void BannerWidget::updateDetails()
{
    QString html = m_detailsHtml;
    if (!m_raw.isEmpty()) {
        html += QStringLiteral("<br><a href='reportdesk:raw'>%1</a>")
                    .arg((m_rawShown ? tr("Hide raw answer") : tr("Show raw answer")).toHtmlEscaped());
        if (m_rawShown)
            html += QStringLiteral("<pre style='white-space:pre-wrap'>%1</pre>").arg(m_raw.toHtmlEscaped());
    }
    m_details->setText(html);
}

void BannerWidget::updateSummary()
{
    // With the details open the whole summary shows; closed, two lines at most.
    const int lines = m_detailsButton->isChecked() ? 1000 : SummaryLines;
    const QString shown = elideToLines(m_summaryText, m_summary->font(), m_summary->contentsRect().width(), lines);
    if (shown != m_summary->text())
        m_summary->setText(shown);
    // A wrapped label asks for the height of its text at a guessed width: cap it
    // at two lines, which the elided text fits.
    const int twoLines = m_summary->fontMetrics().lineSpacing() * SummaryLines + 2 * m_summary->margin() + 2;
    m_summary->setMaximumHeight(m_detailsButton->isChecked() ? QWIDGETSIZE_MAX : twoLines);
    m_summary->setToolTip(m_summary->text() == m_summaryText ? QString() : m_summaryText);
    setAccessibleDescription(m_summaryText);
}

void BannerWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateSummary();
}

bool BannerWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The summary is elided to its own width, known only once the layout gave it one.
    if (watched == m_summary && event->type() == QEvent::Resize)
        updateSummary();
    return QFrame::eventFilter(watched, event);
}

void BannerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BannerWidget::retranslate()
{
    setAccessibleName(tr("Account problem"));
    m_detailsButton->setText(tr("Details"));
    m_copyButton->setText(tr("Copy RequestId"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    updateDetails();
}
