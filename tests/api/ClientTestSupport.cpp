#include "ClientTestSupport.h"

#include <QSignalSpy>

ClientHarness::ClientHarness()
    : client(std::make_unique<SecurityCenterClient>(&network, &language))
{
    language.setLanguage(QStringLiteral("zh"));
    client->setEndpoint(ApiEndpoint::custom(server.baseUrl()));
    client->setCredentials(credentials());
    RetryPolicy fast(3, 1, 4);
    fast.setRandomSource([] { return 0.5; });
    client->setRetryPolicy(fast);
}

AccessKeyCredentials ClientHarness::credentials(bool withToken)
{
    AccessKeyCredentials c;
    c.accessKeyId = QStringLiteral("LTAI5tTestKeyId");
    c.accessKeySecret = QStringLiteral("TestSecret/With+Chars=9f3a");
    if (withToken)
        c.securityToken = QStringLiteral("CAIS-sts-token/abc+def==XYZ");
    return c;
}

bool ClientHarness::finishes(ApiReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(timeoutMs);
}

QByteArray ClientHarness::reportListBody()
{
    return QByteArrayLiteral(
        R"j({"RequestId":"REQ-LIST","ReportList":[)j"
        R"j({"ReportId":377665,"Title":"Weekly","ReportType":1,"ReportStatus":"1","IsDefault":"0",)j"
        R"j("ReportVersion":"2.0.0","ReportStartDate":1660000000000,"ReportEndDate":1660600000000,)j"
        R"j("ReportDays":7,"NewField":{"x":1}},)j"
        R"j({"ReportId":"12","Title":"Daily","ReportType":"0","ReportStatus":0,"IsDefault":1,)j"
        R"j("ReportVersion":"1.0.0"}]})j");
}

QByteArray ClientHarness::exportStartedBody(qint64 exportId)
{
    return QByteArrayLiteral(R"j({"RequestId":"REQ-EXPORT","ExportId":)j") + QByteArray::number(exportId)
        + QByteArrayLiteral(R"j(,"ReportId":377665,"ExportDate":"2026-11-28","FileName":"weekly_2026.html",)j"
                            R"j("ExportStatus":"exporting"})j");
}

QByteArray ClientHarness::exportStatusBody(const QByteArray &status)
{
    return QByteArrayLiteral(
               R"j({"ExportId":2,"RequestId":"REQ-STATUS","DownloadUrl":"https://b.oss-cn-hangzhou.aliyuncs.com/r/x.html)j"
               R"j(?Expires=1671448125&OSSAccessKeyId=LTAIossKey&Signature=abc%2Bdef%3D","UrlExpiredTime":1660113647000,)j"
               R"j("ExportDate":"2022-12-15","ReportId":377665,"ExportStatus":)j")
        + status + '}';
}

QByteArray ClientHarness::errorBody(const QByteArray &code, const QByteArray &message)
{
    return QByteArrayLiteral(R"j({"RequestId":"REQ-ERR","HostId":"tds.aliyuncs.com","Code":")j") + code
        + QByteArrayLiteral(R"j(","Message":")j") + message
        + QByteArrayLiteral(R"j(","Recommend":"https://api.aliyun.com/troubleshoot?q=)j") + code + "\"}";
}
