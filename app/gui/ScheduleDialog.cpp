#include "ScheduleDialog.h"

#include "AppContext.h"
#include "ScheduleHost.h"
#include "ScheduleReportPicker.h"
#include "schedules/FileNameTemplate.h"
#include "schedules/ScheduleClock.h"
#include "schedules/ScheduleText.h"
#include "schedules/ScheduleTiming.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
enum CadenceIndex
{
    DailyIndex,
    WeeklyIndex,
    MonthlyIndex,
};
// The preview's stand-in for the export id the service gives at run time.
constexpr qint64 SampleExportId = 1042;

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ScheduleDialog::ScheduleDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_host(context->schedules())
{
    setObjectName(QStringLiteral("scheduleDialog"));
    // Room for a report title and a folder path without eliding; it grows with longer (translated) texts.
    setMinimumWidth(600);
    buildForm();
    fillProfiles(QString());
    retranslate();
    m_report->load();
    m_name->setFocus();
}

ScheduleDialog::~ScheduleDialog() = default;

QLabel *ScheduleDialog::addRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
    return label;
}

QLabel *ScheduleDialog::addRow(QLayout *field)
{
    auto *label = new QLabel(this);
    m_form->addRow(label, field);
    return label;
}

void ScheduleDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameLabel = addRow(m_name);
    m_report = new ScheduleReportPicker(m_context, this);
    m_reportLabel = addRow(m_report);

    m_html = new QRadioButton(QStringLiteral("HTML"), this);
    m_pdf = new QRadioButton(QStringLiteral("PDF"), this);
    m_html->setObjectName(QStringLiteral("htmlRadio"));
    m_pdf->setObjectName(QStringLiteral("pdfRadio"));
    m_html->setChecked(true);
    m_pdfHint = hintLabel(this);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_html);
    formatRow->addWidget(m_pdf);
    formatRow->addWidget(m_pdfHint, 1);
    m_formatLabel = addRow(formatRow);
    m_formatLabel->setBuddy(m_html);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profileLabel = addRow(m_profile);

    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceCombo"));
    m_cadence->addItems({ QString(), QString(), QString() });
    m_time = new QTimeEdit(QTime(7, 30), this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_cadence);
    cadenceRow->addWidget(m_time);
    cadenceRow->addStretch();
    m_whenLabel = addRow(cadenceRow);
    m_whenLabel->setBuddy(m_cadence);

    m_cadenceDetail = new QStackedWidget(this);
    m_cadenceDetail->addWidget(new QWidget(this));
    auto *weekly = new QWidget(this);
    m_weekdayRow = new QHBoxLayout(weekly);
    m_weekdayRow->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(weekly);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        m_weekdays[size_t(day - 1)] = box;
        connect(box, &QCheckBox::toggled, this, &ScheduleDialog::update);
    }
    m_cadenceDetail->addWidget(weekly);
    auto *monthly = new QWidget(this);
    auto *monthRow = new QHBoxLayout(monthly);
    monthRow->setContentsMargins(0, 0, 0, 0);
    m_monthDay = new QSpinBox(monthly);
    m_monthDay->setObjectName(QStringLiteral("monthDaySpin"));
    m_monthDay->setRange(1, 31);
    m_lastDay = new QCheckBox(monthly);
    m_lastDay->setObjectName(QStringLiteral("lastDayCheck"));
    monthRow->addWidget(m_monthDay);
    monthRow->addWidget(m_lastDay);
    monthRow->addStretch();
    m_cadenceDetail->addWidget(monthly);
    m_daysLabel = addRow(m_cadenceDetail);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    m_folder->setText(QDir::toNativeSeparators(QFileInfo(downloads).isDir() ? downloads : QDir::homePath()));
    m_browse = new QPushButton(this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_folderLabel = addRow(folderRow);
    m_folderLabel->setBuddy(m_folder);

    m_template = new QLineEdit(FileNameTemplate::defaultTemplate(), this);
    m_template->setObjectName(QStringLiteral("templateEdit"));
    m_placeholders = hintLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    auto *templateBox = new QVBoxLayout;
    templateBox->addWidget(m_template);
    templateBox->addWidget(m_placeholders);
    templateBox->addWidget(m_preview);
    m_templateLabel = addRow(templateBox);
    m_templateLabel->setBuddy(m_template);

    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keepSpin"));
    m_keep->setRange(0, 9999);
    m_keepHint = hintLabel(this);
    auto *keepBox = new QVBoxLayout;
    keepBox->addWidget(m_keep, 0, Qt::AlignLeft);
    keepBox->addWidget(m_keepHint);
    m_keepLabel = addRow(keepBox);
    m_keepLabel->setBuddy(m_keep);

    m_nextRun = new QLabel(this);
    m_nextRun->setObjectName(QStringLiteral("nextRunLabel"));
    m_nextRun->setWordWrap(true);
    m_nextRunLabel = addRow(m_nextRun);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    layout->addStretch();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : { m_name, m_folder, m_template })
        connect(edit, &QLineEdit::textChanged, this, &ScheduleDialog::update);
    connect(m_report, &ScheduleReportPicker::changed, this, &ScheduleDialog::update);
    connect(m_pdf, &QRadioButton::toggled, this, &ScheduleDialog::update);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ScheduleDialog::update);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, &ScheduleDialog::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::update);
    connect(m_monthDay, &QSpinBox::valueChanged, this, &ScheduleDialog::update);
    connect(m_lastDay, &QCheckBox::toggled, this, &ScheduleDialog::update);
    connect(m_keep, &QSpinBox::valueChanged, this, &ScheduleDialog::update);
    connect(m_browse, &QPushButton::clicked, this, &ScheduleDialog::browseFolder);
}

