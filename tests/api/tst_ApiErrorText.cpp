#include "api/ApiErrorText.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTest>
#include <QTranslator>
#include <iterator>

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ApiErrorText::Category)
Q_DECLARE_METATYPE(ApiReply::Operation)

namespace {

// Marks every ApiErrorText string, to show texts are translated when asked for.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ApiErrorText") != 0)
            return {};
        return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

ApiError serviceError(const QString &code, int status = 400)
{
    ApiError e;
    e.kind = ApiError::Kind::Service;
    e.code = code;
    e.httpStatus = status;
    e.message = QStringLiteral("service says no");
    e.requestId = QStringLiteral("REQ-42");
    return e;
}

} // namespace

class TestApiErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void category_data();
    void category();
    void codeTable_data();
    void codeTable();
    void codeTableIsCoveredByTheTest();
    void everyErrorHasAnExplanationAndHint_data() { category_data(); }
    void everyErrorHasAnExplanationAndHint();
    void noPermissionNamesTheRamAction_data();
    void noPermissionNamesTheRamAction();
    void clockSkewSaysHowFarOff_data();
    void clockSkewSaysHowFarOff();
    void detailsQuoteCodeAndRequestId();
    void localErrorsAreExplainedFromTheirCode();
    void translatedWhenAskedFor();
};

void TestApiErrorText::category_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<ApiErrorText::Category>("category");
    QTest::addColumn<bool>("accountWide");
    using C = ApiErrorText::Category;
    QTest::newRow("NoPermission") << serviceError(QStringLiteral("NoPermission"), 403) << C::NoPermission << true;
    QTest::newRow("Forbidden.RAM") << serviceError(QStringLiteral("Forbidden.RAM"), 403) << C::NoPermission << true;
    QTest::newRow("key not found") << serviceError(QStringLiteral("InvalidAccessKeyId.NotFound"), 404)
                                   << C::BadAccessKeyId << true;
    QTest::newRow("key inactive") << serviceError(QStringLiteral("InvalidAccessKeyId.Inactive")) << C::InactiveAccessKey
                                  << true;
    QTest::newRow("signature") << serviceError(QStringLiteral("SignatureDoesNotMatch")) << C::WrongSecret << true;
    QTest::newRow("incomplete signature")
        << serviceError(QStringLiteral("IncompleteSignature")) << C::WrongSecret << true;
    QTest::newRow("clock") << serviceError(QStringLiteral("InvalidTimeStamp.Expired")) << C::ClockSkew << true;
    QTest::newRow("sts expired") << serviceError(QStringLiteral("InvalidSecurityToken.Expired")) << C::SecurityToken
                                 << true;
    QTest::newRow("sts mismatch") << serviceError(QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"))
                                  << C::SecurityToken << true;
    QTest::newRow("sts malformed") << serviceError(QStringLiteral("InvalidSecurityToken.Malformed")) << C::SecurityToken
                                   << true;
    QTest::newRow("nonce") << serviceError(QStringLiteral("SignatureNonceUsed")) << C::NonceReused << false;
    QTest::newRow("throttling") << serviceError(QStringLiteral("Throttling.User")) << C::Throttled << false;
    QTest::newRow("param") << serviceError(QStringLiteral("InvalidParameter")) << C::InvalidParameter << false;
    QTest::newRow("illegal") << serviceError(QStringLiteral("IllegalParam")) << C::InvalidParameter << false;
    QTest::newRow("missing") << serviceError(QStringLiteral("MissingParameter")) << C::InvalidParameter << false;
    QTest::newRow("server") << serviceError(QStringLiteral("ServerError"), 500) << C::ServerError << false;
    QTest::newRow("unknown code 503") << serviceError(QStringLiteral("Whatever"), 503) << C::ServerError << false;
    QTest::newRow("unknown code 400") << serviceError(QStringLiteral("Whatever"), 400) << C::OtherService << false;

    ApiError network;
    network.kind = ApiError::Kind::Network;
    network.networkError = QNetworkReply::HostNotFoundError;
    QTest::newRow("dns") << network << C::Offline << true;
    network.networkError = QNetworkReply::SslHandshakeFailedError;
    QTest::newRow("tls") << network << C::Tls << true;
    network.networkError = QNetworkReply::ProxyAuthenticationRequiredError;
    QTest::newRow("proxy auth") << network << C::Proxy << true;
    ApiError timeout;
    timeout.kind = ApiError::Kind::Timeout;
    QTest::newRow("timeout") << timeout << C::Timeout << false;
    ApiError malformed;
    malformed.kind = ApiError::Kind::MalformedResponse;
    malformed.httpStatus = 200;
    malformed.detail = QStringLiteral("<html>");
    QTest::newRow("malformed") << malformed << C::Malformed << false;
    ApiError invalid;
    invalid.kind = ApiError::Kind::InvalidRequest;
    invalid.code = ApiError::invalidEndpointCode();
    QTest::newRow("invalid endpoint") << invalid << C::InvalidRequest << false;
}

