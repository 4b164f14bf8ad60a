#pragma once

#include "api/ApiError.h"
#include "api/ExportInfo.h"
#include "api/ReportInfo.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

// One logical API call, across all its retry attempts. Emits finished() exactly
// once (success, error or cancel). The caller owns it after finished():
// call deleteLater() then. Before that it is parented to the client.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    enum class Operation
    {
        DescribeCustomizeReportList,
        ExportCustomizeReport,
        DescribeReportExport,
    };

    explicit ApiReply(Operation operation, QObject *parent = nullptr);
    ~ApiReply() override;

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

    // Kind::None on success.
    const ApiError &error() const { return m_error; }

    // DescribeCustomizeReportList
    const QList<ReportInfo> &reports() const { return m_reports; }
    // ExportCustomizeReport / DescribeReportExport
    const ExportInfo &exportInfo() const { return m_exportInfo; }
    QString requestId() const;

    // Stops the call at any point (waiting for a retry, or in flight);
    // finished() follows with Kind::Cancelled unless it already finished.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class SecurityCenterClient;

    // Sets the outcome and emits finished(), once.
    void finish(const ApiError &error);
    void stopPendingWork();

    Operation m_operation;
    bool m_finished = false;
    int m_attempts = 0;
    ApiError m_error;
    QList<ReportInfo> m_reports;
    ExportInfo m_exportInfo;
    QPointer<QNetworkReply> m_networkReply; // the attempt in flight, if any
    QTimer *m_retryTimer = nullptr; // pending backoff, if any

    // The call's state across attempts, kept by SecurityCenterClient.
    QString m_requestId;
    QMap<QString, QString> m_parameters; // business parameters, Lang included, fixed at call time
    int m_retries = 0; // backoff retries used
    bool m_skewCorrected = false; // the one clock-skew retry was used
    QDateTime m_attemptStartedUtc;
    QElapsedTimer m_attemptTimer;
};
