#pragma once

#include "schedules/Schedule.h"

#include <QDialog>

#include <array>
#include <optional>

class AppContext;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class ScheduleHost;
class ScheduleReportPicker;

// Creates or edits a schedule: name, report (the current profile's report list,
// or a typed ReportId when the list cannot be had), format, profile, cadence
// and time, folder, file-name template with a live preview of the next file,
// and how many files to keep. Problems show inline and keep OK disabled; the
// next run is shown live in local time. Built in code: its rows change with the
// cadence, and the weekdays' order with the language.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    ScheduleDialog(AppContext *context, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // Edit this one instead of creating a new one.
    void setSchedule(const Schedule &schedule);
    // After accept: the id of the schedule saved.
    QString savedScheduleId() const { return m_savedId; }
    // The first problem that keeps OK disabled, worded now; empty when none.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    QLabel *addRow(QWidget *field);
    QLabel *addRow(QLayout *field);
    void fillProfiles(const QString &chosen);
    void placeWeekdays();
    void retranslate();
    void update();
    void updatePreview(const Schedule &schedule, const QDateTime &next);
    ScheduleCadence chosenCadence() const;
    Schedule candidate() const;
    void browseFolder();

    AppContext *m_context;
    ScheduleHost *m_host;
    std::optional<Schedule> m_editing;
    QString m_savedId;
    QString m_takenName; // refused by the store at accept (taken meanwhile)

    QFormLayout *m_form;
    QLineEdit *m_name;
    ScheduleReportPicker *m_report;
    QRadioButton *m_html;
    QRadioButton *m_pdf;
    QLabel *m_pdfHint;
    QComboBox *m_profile;
    QComboBox *m_cadence;
    QTimeEdit *m_time;
    QStackedWidget *m_cadenceDetail;
    QHBoxLayout *m_weekdayRow;
    std::array<QCheckBox *, 7> m_weekdays {}; // Monday first
    QSpinBox *m_monthDay;
    QCheckBox *m_lastDay;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLineEdit *m_template;
    QLabel *m_placeholders;
    QLabel *m_preview;
    QSpinBox *m_keep;
    QLabel *m_keepHint;
    QLabel *m_nextRun;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    // Row labels, worded in retranslate().
    QLabel *m_nameLabel;
    QLabel *m_reportLabel;
    QLabel *m_formatLabel;
    QLabel *m_profileLabel;
    QLabel *m_whenLabel;
    QLabel *m_daysLabel;
    QLabel *m_folderLabel;
    QLabel *m_templateLabel;
    QLabel *m_keepLabel;
    QLabel *m_nextRunLabel;
};
