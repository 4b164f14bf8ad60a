#include "ErrorPresenter.h"

#include "api/ApiErrorText.h"

QString ErrorPresenter::describe(const ApiError &error, ApiReply::Operation operation)
{
    QString html = ApiErrorText::explanation(error, operation).toHtmlEscaped();
    const QString hint = ApiErrorText::hint(error, operation);
    if (!hint.isEmpty())
        html += QStringLiteral("<br>") + hint.toHtmlEscaped();
    const QString details = ApiErrorText::details(error);
    if (!details.isEmpty())
        html += QStringLiteral("<br><small>") + details.toHtmlEscaped() + QStringLiteral("</small>");
    return html;
}

bool ErrorPresenter::suggestsAccountEdit(const ApiError &error)
{
    switch (ApiErrorText::category(error)) {
    case ApiErrorText::Category::BadAccessKeyId:
    case ApiErrorText::Category::InactiveAccessKey:
    case ApiErrorText::Category::WrongSecret:
    case ApiErrorText::Category::NoPermission: return true;
    default: break;
    }
    return error.code.startsWith(QLatin1String("InvalidSecurityToken"));
}