void ScheduleDialog::setSchedule(const Schedule &schedule)
{
    m_editing = schedule;
    m_name->setText(schedule.name);
    m_report->setReportId(schedule.reportId);
    (schedule.exportType == ExportType::Pdf ? m_pdf : m_html)->setChecked(true);
    fillProfiles(schedule.profileId);
    const ScheduleCadence &cadence = schedule.cadence;
    m_time->setTime(cadence.time());
    const ScheduleCadence::Kind kind = cadence.kind();
    m_cadence->setCurrentIndex(kind == ScheduleCadence::Kind::Daily
                                   ? DailyIndex
                                   : (kind == ScheduleCadence::Kind::Weekly ? WeeklyIndex : MonthlyIndex));
    for (int day = 1; day <= 7; ++day)
        m_weekdays[size_t(day - 1)]->setChecked(cadence.weekdays().contains(day));
    m_lastDay->setChecked(kind == ScheduleCadence::Kind::Monthly && cadence.monthDay() == ScheduleCadence::LastDay);
    if (cadence.monthDay() != ScheduleCadence::LastDay)
        m_monthDay->setValue(cadence.monthDay());
    m_folder->setText(QDir::toNativeSeparators(schedule.folder));
    m_template->setText(schedule.nameTemplate);
    m_keep->setValue(schedule.keepCount);
    retranslate();
}

void ScheduleDialog::fillProfiles(const QString &chosen)
{
    const QString keep = chosen.isEmpty() ? m_profile->currentData().toString() : chosen;
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    QString current;
    for (const AppContext::ProfileEntry &entry : m_context->profileEntries()) {
        // The demo only where it can run: while it is in use (or already the schedule's).
        const bool demo = entry.id == AppContext::demoProfileId();
        if (demo && !m_context->isDemo() && keep != entry.id)
            continue;
        m_profile->addItem(demo ? m_host->profileName(entry.id) : entry.displayName, entry.id);
        if (entry.current)
            current = entry.id;
    }
    const int index = m_profile->findData(keep.isEmpty() ? current : keep);
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
}

void ScheduleDialog::placeWeekdays()
{
    // The locale's order: Sunday first in English (US), Monday first in Chinese.
    while (QLayoutItem *item = m_weekdayRow->takeAt(0))
        delete item; // the layout item only; the check boxes stay
    for (int day : ScheduleText::localeOrderedWeekdays()) {
        QCheckBox *box = m_weekdays[size_t(day - 1)];
        box->setText(QLocale().dayName(day, QLocale::ShortFormat));
        box->setToolTip(QLocale().dayName(day, QLocale::LongFormat));
        m_weekdayRow->addWidget(box);
    }
    m_weekdayRow->addStretch();
}

void ScheduleDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit schedule") : tr("New schedule"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Weekly risk report"));
    m_reportLabel->setText(tr("&Report:"));
    m_formatLabel->setText(tr("Format:"));
    m_profileLabel->setText(tr("&Profile:"));
    m_whenLabel->setText(tr("&When:"));
    m_cadence->setItemText(DailyIndex, tr("Daily"));
    m_cadence->setItemText(WeeklyIndex, tr("Weekly"));
    m_cadence->setItemText(MonthlyIndex, tr("Monthly"));
    const QByteArray zone = m_editing ? m_editing->timeZoneId : m_host->clock()->zone().id();
    m_time->setToolTip(tr("Local time (%1)").arg(QString::fromUtf8(zone)));
    m_daysLabel->setText(m_cadence->currentIndex() == WeeklyIndex ? tr("On:") : tr("Day:"));
    placeWeekdays();
    m_lastDay->setText(tr("Last day of the month"));
    m_monthDay->setToolTip(tr("In shorter months, days 29 to 31 run on the month's last day."));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("Browse…"));
    m_templateLabel->setText(tr("File &name:"));
    m_placeholders->setText(tr("Placeholders: {title} {date} {exportId} {format} {profile}. "
                               "The extension (.html or .pdf) is added."));
    m_keepLabel->setText(tr("&Keep:"));
    m_keep->setSpecialValueText(tr("All files"));
    m_keep->setSuffix(tr(" newest files"));
    m_keepHint->setText(tr("Older files are deleted only if this schedule saved them and nobody changed them since; "
                           "other files in the folder are never touched."));
    m_nextRunLabel->setText(tr("Next run:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create schedule"));
    fillProfiles(QString());
    update();
}

void ScheduleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ScheduleCadence ScheduleDialog::chosenCadence() const
{
    switch (m_cadence->currentIndex()) {
    case WeeklyIndex: {
        QList<int> days;
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays[size_t(day - 1)]->isChecked())
                days << day;
        }
        return ScheduleCadence::weekly(days, m_time->time());
    }
    case MonthlyIndex:
        return ScheduleCadence::monthly(m_lastDay->isChecked() ? ScheduleCadence::LastDay : m_monthDay->value(),
                                        m_time->time());
    default: break;
    }
    return ScheduleCadence::daily(m_time->time());
}

Schedule ScheduleDialog::candidate() const
{
    Schedule schedule = m_editing.value_or(Schedule());
    if (!m_editing) {
        schedule.timeZoneId = m_host->clock()->zone().id();
        schedule.createdAt = m_host->clock()->now();
    }
    schedule.name = m_name->text().trimmed();
    schedule.reportId = m_report->reportId().value_or(0);
    if (const std::optional<ReportInfo> report = m_report->report())
        schedule.reportTitle = report->title;
    else if (!m_editing || m_editing->reportId != schedule.reportId)
        schedule.reportTitle.clear(); // learned at the first run
    schedule.exportType = m_pdf->isChecked() && m_pdf->isEnabled() ? ExportType::Pdf : ExportType::Html;
    schedule.profileId = m_profile->currentData().toString();
    schedule.cadence = chosenCadence();
    schedule.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    schedule.nameTemplate = m_template->text().trimmed();
    schedule.keepCount = m_keep->value();
    return schedule;
}

QString ScheduleDialog::problem() const
{
    const Schedule s = candidate();
    if (s.name.isEmpty())
        return tr("Give the schedule a name.");
    const std::optional<Schedule> named = m_host->store()->find(s.name);
    if ((named && (!m_editing || named->id != m_editing->id)) || s.name == m_takenName)
        return tr("There is already a schedule named “%1”. Choose another name.").arg(s.name);
    if (s.reportId <= 0)
        return tr("Choose a report, or type its ReportId (a number).");
    if (s.profileId.isEmpty())
        return tr("Choose the profile whose AccessKey runs the schedule.");
    if (s.cadence.kind() == ScheduleCadence::Kind::Weekly && s.cadence.weekdays().isEmpty())
        return tr("Choose at least one weekday.");
    if (s.folder.isEmpty())
        return tr("Choose the folder the reports are saved in.");
    const QFileInfo folder(s.folder);
    if (!folder.isAbsolute() || !folder.isDir())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(s.folder));
    if (!folder.isWritable())
        return tr("ReportDesk cannot write to the folder %1.").arg(QDir::toNativeSeparators(s.folder));
    const QString templateProblem = FileNameTemplate::problem(s.nameTemplate);
    if (templateProblem == QLatin1String("{") || templateProblem == QLatin1String("}"))
        return tr("The file name has an unmatched brace “%1”.").arg(templateProblem);
    if (!templateProblem.isEmpty())
        return tr("The file name has an unknown placeholder %1.").arg(templateProblem);
    return {};
}

