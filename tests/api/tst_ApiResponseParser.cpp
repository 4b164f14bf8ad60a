#include "api/ApiResponseParser.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ExportStatus)

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestApiResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelope_data();
    void envelope();
    void excerptIsShortAndRedacted();
    void exportStatus_data();
    void exportStatus();
    void urlExpiredTime_data();
    void urlExpiredTime();
    void exportInfoFields();
    void downloadUrlKeptByteForByte();
    void reportList_data();
    void reportList();
    void reportListToleratesJunkEntries();
};

void TestApiResponseParser::envelope_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("success") << 200 << QByteArray(R"j({"RequestId":"R1","ExportId":1})j") << ApiError::Kind::None
                             << QString() << QString();
    QTest::newRow("success with code 200") << 200 << QByteArray(R"j({"RequestId":"R1","Code":"200","Message":"OK"})j")
                                           << ApiError::Kind::None << QString() << QString();
    QTest::newRow("unknown fields") << 200 << QByteArray(R"j({"A":{"B":[1,{}]},"ExportId":1,"Z":null})j")
                                    << ApiError::Kind::None << QString() << QString();
    QTest::newRow("NoPermission 403")
        << 403
        << QByteArray(
               R"j({"RequestId":"R2","HostId":"tds","Code":"NoPermission","Message":"caller has no permission",)j"
               R"j("Recommend":"https://api.aliyun.com/troubleshoot?q=NoPermission"})j")
        << ApiError::Kind::Service << QStringLiteral("NoPermission") << QStringLiteral("R2");
    QTest::newRow("error body with 200")
        << 200 << QByteArray(R"j({"RequestId":"R3","Code":"Throttling.User","Message":"slow down"})j")
        << ApiError::Kind::Service << QStringLiteral("Throttling.User") << QStringLiteral("R3");
    QTest::newRow("500 without code") << 500 << QByteArray(R"j({"Message":"boom","RequestId":"R4"})j")
                                      << ApiError::Kind::Service << QString() << QStringLiteral("R4");
    QTest::newRow("empty") << 200 << QByteArray() << ApiError::Kind::MalformedResponse << QString() << QString();
    QTest::newRow("whitespace") << 200 << QByteArrayLiteral(" \r\n ") << ApiError::Kind::MalformedResponse << QString()
                                << QString();
    QTest::newRow("html from a proxy") << 502 << QByteArrayLiteral("<html><body>Bad Gateway</body></html>")
                                       << ApiError::Kind::MalformedResponse << QString() << QString();
    QTest::newRow("truncated") << 200 << QByteArray(R"j({"ExportId":2,"RequestId":"79CF)j")
                               << ApiError::Kind::MalformedResponse << QString() << QString();
    QTest::newRow("array") << 200 << QByteArrayLiteral("[]") << ApiError::Kind::MalformedResponse << QString()
                           << QString();
    QTest::newRow("bare string") << 200 << QByteArray(R"j("ok")j") << ApiError::Kind::MalformedResponse << QString()
                                 << QString();
    QTest::newRow("json object with 404 and no error fields")
        << 404 << QByteArray(R"j({"path":"/x"})j") << ApiError::Kind::MalformedResponse << QString() << QString();
}

void TestApiResponseParser::envelope()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, requestId);
    QJsonObject parsed;
    const ApiError error = ApiResponseParser::parseEnvelope(status, body, &parsed);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.requestId, requestId);
    if (kind == ApiError::Kind::None) {
        QVERIFY(!parsed.isEmpty());
        return;
    }
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
    if (kind == ApiError::Kind::MalformedResponse)
        QCOMPARE(error.detail, QString::fromUtf8(body).simplified());
}

void TestApiResponseParser::excerptIsShortAndRedacted()
{
    QByteArray page = "<html><a href=\"https://b.oss.aliyuncs.com/x.pdf?Expires=1&OSSAccessKeyId=AKX&Signature=SIGX\">"
                      "SecurityToken=TOKX</a>";
    page += QByteArray(5000, 'x') + "</html>";
    const ApiError error = ApiResponseParser::parseEnvelope(200, page, nullptr);
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY(error.detail.size() <= ApiResponseParser::excerptLength);
    QVERIFY(error.detail.startsWith(QLatin1String("<html><a href=\"https://b.oss.aliyuncs.com/x.pdf?")));
    for (const char *leak : { "AKX", "SIGX", "TOKX", "Expires=1" })
        QVERIFY2(!error.detail.contains(QLatin1String(leak)), leak);
}

