#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiReply;
class SecurityCenterClient;
class TaskTableModel;

// An export added by its ExportId learns its ReportId from the first answer,
// but not the report's title: this asks DescribeCustomizeReportList (once per
// profile, one call at a time) and gives such tasks their title, so the row
// says "Vulnerability trend (last 14 days)" rather than "377668". Titles are
// the service's data, not translated text.
class ReportTitleLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTitleLookup)

public:
    // Neither is owned; both must outlive the lookup.
    ReportTitleLookup(SecurityCenterClient *client, TaskTableModel *model, QObject *parent = nullptr);
    ~ReportTitleLookup() override;

    // The task has a ReportId and no title: fills it in now or when the list arrives.
    void fill(qint64 exportId);
    // Another profile: another account's reports.
    void reset();

private:
    void onListed(ApiReply *reply);
    bool apply(qint64 exportId);

    SecurityCenterClient *m_client;
    TaskTableModel *m_model;
    QHash<qint64, QString> m_titles; // ReportId -> title, from the last list
    QSet<qint64> m_waiting; // ExportIds to fill once the list arrives
    QPointer<ApiReply> m_reply;
    bool m_listed = false;
};
