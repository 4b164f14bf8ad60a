#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

ApiReply::ApiReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{
}

ApiReply::~ApiReply()
{
    stopPendingWork();
}

QString ApiReply::requestId() const
{
    if (!m_error.requestId.isEmpty())
        return m_error.requestId;
    return m_requestId;
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    stopPendingWork();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = QCoreApplication::translate("ApiReply", "The request was cancelled.");
    finish(error);
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

void ApiReply::stopPendingWork()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    if (QNetworkReply *reply = m_networkReply.data()) {
        m_networkReply.clear();
        // Disconnect first: the abort must not be taken for the attempt's own outcome.
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