void TestApiResponseParser::exportStatus_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ExportStatus>("status");
    QTest::addColumn<QString>("raw");
    QTest::newRow("string 2") << QByteArray(R"j("2")j") << ExportStatus::Succeeded << QStringLiteral("2");
    QTest::newRow("number 2") << QByteArrayLiteral("2") << ExportStatus::Succeeded << QStringLiteral("2");
    QTest::newRow("string -1") << QByteArray(R"j("-1")j") << ExportStatus::Failed << QStringLiteral("-1");
    QTest::newRow("number -1") << QByteArrayLiteral("-1") << ExportStatus::Failed << QStringLiteral("-1");
    QTest::newRow("number 0") << QByteArrayLiteral("0") << ExportStatus::Initializing << QStringLiteral("0");
    QTest::newRow("string 1 padded") << QByteArray(R"j(" 1 ")j") << ExportStatus::Exporting << QStringLiteral(" 1 ");
    QTest::newRow("success") << QByteArray(R"j("success")j") << ExportStatus::Succeeded << QStringLiteral("success");
    QTest::newRow("exporting") << QByteArray(R"j("exporting")j") << ExportStatus::Exporting
                               << QStringLiteral("exporting");
    QTest::newRow("fail") << QByteArray(R"j("fail")j") << ExportStatus::Failed << QStringLiteral("fail");
    QTest::newRow("upper case") << QByteArray(R"j("SUCCESS")j") << ExportStatus::Succeeded << QStringLiteral("SUCCESS");
    QTest::newRow("unknown word") << QByteArray(R"j("queued")j") << ExportStatus::Unknown << QStringLiteral("queued");
    QTest::newRow("unknown number") << QByteArrayLiteral("3") << ExportStatus::Unknown << QStringLiteral("3");
    QTest::newRow("fraction") << QByteArrayLiteral("1.5") << ExportStatus::Unknown << QStringLiteral("1.5");
    QTest::newRow("null") << QByteArrayLiteral("null") << ExportStatus::Unknown << QString();
    QTest::newRow("object") << QByteArray(R"j({"v":2})j") << ExportStatus::Unknown << QString();
}

void TestApiResponseParser::exportStatus()
{
    QFETCH(QByteArray, json);
    QFETCH(ExportStatus, status);
    QFETCH(QString, raw);
    const ExportInfo info
        = ApiResponseParser::parseExportInfo(object(R"j({"ExportId":5,"ExportStatus":)j" + json + '}'));
    QCOMPARE(info.status, status);
    QCOMPARE(info.rawStatus, raw);
    QCOMPARE(info.exportId, 5);
}

void TestApiResponseParser::urlExpiredTime_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expectedMs"); // 0: invalid
    QTest::newRow("milliseconds") << QByteArrayLiteral("1660113647000") << qint64(1660113647000);
    QTest::newRow("seconds") << QByteArrayLiteral("1660113647") << qint64(1660113647000);
    QTest::newRow("ms as string") << QByteArray(R"j("1660113647000")j") << qint64(1660113647000);
    QTest::newRow("s as string") << QByteArray(R"j("1660113647")j") << qint64(1660113647000);
    QTest::newRow("zero") << QByteArrayLiteral("0") << qint64(0);
    QTest::newRow("negative") << QByteArrayLiteral("-5") << qint64(0);
    QTest::newRow("text") << QByteArray(R"j("soon")j") << qint64(0);
    QTest::newRow("null") << QByteArrayLiteral("null") << qint64(0);
}

void TestApiResponseParser::urlExpiredTime()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expectedMs);
    const ExportInfo info = ApiResponseParser::parseExportInfo(object(R"j({"UrlExpiredTime":)j" + json + '}'));
    if (expectedMs == 0) {
        QVERIFY(!info.urlExpiresAt.isValid());
    } else {
        QCOMPARE(info.urlExpiresAt.toMSecsSinceEpoch(), expectedMs);
        QCOMPARE(info.urlExpiresAt.timeSpec(), Qt::UTC);
    }
}