void TestApiErrorText::category()
{
    QFETCH(ApiError, error);
    QFETCH(ApiErrorText::Category, category);
    QFETCH(bool, accountWide);
    QCOMPARE(ApiErrorText::category(error), category);
    QCOMPARE(ApiErrorText::isAccountOrConnectionProblem(error), accountWide);
}

namespace {

struct ExpectedCode
{
    const char *code;
    bool prefix;
    ApiErrorText::Category category;
};

// The service Codes and what they mean (the contract and Alibaba Cloud's common
// error codes), written out independently of ApiErrorText's own table.
const ExpectedCode ExpectedCodes[] = {
    { "NoPermission", false, ApiErrorText::Category::NoPermission },
    { "Forbidden.RAM", false, ApiErrorText::Category::NoPermission },
    { "Forbidden.NoPermission", true, ApiErrorText::Category::NoPermission },
    { "InvalidAccessKeyId.Inactive", false, ApiErrorText::Category::InactiveAccessKey },
    { "InvalidAccessKeyId", true, ApiErrorText::Category::BadAccessKeyId },
    { "SignatureDoesNotMatch", false, ApiErrorText::Category::WrongSecret },
    { "IncompleteSignature", false, ApiErrorText::Category::WrongSecret },
    { "InvalidSecurityToken", true, ApiErrorText::Category::SecurityToken },
    { "InvalidTimeStamp", true, ApiErrorText::Category::ClockSkew },
    { "SignatureNonceUsed", false, ApiErrorText::Category::NonceReused },
    { "Throttling", true, ApiErrorText::Category::Throttled },
    { "IllegalParam", false, ApiErrorText::Category::InvalidParameter },
    { "InvalidParam", true, ApiErrorText::Category::InvalidParameter },
    { "MissingParameter", true, ApiErrorText::Category::InvalidParameter },
    { "ServerError", false, ApiErrorText::Category::ServerError },
    { "InternalError", false, ApiErrorText::Category::ServerError },
    { "ServiceUnavailable", false, ApiErrorText::Category::ServerError },
};

} // namespace

// Every Code of the table, as sent, in another case, and (for a prefix) with a
// suffix; an exact Code with a suffix is another Code.
void TestApiErrorText::codeTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ApiErrorText::Category>("category");
    for (const ExpectedCode &expected : ExpectedCodes) {
        const QString code = QString::fromLatin1(expected.code);
        QTest::addRow("%s", expected.code) << code << expected.category;
        QTest::addRow("%s in upper case", expected.code) << code.toUpper() << expected.category;
        if (expected.prefix)
            QTest::addRow("%s.Suffix", expected.code) << code + QStringLiteral(".Suffix") << expected.category;
    }
    using C = ApiErrorText::Category;
    QTest::newRow("InvalidParameter.ExportId") << QStringLiteral("InvalidParameter.ExportId") << C::InvalidParameter;
    QTest::newRow("Throttling.User") << QStringLiteral("Throttling.User") << C::Throttled;
    QTest::newRow("InvalidTimeStamp.Expired") << QStringLiteral("InvalidTimeStamp.Expired") << C::ClockSkew;
    QTest::newRow("InvalidAccessKeyId.NotFound") << QStringLiteral("InvalidAccessKeyId.NotFound") << C::BadAccessKeyId;
    QTest::newRow("NoPermission.Other") << QStringLiteral("NoPermission.Other") << C::OtherService;
    QTest::newRow("ServerErrorX") << QStringLiteral("ServerErrorX") << C::OtherService;
    QTest::newRow("unknown") << QStringLiteral("Whatever") << C::OtherService;
    QTest::newRow("empty") << QString() << C::OtherService;
}

void TestApiErrorText::codeTable()
{
    QFETCH(QString, code);
    QFETCH(ApiErrorText::Category, category);
    QCOMPARE(ApiErrorText::codeCategory(code), category);
    // A 4xx service error is classified by its Code alone.
    QCOMPARE(ApiErrorText::category(serviceError(code)), category);
}

