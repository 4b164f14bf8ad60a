#include "ScheduleReportPicker.h"

#include "AppContext.h"
#include "ErrorPresenter.h"
#include "api/ApiReply.h"
#include "api/SecurityCenterClient.h"
#include "credentials/CredentialSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ScheduleReportPicker::ScheduleReportPicker(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    m_combo->setObjectName(QStringLiteral("reportCombo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentTextChanged, this, &ScheduleReportPicker::changed);
    connect(m_retry, &QPushButton::clicked, this, &ScheduleReportPicker::load);
    // Queued: AppContext hands the key to the client on the same change first.
    connect(
        m_context->credentials(), &CredentialSession::stateChanged, this,
        [this](CredentialSession::State state) {
            if (m_waitingForKey && state != CredentialSession::State::Loading
                && state != CredentialSession::State::Retrying) {
                m_waitingForKey = false;
                load();
            }
        },
        Qt::QueuedConnection);
    retranslate();
}

ScheduleReportPicker::~ScheduleReportPicker()
{
    if (m_reply) {
        m_reply->disconnect(this); // its finished() must not reach a half-destroyed dialog
        m_reply->cancel();
    }
}

void ScheduleReportPicker::load()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
    m_error = ApiError();
    m_loading = m_context->hasAccount();
    const CredentialSession::State key = m_context->credentials()->state();
    if (m_loading && !m_context->client()->hasCredentials()
        && (key == CredentialSession::State::Loading || key == CredentialSession::State::Retrying)) {
        // Opened right after the start: ask once the key has arrived, instead of
        // saying the account has none.
        m_waitingForKey = true;
        retranslate();
        return;
    }
    if (m_loading) {
        m_reply = m_context->client()->describeCustomizeReportList();
        connect(m_reply, &ApiReply::finished, this, &ScheduleReportPicker::onLoaded);
    }
    retranslate();
}

void ScheduleReportPicker::onLoaded()
{
    ApiReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    m_loading = false;
    if (!reply->error().isError()) {
        m_reports = reply->reports();
        fill();
    } else if (reply->error().kind != ApiError::Kind::Cancelled) {
        m_error = reply->error();
    }
    retranslate();
    Q_EMIT changed();
}

void ScheduleReportPicker::fill()
{
    const std::optional<qint64> chosen = reportId();
    const QString typed = m_combo->currentText();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const ReportInfo &report : std::as_const(m_reports)) {
            const QString title = report.title.isEmpty() ? tr("Report %1").arg(report.reportId) : report.title;
            m_combo->addItem(tr("%1 — ReportId %2").arg(title).arg(report.reportId), report.reportId);
        }
        const int index = chosen ? m_combo->findData(*chosen) : -1;
        m_combo->setCurrentIndex(index);
        if (index < 0)
            m_combo->setEditText(typed);
    }
    Q_EMIT changed();
}

void ScheduleReportPicker::setReportId(qint64 reportId)
{
    const int index = m_combo->findData(reportId);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else
        m_combo->setEditText(QString::number(reportId));
}

std::optional<qint64> ScheduleReportPicker::reportId() const
{
    const QString text = m_combo->currentText().trimmed();
    const int index = m_combo->findText(text);
    if (index >= 0)
        return m_combo->itemData(index).toLongLong();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<ReportInfo> ScheduleReportPicker::report() const
{
    const std::optional<qint64> id = reportId();
    for (const ReportInfo &report : m_reports) {
        if (id && report.reportId == *id)
            return report;
    }
    return std::nullopt;
}

void ScheduleReportPicker::retranslate()
{
    m_combo->lineEdit()->setPlaceholderText(tr("Choose a report or type its ReportId"));
    if (m_loading)
        m_status->setText(tr("Loading the report list…"));
    else if (m_error.isError())
        m_status->setText(
            tr("The report list could not be loaded: %1 You can type the ReportId instead.")
                .arg(ErrorPresenter::describe(m_error, ApiReply::Operation::DescribeCustomizeReportList)));
    else if (!m_context->hasAccount())
        m_status->setText(tr("No account is in use, so there is no report list: type the ReportId."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
    m_retry->setText(tr("Retry"));
    m_retry->setVisible(m_error.isError());
    if (!m_reports.isEmpty())
        fill();
}

void ScheduleReportPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
