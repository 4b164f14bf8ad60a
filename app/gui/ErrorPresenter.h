#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QString>

// Turns an ApiError into what the widgets show: a summary sentence (the
// core's explanation, ApiErrorText), and details — what to do, then Code,
// Message, RequestId and HTTP status on labelled lines of their own. A raw
// answer body (a proxy's HTML page, truncated JSON) is kept apart, for a
// "Show raw answer" toggle. Produced on demand; nothing is cached.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    // Rich text: summary, hint and the labelled lines (message boxes).
    static QString describe(const ApiError &error, ApiReply::Operation operation);
    // Plain text: what happened, naming the report when one is given (an export refused).
    static QString summary(const ApiError &error, ApiReply::Operation operation, const QString &reportTitle = {});
    // Rich text: the hint, then the labelled lines.
    static QString detailsHtml(const ApiError &error, ApiReply::Operation operation);
    // The answer's body as received when it is not a service error (empty otherwise).
    static QString rawAnswer(const ApiError &error);
    // Wrong key, wrong secret, no permission, bad token: the fix is in the account.
    static bool suggestsAccountEdit(const ApiError &error);

private:
    static QString labelledLines(const ApiError &error);
};
