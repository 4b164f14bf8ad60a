#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QUrl signedUrl(QStringLiteral("https://bucket.oss-cn-hangzhou.aliyuncs.com/r/a.html?Expires=1671448125&"
                                    "OSSAccessKeyId=LTAIabc&Signature=c2VjcmV0c2ln"));

ExportInfo succeededExport()
{
    ExportInfo info;
    info.exportId = 2;
    info.reportId = 377665;
    info.status = ExportStatus::Succeeded;
    info.rawStatus = QStringLiteral("2");
    info.exportDate = QStringLiteral("2022-12-15");
    info.downloadUrl = signedUrl;
    info.urlExpiresAt = QDateTime::fromMSecsSinceEpoch(1660113647000, Qt::UTC);
    info.requestId = QStringLiteral("79CFF74D-E967-5407-8A78-EE03B925FDAA");
    return info;
}

ApiError serviceError(const QString &code, int status)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = status;
    error.code = code;
    error.message = QStringLiteral("message from the service");
    error.requestId = QStringLiteral("REQ-1");
    return error;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusJson();
    void statusJsonCodes_data();
    void statusJsonCodes();
    void statusJsonWithoutLink();
    void exportStartedJson();
    void reportListJson();
    void errorJson_data();
    void errorJson();
    void jsonLineIsOneLine();
    void exitCodes_data();
    void exitCodes();
    void errorTexts_data();
    void errorTexts();
    void statusTextHidesSignedLink();
    void errorTextShowsCodeAndRequestId();
    void reportTable();
    void displayWidth_data();
    void displayWidth();
    void alignedRowsUseDisplayWidth();
};

void TestCliOutput::statusJson()
{
    const QJsonObject object = CliOutput::exportStatusJson(succeededExport());
    QCOMPARE(sortedKeys(object),
             QStringList({ QStringLiteral("DownloadUrl"), QStringLiteral("ExportDate"), QStringLiteral("ExportId"),
                           QStringLiteral("ExportStatus"), QStringLiteral("ReportId"), QStringLiteral("RequestId"),
                           QStringLiteral("UrlExpiredTime") }));
    QCOMPARE(object.value(QLatin1String("ExportId")).toInteger(), 2);
    QCOMPARE(object.value(QLatin1String("ReportId")).toInteger(), 377665);
    QVERIFY(object.value(QLatin1String("ExportStatus")).isString());
    QCOMPARE(object.value(QLatin1String("ExportStatus")).toString(), QStringLiteral("2"));
    QCOMPARE(object.value(QLatin1String("ExportDate")).toString(), QStringLiteral("2022-12-15"));
    QCOMPARE(object.value(QLatin1String("UrlExpiredTime")).toInteger(), 1660113647000);
    // The link goes out byte for byte: re-encoding its query would break its signature.
    QCOMPARE(object.value(QLatin1String("DownloadUrl")).toString(), signedUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(object.value(QLatin1String("RequestId")).toString(),
             QStringLiteral("79CFF74D-E967-5407-8A78-EE03B925FDAA"));
}

void TestCliOutput::statusJsonCodes_data()
{
    QTest::addColumn<ExportStatus>("status");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::newRow("failed from 'fail'") << ExportStatus::Failed << QStringLiteral("fail") << QStringLiteral("-1");
    QTest::newRow("initializing") << ExportStatus::Initializing << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("exporting from 'exporting'")
        << ExportStatus::Exporting << QStringLiteral("exporting") << QStringLiteral("1");
    QTest::newRow("succeeded") << ExportStatus::Succeeded << QStringLiteral("2") << QStringLiteral("2");
    QTest::newRow("unknown keeps the raw value") << ExportStatus::Unknown << QStringLiteral("7") << QStringLiteral("7");
}

void TestCliOutput::statusJsonCodes()
{
    QFETCH(ExportStatus, status);
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    ExportInfo info = succeededExport();
    info.status = status;
    info.rawStatus = raw;
    QCOMPARE(CliOutput::exportStatusJson(info).value(QLatin1String("ExportStatus")).toString(), expected);
}

void TestCliOutput::statusJsonWithoutLink()
{
    ExportInfo info = succeededExport();
    info.status = ExportStatus::Exporting;
    info.downloadUrl = QUrl();
    info.urlExpiresAt = QDateTime();
    const QJsonObject object = CliOutput::exportStatusJson(info);
    QVERIFY(!object.contains(QLatin1String("DownloadUrl")));
    QVERIFY(!object.contains(QLatin1String("UrlExpiredTime")));
    QCOMPARE(object.value(QLatin1String("ExportStatus")).toString(), QStringLiteral("1"));
}

void TestCliOutput::exportStartedJson()
{
    const QJsonObject object = CliOutput::exportStartedJson(succeededExport());
    QCOMPARE(sortedKeys(object),
             QStringList({ QStringLiteral("ExportId"), QStringLiteral("ReportId"), QStringLiteral("RequestId") }));
    QCOMPARE(object.value(QLatin1String("ExportId")).toInteger(), 2);
    QCOMPARE(object.value(QLatin1String("ReportId")).toInteger(), 377665);
}

void TestCliOutput::reportListJson()
{
    ReportInfo report;
    report.reportId = 9007199254740993; // beyond a double's exact integers
    report.title = QString::fromUtf8("\xE5\x91\xA8\xE6\x8A\xA5");
    report.reportType = 1;
    report.reportStatus = QStringLiteral("1");
    report.isDefault = true;
    report.reportVersion = QStringLiteral("2.0.0");
    report.reportStartDate = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    report.reportDays = 7;

    const QJsonObject object = CliOutput::reportListJson({ report });
    const QJsonArray list = object.value(QLatin1String("ReportList")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(QLatin1String("ReportId")).toInteger(), 9007199254740993);
    QCOMPARE(first.value(QLatin1String("Title")).toString(), report.title);
    QCOMPARE(first.value(QLatin1String("ReportType")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("ReportStatus")).toString(), QStringLiteral("1"));
    QCOMPARE(first.value(QLatin1String("IsDefault")).toString(), QStringLiteral("1"));
    QCOMPARE(first.value(QLatin1String("ReportVersion")).toString(), QStringLiteral("2.0.0"));
    QCOMPARE(first.value(QLatin1String("ReportStartDate")).toInteger(), 1700000000000);
    QVERIFY(!first.contains(QLatin1String("ReportEndDate")));
    QCOMPARE(first.value(QLatin1String("ReportDays")).toInt(), 7);
    // The serialized form keeps the exact 64-bit id.
    QVERIFY(CliOutput::jsonLine(object).contains("9007199254740993"));

    QCOMPARE(CliOutput::reportListJson({}).value(QLatin1String("ReportList")).toArray().size(), 0);
}

void TestCliOutput::errorJson_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("service") << serviceError(QStringLiteral("NoPermission"), 403) << QStringLiteral("NoPermission")
                             << 403;
    ApiError network;
    network.kind = ApiError::Kind::Network;
    network.message = QStringLiteral("Connection refused");
    QTest::newRow("network") << network << QStringLiteral("NetworkError") << 0;
    ApiError timeout;
    timeout.kind = ApiError::Kind::Timeout;
    timeout.detail = QStringLiteral("no answer in 30 s");
    QTest::newRow("timeout") << timeout << QStringLiteral("Timeout") << 0;
    ApiError malformed;
    malformed.kind = ApiError::Kind::MalformedResponse;
    malformed.httpStatus = 200;
    malformed.message = QStringLiteral("not JSON");
    QTest::newRow("malformed") << malformed << QStringLiteral("MalformedResponse") << 200;
}

