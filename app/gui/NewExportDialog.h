#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/ExportType.h"
#include "api/ReportInfo.h"

#include <QDialog>
#include <QList>
#include <QPointer>

namespace Ui {
class NewExportDialog;
}
class SecurityCenterClient;

// Lists the account's reports (DescribeCustomizeReportList, loaded
// asynchronously with a busy state and Retry on error) and lets the user pick
// one and a format. PDF is offered only for 2.0.0 reports, with a hint why.
class NewExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewExportDialog)

public:
    explicit NewExportDialog(SecurityCenterClient *client, QWidget *parent = nullptr);
    ~NewExportDialog() override;

    ReportInfo selectedReport() const;
    ExportType selectedType() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onLoaded();
    void fillTree();
    void updateFormatChoice();
    void retranslate();

    Ui::NewExportDialog *m_ui;
    SecurityCenterClient *m_client;
    QPointer<ApiReply> m_reply;
    QList<ReportInfo> m_reports;
    ApiError m_error; // kept raw: its text is produced again on a language switch
};
