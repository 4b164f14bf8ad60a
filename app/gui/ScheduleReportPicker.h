#pragma once

#include "api/ApiError.h"
#include "api/ReportInfo.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class ApiReply;
class AppContext;
class QComboBox;
class QLabel;
class QPushButton;

// The schedule dialog's report field: the current profile's reports
// (DescribeCustomizeReportList, loaded in the background with a visible busy
// state), in an editable list that also takes a typed ReportId, so a list that
// cannot be fetched (no account, offline, no permission) never blocks the user.
class ScheduleReportPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleReportPicker)

public:
    ScheduleReportPicker(AppContext *context, QWidget *parent = nullptr);
    ~ScheduleReportPicker() override;

    void load();
    void setReportId(qint64 reportId);
    // The chosen item's ReportId, or the positive number typed.
    std::optional<qint64> reportId() const;
    // The chosen report when it is in the list (its title and version).
    std::optional<ReportInfo> report() const;
    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded();
    void fill();
    void retranslate();

    AppContext *m_context;
    QComboBox *m_combo;
    QLabel *m_status;
    QPushButton *m_retry;
    QPointer<ApiReply> m_reply;
    QList<ReportInfo> m_reports;
    ApiError m_error; // kept raw: worded again on a language switch
    bool m_loading = false;
    bool m_waitingForKey = false; // the account's key is still coming from the keychain
};