void TestCliOutput::errorJson()
{
    QFETCH(ApiError, error);
    QFETCH(QString, code);
    QFETCH(int, httpStatus);

    const QJsonObject object = CliOutput::apiErrorJson(error);
    QCOMPARE(sortedKeys(object),
             QStringList({ QStringLiteral("Code"), QStringLiteral("HttpStatus"), QStringLiteral("Message"),
                           QStringLiteral("RequestId") }));
    QCOMPARE(object.value(QLatin1String("Code")).toString(), code);
    QCOMPARE(object.value(QLatin1String("HttpStatus")).toInt(), httpStatus);
    QCOMPARE(object.value(QLatin1String("RequestId")).toString(), error.requestId);
    QVERIFY(!object.value(QLatin1String("Message")).toString().isEmpty());
}

void TestCliOutput::jsonLineIsOneLine()
{
    const QByteArray line = CliOutput::jsonLine(CliOutput::exportStatusJson(succeededExport()));
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QJsonParseError error;
    QJsonDocument::fromJson(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestCliOutput::exitCodes_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("none") << ApiError::Kind::None << 0;
    QTest::newRow("network") << ApiError::Kind::Network << 4;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << 4;
    QTest::newRow("service") << ApiError::Kind::Service << 3;
    QTest::newRow("malformed") << ApiError::Kind::MalformedResponse << 3;
    QTest::newRow("invalid request") << ApiError::Kind::InvalidRequest << 2;
}

void TestCliOutput::exitCodes()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, exitCode);
    ApiError error;
    error.kind = kind;
    QCOMPARE(exitCodeValue(CliOutput::exitCodeFor(error)), exitCode);
}