void ScheduleDialog::update()
{
    m_cadenceDetail->setCurrentIndex(m_cadence->currentIndex());
    const bool detail = m_cadence->currentIndex() != DailyIndex;
    m_cadenceDetail->setVisible(detail);
    m_daysLabel->setVisible(detail);
    m_daysLabel->setText(m_cadence->currentIndex() == WeeklyIndex ? tr("On:") : tr("Day:"));
    m_monthDay->setEnabled(!m_lastDay->isChecked());
    const std::optional<ReportInfo> report = m_report->report();
    const bool pdf = !report || report->supportsPdf();
    m_pdf->setEnabled(pdf);
    if (!pdf)
        m_html->setChecked(true);
    m_pdfHint->setText(pdf ? QString() : tr("PDF is available only for version 2.0.0 reports."));

    const QString problemText = problem();
    m_problem->setText(problemText);
    m_problem->setVisible(!problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problemText.isEmpty());

    const Schedule s = candidate();
    QDateTime last;
    if (m_editing) {
        if (const std::optional<ScheduleOccurrence> o = m_host->store()->latestOccurrence(m_editing->id))
            last = o->occursAt;
    }
    Schedule active = s;
    active.paused = false; // when it would run, paused or not
    const QDateTime next
        = s.cadence.isValid() ? ScheduleTiming::nextRun(active, last, m_host->clock()->now()) : QDateTime();
    m_nextRun->setText(next.isValid() ? tr("%1 — next on %2")
                                            .arg(ScheduleText::cadence(s.cadence),
                                                 ScheduleText::dateTime(next, m_host->clock()->zone()))
                                      : tr("Choose when it runs."));
    updatePreview(s, next);
}

void ScheduleDialog::updatePreview(const Schedule &s, const QDateTime &next)
{
    if (!FileNameTemplate::problem(s.nameTemplate).isEmpty()) {
        m_preview->clear();
        return;
    }
    FileNameTemplate::Values values;
    // Before a report is chosen, a stand-in says where its title goes.
    values.title = !s.reportTitle.isEmpty() || s.reportId > 0 ? s.reportTitle : tr("Report title");
    values.reportId = s.reportId;
    values.date = (next.isValid() ? next : m_host->clock()->now()).toTimeZone(m_host->clock()->zone()).date();
    values.exportId = SampleExportId;
    values.type = s.exportType;
    // What the runner puts in {profile}: the profile's name, "demo" for the simulator.
    values.profile = s.profileId == AppContext::demoProfileId() ? QStringLiteral("demo") : m_profile->currentText();
    m_preview->setText(tr("Next file, for example: %1").arg(FileNameTemplate::expand(s.nameTemplate, values)));
}

void ScheduleDialog::browseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the reports"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ScheduleDialog::accept()
{
    if (!problem().isEmpty())
        return;
    Schedule schedule = candidate();
    const ScheduleStore::Result result = m_editing ? m_host->update(schedule) : m_host->add(&schedule);
    if (result == ScheduleStore::Result::Ok) {
        m_savedId = schedule.id;
        QDialog::accept();
        return;
    }
    if (result == ScheduleStore::Result::NameTaken) {
        // Taken meanwhile (by the CLI): said inline, and nothing typed is lost.
        m_takenName = schedule.name;
        update();
        return;
    }
    QMessageBox::warning(this, tr("Schedule not saved"),
                         result == ScheduleStore::Result::NotFound
                             ? tr("The schedule was deleted meanwhile.")
                             : tr("The schedule could not be saved (%1).").arg(m_host->store()->errorText()));
}
