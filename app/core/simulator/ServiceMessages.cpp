#include "simulator/ServiceMessages.h"

QString ServiceMessages::message(const QString &code, const QString &detail, const QString &lang)
{
    return lang == QLatin1String("en") ? english(code, detail) : chinese(code, detail);
}

QString ServiceMessages::english(const QString &code, const QString &detail)
{
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return QStringLiteral("Specified signature does not match our calculation. server string to sign is:") + detail;
    if (code == QLatin1String("IncompleteSignature"))
        return QStringLiteral("The request signature does not conform to Aliyun standards. ") + detail;
    if (code == QLatin1String("MissingParameter"))
        return QStringLiteral(
                   "The input parameter \"%1\" that is mandatory for processing this request is not supplied.")
            .arg(detail);
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return QStringLiteral("Specified time stamp or date value is expired. server time is:") + detail;
    if (code == QLatin1String("InvalidTimeStamp.Format"))
        return QStringLiteral("Specified time stamp or date value is not well formatted.");
    if (code == QLatin1String("SignatureNonceUsed"))
        return QStringLiteral("Specified signature nonce was used already.");
    if (code == QLatin1String("InvalidAccessKeyId.NotFound"))
        return QStringLiteral("Specified access key is not found.");
    if (code == QLatin1String("InvalidAccessKeyId.Inactive"))
        return QStringLiteral("Specified access key is disabled.");
    if (code == QLatin1String("MissingSecurityToken"))
        return QStringLiteral("SecurityToken is mandatory for this action.");
    if (code == QLatin1String("InvalidSecurityToken.MismatchWithAccessKey"))
        return QStringLiteral("Specified SecurityToken mismatch with the AccessKey.");
    if (code == QLatin1String("InvalidSecurityToken.Expired"))
        return QStringLiteral("Specified SecurityToken is expired.");
    if (code == QLatin1String("InvalidAction.NotFound"))
        return QStringLiteral("Specified api is not found, please check your url and method.");
    if (code == QLatin1String("InvalidVersion"))
        return QStringLiteral("Specified parameter Version is not valid.");
    if (code == QLatin1String("UnsupportedHTTPMethod"))
        return QStringLiteral("This http method is not supported.");
    if (code == QLatin1String("Throttling.User"))
        return QStringLiteral("Request was denied due to user flow control.");
    if (code == QLatin1String("ServiceUnavailable"))
        return QStringLiteral("The request has failed due to a temporary failure of the server.");
    if (code == QLatin1String("NoPermission"))
        return QStringLiteral("caller has no permission. You are not authorized to do this action: ") + detail;
    if (code == QLatin1String("IllegalParam"))
        return QStringLiteral("Illegal param: ") + detail;
    return QStringLiteral("The request processing has failed due to some unknown error.");
}

QString ServiceMessages::chinese(const QString &code, const QString &detail)
{
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return QStringLiteral("请求签名与服务端计算结果不一致。服务端待签名字符串为：") + detail;
    if (code == QLatin1String("IncompleteSignature"))
        return QStringLiteral("请求签名不符合阿里云规范。") + detail;
    if (code == QLatin1String("MissingParameter"))
        return QStringLiteral("处理此请求必需的输入参数“%1”未提供。").arg(detail);
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return QStringLiteral("指定的时间戳或日期已过期。服务端时间为：") + detail;
    if (code == QLatin1String("InvalidTimeStamp.Format"))
        return QStringLiteral("指定的时间戳或日期格式不正确。");
    if (code == QLatin1String("SignatureNonceUsed"))
        return QStringLiteral("指定的签名随机数已被使用。");
    if (code == QLatin1String("InvalidAccessKeyId.NotFound"))
        return QStringLiteral("指定的 AccessKey 不存在。");
    if (code == QLatin1String("InvalidAccessKeyId.Inactive"))
        return QStringLiteral("指定的 AccessKey 已被禁用。");
    if (code == QLatin1String("MissingSecurityToken"))
        return QStringLiteral("此操作必须提供 SecurityToken。");
    if (code == QLatin1String("InvalidSecurityToken.MismatchWithAccessKey"))
        return QStringLiteral("指定的 SecurityToken 与 AccessKey 不匹配。");
    if (code == QLatin1String("InvalidSecurityToken.Expired"))
        return QStringLiteral("指定的 SecurityToken 已过期。");
    if (code == QLatin1String("InvalidAction.NotFound"))
        return QStringLiteral("指定的接口不存在，请检查 URL 和请求方法。");
    if (code == QLatin1String("InvalidVersion"))
        return QStringLiteral("指定的 Version 参数无效。");
    if (code == QLatin1String("UnsupportedHTTPMethod"))
        return QStringLiteral("不支持此 HTTP 方法。");
    if (code == QLatin1String("Throttling.User"))
        return QStringLiteral("请求被用户流控拒绝。");
    if (code == QLatin1String("ServiceUnavailable"))
        return QStringLiteral("服务暂时不可用，请稍后重试。");
    if (code == QLatin1String("NoPermission"))
        return QStringLiteral("调用者没有权限。您无权执行此操作：") + detail;
    if (code == QLatin1String("IllegalParam"))
        return QStringLiteral("参数非法：") + detail;
    return QStringLiteral("由于未知错误，请求处理失败。");
}
