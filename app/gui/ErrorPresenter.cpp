#include "ErrorPresenter.h"

#include "api/ApiErrorText.h"

namespace {
QString line(const QString &label, const QString &value)
{
    return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString ErrorPresenter::describe(const ApiError &error, ApiReply::Operation operation)
{
    return summary(error, operation).toHtmlEscaped() + QStringLiteral("<br>") + detailsHtml(error, operation);
}

QString ErrorPresenter::summary(const ApiError &error, ApiReply::Operation operation, const QString &reportTitle)
{
    if (ApiErrorText::category(error) == ApiErrorText::Category::NoPermission && !reportTitle.isEmpty())
        return tr("Export of “%1” refused: %2").arg(reportTitle, ApiErrorText::explanation(error, operation));
    return ApiErrorText::explanation(error, operation);
}

QString ErrorPresenter::detailsHtml(const ApiError &error, ApiReply::Operation operation)
{
    QStringList parts;
    const QString hint = ApiErrorText::hint(error, operation);
    if (!hint.isEmpty())
        parts << hint.toHtmlEscaped();
    const QString lines = labelledLines(error);
    if (!lines.isEmpty())
        parts << lines;
    return parts.join(QStringLiteral("<br>"));
}

QString ErrorPresenter::labelledLines(const ApiError &error)
{
    QStringList lines;
    const bool service = error.kind == ApiError::Kind::Service;
    if (service && !error.code.isEmpty())
        lines << line(tr("Code:"), error.code);
    if (service && !error.message.isEmpty())
        lines << line(ApiErrorText::messageLabel(error.lang), error.message);
    if (!error.requestId.isEmpty())
        lines << line(tr("RequestId:"), error.requestId);
    if (error.httpStatus > 0)
        lines << line(tr("HTTP status:"), QString::number(error.httpStatus));
    if (!error.detail.isEmpty() && !ApiErrorText::isRawBody(error.detail))
        lines << line(tr("Detail:"), error.detail);
    return lines.join(QStringLiteral("<br>"));
}

QString ErrorPresenter::rawAnswer(const ApiError &error)
{
    return ApiErrorText::isRawBody(error.detail) ? error.detail : QString();
}

bool ErrorPresenter::suggestsAccountEdit(const ApiError &error)
{
    switch (ApiErrorText::category(error)) {
    case ApiErrorText::Category::BadAccessKeyId:
    case ApiErrorText::Category::InactiveAccessKey:
    case ApiErrorText::Category::WrongSecret:
    case ApiErrorText::Category::SecurityToken:
    case ApiErrorText::Category::NoPermission: return true;
    default: break;
    }
    return false;
}
