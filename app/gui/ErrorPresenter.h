#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"

#include <QCoreApplication>
#include <QString>

// Turns an ApiError into the rich text the widgets show: the core's
// explanation and hint (ApiErrorText), then Code, Message and RequestId so the
// user can quote them. Produced on demand; nothing is cached.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static QString describe(const ApiError &error, ApiReply::Operation operation);
    // Wrong key, wrong secret, no permission, bad token: the fix is in the account.
    static bool suggestsAccountEdit(const ApiError &error);
};
