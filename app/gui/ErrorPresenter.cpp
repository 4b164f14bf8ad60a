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
    const QString &code = error.code;
    return code.startsWith(QLatin1String("InvalidAccessKeyId")) || code == QLatin1String("SignatureDoesNotMatch")
        || code == QLatin1String("IncompleteSignature") || code == QLatin1String("NoPermission")
        || code == QLatin1String("Forbidden.RAM") || code.startsWith(QLatin1String("InvalidSecurityToken"));
}