void TestCliOutput::errorTexts_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<ApiReply::Operation>("operation");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("NoPermission names the RAM action")
        << serviceError(QStringLiteral("NoPermission"), 403) << ApiReply::Operation::DescribeReportExport
        << QStringLiteral("yundun-aegis:DescribeReportExport");
    QTest::newRow("Forbidden.RAM for export")
        << serviceError(QStringLiteral("Forbidden.RAM"), 403) << ApiReply::Operation::ExportCustomizeReport
        << QStringLiteral("yundun-sas:ExportCustomizeReport");
    QTest::newRow("wrong secret") << serviceError(QStringLiteral("SignatureDoesNotMatch"), 400)
                                  << ApiReply::Operation::DescribeCustomizeReportList << QStringLiteral("secret");
    QTest::newRow("unknown key") << serviceError(QStringLiteral("InvalidAccessKeyId.NotFound"), 404)
                                 << ApiReply::Operation::DescribeCustomizeReportList << QStringLiteral("AccessKey ID");
    ApiError skew = serviceError(QStringLiteral("InvalidTimeStamp.Expired"), 400);
    skew.clockSkewMinutes = -23;
    QTest::newRow("clock skew minutes") << skew << ApiReply::Operation::DescribeReportExport << QStringLiteral("23");
    ApiError other = serviceError(QStringLiteral("Something.New"), 400);
    other.recommend = QStringLiteral("https://api.aliyun.com/troubleshoot?q=Something.New");
    QTest::newRow("unknown code uses Recommend")
        << other << ApiReply::Operation::DescribeReportExport << other.recommend;
}

void TestCliOutput::errorTexts()
{
    QFETCH(ApiError, error);
    QFETCH(ApiReply::Operation, operation);
    QFETCH(QString, mentions);
    const QString text = CliOutput::apiErrorText(error, operation);
    QVERIFY2(text.contains(mentions), qPrintable(text));
    // Every error text quotes the RequestId and the service's own message.
    QVERIFY(text.contains(error.requestId));
    QVERIFY(text.contains(error.message));
}

void TestCliOutput::statusTextHidesSignedLink()
{
    const QString text = CliOutput::exportStatusText(succeededExport());
    QVERIFY(text.contains(QStringLiteral("377665")));
    QVERIFY(text.contains(CliOutput::statusName(ExportStatus::Succeeded, QString())));
    QVERIFY(text.contains(QStringLiteral("download 2 --output")));
    QVERIFY(!text.contains(QStringLiteral("c2VjcmV0c2ln")));
    QVERIFY(!text.contains(QStringLiteral("OSSAccessKeyId")));
}

void TestCliOutput::errorTextShowsCodeAndRequestId()
{
    const QString text = CliOutput::apiErrorText(serviceError(QStringLiteral("NoPermission"), 403),
                                                 ApiReply::Operation::DescribeCustomizeReportList);
    QVERIFY(text.contains(QStringLiteral("NoPermission")));
    QVERIFY(text.contains(QStringLiteral("REQ-1")));
    QVERIFY(text.contains(QStringLiteral("message from the service")));
    QVERIFY(text.contains(QStringLiteral("403")));
    QVERIFY(text.contains(QStringLiteral("yundun-sas:DescribeCustomizeReportList")));
}

void TestCliOutput::reportTable()
{
    ReportInfo v1;
    v1.reportId = 11;
    v1.title = QStringLiteral("Weekly summary");
    v1.reportType = 1;
    v1.reportVersion = QStringLiteral("1.0.0");
    ReportInfo v2 = v1;
    v2.reportId = 12345;
    v2.title = QString::fromUtf8("\xE6\x9C\x88\xE6\x8A\xA5");
    v2.reportVersion = QStringLiteral("2.0.0");

    const QStringList lines = CliOutput::reportTable({ v1, v2 }).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("11 ")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Weekly summary")));
    QVERIFY(!lines.at(1).contains(QStringLiteral("PDF")));
    QVERIFY(lines.at(2).contains(QStringLiteral("HTML, PDF")));
    // Columns line up: the titles start at the same column.
    QCOMPARE(lines.at(1).indexOf(v1.title), lines.at(2).indexOf(v2.title));
}

void TestCliOutput::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("abc") << 3;
    QTest::newRow("chinese") << QString::fromUtf8("\xE4\xB8\xAD\xE6\x96\x87") << 4;
    QTest::newRow("mixed") << QString::fromUtf8("a\xE4\xB8\xAD") << 3;
    QTest::newRow("fullwidth colon") << QString::fromUtf8("\xEF\xBC\x9A") << 2;
    QTest::newRow("accented latin") << QString::fromUtf8("\xC3\xA9t\xC3\xA9") << 3;
    QTest::newRow("astral CJK ext B") << QString::fromUtf8("\xF0\xA0\x80\x80") << 2;
}

void TestCliOutput::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(CliOutput::displayWidth(text), width);
}

void TestCliOutput::alignedRowsUseDisplayWidth()
{
    const QString chinese = QString::fromUtf8("\xE4\xB8\xAD\xE6\x96\x87");
    QCOMPARE(
        CliOutput::alignedRows({ { chinese, QStringLiteral("x") }, { QStringLiteral("ab"), QStringLiteral("y") } }),
        chinese + QStringLiteral("  x\nab    y\n"));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_CliOutput.moc"