void TestApiErrorText::codeTableIsCoveredByTheTest()
{
    const QList<ApiErrorText::CodeRule> &rules = ApiErrorText::codeRules();
    QCOMPARE(rules.size(), static_cast<qsizetype>(std::size(ExpectedCodes)));
    for (int i = 0; i < rules.size(); ++i) {
        QCOMPARE(rules.at(i).code, QString::fromLatin1(ExpectedCodes[i].code));
        QCOMPARE(rules.at(i).match == ApiErrorText::Match::Prefix, ExpectedCodes[i].prefix);
        QCOMPARE(rules.at(i).category, ExpectedCodes[i].category);
    }
}

void TestApiErrorText::everyErrorHasAnExplanationAndHint()
{
    QFETCH(ApiError, error);
    const auto op = ApiReply::Operation::DescribeReportExport;
    QVERIFY(!ApiErrorText::explanation(error, op).isEmpty());
    QVERIFY(!ApiErrorText::hint(error, op).isEmpty());
    QVERIFY(ApiErrorText::fullText(error, op).startsWith(ApiErrorText::explanation(error, op)));
}

void TestApiErrorText::noPermissionNamesTheRamAction_data()
{
    QTest::addColumn<ApiReply::Operation>("operation");
    QTest::addColumn<QString>("action");
    QTest::newRow("list") << ApiReply::Operation::DescribeCustomizeReportList
                          << QStringLiteral("yundun-sas:DescribeCustomizeReportList");
    QTest::newRow("export") << ApiReply::Operation::ExportCustomizeReport
                            << QStringLiteral("yundun-sas:ExportCustomizeReport");
    QTest::newRow("status") << ApiReply::Operation::DescribeReportExport
                            << QStringLiteral("yundun-aegis:DescribeReportExport");
}

void TestApiErrorText::noPermissionNamesTheRamAction()
{
    QFETCH(ApiReply::Operation, operation);
    QFETCH(QString, action);
    QCOMPARE(ApiErrorText::ramAction(operation), action);
    const ApiError error = serviceError(QStringLiteral("NoPermission"), 403);
    QVERIFY(ApiErrorText::explanation(error, operation).contains(action));
    QVERIFY(ApiErrorText::hint(error, operation).contains(action));
}

void TestApiErrorText::clockSkewSaysHowFarOff_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ahead") << 42 << QStringLiteral("42 minute(s) ahead");
    QTest::newRow("behind") << -17 << QStringLiteral("17 minute(s) behind");
    QTest::newRow("unknown") << 0 << QStringLiteral("probably wrong");
}

void TestApiErrorText::clockSkewSaysHowFarOff()
{
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    ApiError error = serviceError(QStringLiteral("InvalidTimeStamp.Expired"));
    error.clockSkewMinutes = minutes;
    const QString text = ApiErrorText::explanation(error, ApiReply::Operation::DescribeReportExport);
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestApiErrorText::detailsQuoteCodeAndRequestId()
{
    const QString details = ApiErrorText::details(serviceError(QStringLiteral("NoPermission"), 403));
    QVERIFY(details.contains(QLatin1String("NoPermission")));
    QVERIFY(details.contains(QLatin1String("REQ-42")));
    QVERIFY(details.contains(QLatin1String("403")));
    QVERIFY(details.contains(QLatin1String("service says no")));
}

void TestApiErrorText::localErrorsAreExplainedFromTheirCode()
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.message = QStringLiteral("stale text in another language");
    for (const QString &code :
         { ApiError::invalidEndpointCode(), ApiError::missingCredentialsCode(), ApiError::invalidIdCode() }) {
        error.code = code;
        const QString text = ApiErrorText::explanation(error, ApiReply::Operation::DescribeReportExport);
        QVERIFY(!text.isEmpty());
        QVERIFY(text != error.message);
    }
}

void TestApiErrorText::translatedWhenAskedFor()
{
    const ApiError error = serviceError(QStringLiteral("SignatureDoesNotMatch"));
    const auto op = ApiReply::Operation::DescribeReportExport;
    const QString before = ApiErrorText::explanation(error, op);
    QVERIFY(!before.startsWith(QLatin1String("<<")));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString during = ApiErrorText::explanation(error, op);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(during, QStringLiteral("<<") + before + QStringLiteral(">>"));
    QCOMPARE(ApiErrorText::explanation(error, op), before);
}

QTEST_GUILESS_MAIN(TestApiErrorText)
#include "tst_ApiErrorText.moc"