void TestApiResponseParser::exportInfoFields()
{
    const QJsonObject body = object(R"j({"ExportId":"2","RequestId":"79CFF74D","ExportDate":"2022-12-15",)j"
                                    R"j("ReportId":377665,"ExportStatus":"2","FileName":"test_1.html","Extra":[1]})j");
    const ExportInfo info = ApiResponseParser::parseExportInfo(body);
    QCOMPARE(info.exportId, 2);
    QCOMPARE(info.reportId, 377665);
    QCOMPARE(info.requestId, QStringLiteral("79CFF74D"));
    QCOMPARE(info.exportDate, QStringLiteral("2022-12-15"));
    QCOMPARE(info.fileName, QStringLiteral("test_1.html"));
    QVERIFY(info.downloadUrl.isEmpty());
    QCOMPARE(info.rawBody, body);
}

void TestApiResponseParser::downloadUrlKeptByteForByte()
{
    const QString url
        = QStringLiteral("https://xxxxxxxx.oss-cn-hangzhou-1.aliyuncs.com/a%20b/r.html?Expires=1671448125&"
                         "OSSAccessKeyId=xxx&Signature=Ab%2Bc%2Fd%3D&response-content-disposition=x%3By");
    QJsonObject body;
    body.insert(QStringLiteral("DownloadUrl"), url);
    const ExportInfo info = ApiResponseParser::parseExportInfo(body);
    QCOMPARE(info.downloadUrl.toString(QUrl::FullyEncoded), url);
    QCOMPARE(info.downloadUrl.toEncoded(), url.toLatin1());
}

void TestApiResponseParser::reportList_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<qint64>("reportId");
    QTest::addColumn<int>("reportType");
    QTest::addColumn<QString>("reportStatus");
    QTest::addColumn<bool>("isDefault");
    QTest::addColumn<bool>("pdf");
    QTest::newRow("documented types") << QByteArray(
        R"j({"ReportId":377665,"ReportType":1,"ReportStatus":"1","IsDefault":"0","ReportVersion":"2.0.0"})j")
                                      << qint64(377665) << 1 << QStringLiteral("1") << false << true;
    QTest::newRow("numbers as strings") << QByteArray(
        R"j({"ReportId":"12","ReportType":"4","ReportStatus":0,"IsDefault":1,"ReportVersion":"1.0.0"})j")
                                        << qint64(12) << 4 << QStringLiteral("0") << true << false;
    QTest::newRow("booleans") << QByteArray(R"j({"ReportId":3,"IsDefault":true,"ReportVersion":" 2.0.0 "})j")
                              << qint64(3) << -1 << QString() << true << true;
    QTest::newRow("missing everything") << QByteArrayLiteral("{}") << qint64(0) << -1 << QString() << false << false;
}

void TestApiResponseParser::reportList()
{
    QFETCH(QByteArray, entry);
    QFETCH(qint64, reportId);
    QFETCH(int, reportType);
    QFETCH(QString, reportStatus);
    QFETCH(bool, isDefault);
    QFETCH(bool, pdf);
    const QList<ReportInfo> reports
        = ApiResponseParser::parseReportList(object(R"j({"RequestId":"R","ReportList":[)j" + entry + "]}"));
    QCOMPARE(reports.size(), 1);
    const ReportInfo &report = reports.constFirst();
    QCOMPARE(report.reportId, reportId);
    QCOMPARE(report.reportType, reportType);
    QCOMPARE(report.reportStatus, reportStatus);
    QCOMPARE(report.isDefault, isDefault);
    QCOMPARE(report.supportsPdf(), pdf);
}

void TestApiResponseParser::reportListToleratesJunkEntries()
{
    const QList<ReportInfo> reports = ApiResponseParser::parseReportList(
        object(R"j({"ReportList":[1,"x",null,{"ReportId":5,"Title":"T","ReportStartDate":1660000000000,)j"
               R"j("ReportEndDate":"1660600000","ReportDays":"7"}]})j"));
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).title, QStringLiteral("T"));
    QCOMPARE(reports.at(0).reportStartDate.toMSecsSinceEpoch(), 1660000000000);
    QCOMPARE(reports.at(0).reportEndDate.toMSecsSinceEpoch(), 1660600000000);
    QCOMPARE(reports.at(0).reportDays, 7);
    QVERIFY(ApiResponseParser::parseReportList(object(R"j({"ReportList":"nope"})j")).isEmpty());
}

QTEST_GUILESS_MAIN(TestApiResponseParser)
#include "tst_ApiResponseParser.moc"
