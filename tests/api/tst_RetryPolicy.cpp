#include "api/RetryPolicy.h"

#include <QNetworkReply>
#include <QTest>

Q_DECLARE_METATYPE(ApiError::Kind)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void ceilingDoublesUpToTheCap_data();
    void ceilingDoublesUpToTheCap();
    void fullJitterSpansZeroToCeiling_data();
    void fullJitterSpansZeroToCeiling();
    void realRandomStaysInRange();
    void serverRetryAfterWins();
    void retryable_data();
    void retryable();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxRetries(), 3);
    QCOMPARE(policy.baseDelayMs(), 200);
    QCOMPARE(policy.capDelayMs(), 20000);
}

void TestRetryPolicy::ceilingDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("ceiling");
    QTest::newRow("0") << 0 << 200;
    QTest::newRow("1") << 1 << 400;
    QTest::newRow("2") << 2 << 800;
    QTest::newRow("6") << 6 << 12800;
    QTest::newRow("7 capped") << 7 << 20000;
    QTest::newRow("huge capped") << 1000 << 20000;
}

void TestRetryPolicy::ceilingDoublesUpToTheCap()
{
    QFETCH(int, retry);
    QFETCH(int, ceiling);
    QCOMPARE(RetryPolicy().ceilingMs(retry), ceiling);
}

void TestRetryPolicy::fullJitterSpansZeroToCeiling_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("delay");
    QTest::newRow("bottom") << 0.0 << 2 << 0;
    QTest::newRow("middle") << 0.5 << 2 << 400;
    QTest::newRow("top") << 0.99999 << 2 << 800;
    QTest::newRow("top of the cap") << 0.99999 << 20 << 20000;
    QTest::newRow("out of range source is clamped") << 7.0 << 0 << 200;
}

void TestRetryPolicy::fullJitterSpansZeroToCeiling()
{
    QFETCH(double, random);
    QFETCH(int, retry);
    QFETCH(int, delay);
    RetryPolicy policy;
    policy.setRandomSource([random] { return random; });
    QCOMPARE(policy.delayMs(retry), delay);
}

void TestRetryPolicy::realRandomStaysInRange()
{
    const RetryPolicy policy(3, 100, 1000);
    for (int retry = 0; retry < 5; ++retry) {
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.delayMs(retry);
            QVERIFY(delay >= 0);
            QVERIFY(delay <= policy.ceilingMs(retry));
        }
    }
}

void TestRetryPolicy::serverRetryAfterWins()
{
    RetryPolicy policy(3, 1, 2);
    policy.setRandomSource([] { return 0.0; });
    QCOMPARE(policy.delayMs(0, 1500), 1500);
    QCOMPARE(policy.delayMs(0, 0), 0);
    QCOMPARE(policy.delayMs(0, 10 * 60 * 1000), RetryPolicy::maxServerDelayMs());
    QCOMPARE(policy.delayMs(0, -1), 0);
}

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("retry");
    const auto service = ApiError::Kind::Service;
    for (int status : { 408, 429, 500, 502, 503, 504 })
        QTest::addRow("http %d", status) << service << status << QStringLiteral("X") << 0 << true;
    for (int status : { 400, 401, 403, 404, 409, 501 })
        QTest::addRow("http %d", status) << service << status << QStringLiteral("X") << 0 << false;
    QTest::newRow("Throttling") << service << 400 << QStringLiteral("Throttling") << 0 << true;
    QTest::newRow("Throttling.User") << service << 400 << QStringLiteral("Throttling.User") << 0 << true;
    QTest::newRow("Throttling.Api") << service << 403 << QStringLiteral("Throttling.Api") << 0 << true;
    QTest::newRow("NoPermission") << service << 403 << QStringLiteral("NoPermission") << 0 << false;
    QTest::newRow("InvalidTimeStamp") << service << 400 << QStringLiteral("InvalidTimeStamp.Expired") << 0 << false;
    QTest::newRow("malformed 503") << ApiError::Kind::MalformedResponse << 503 << QString() << 0 << true;
    QTest::newRow("malformed 200") << ApiError::Kind::MalformedResponse << 200 << QString() << 0 << false;
    QTest::newRow("refused") << ApiError::Kind::Network << 0 << QString() << int(QNetworkReply::ConnectionRefusedError)
                             << true;
    QTest::newRow("closed") << ApiError::Kind::Network << 0 << QString() << int(QNetworkReply::RemoteHostClosedError)
                            << true;
    QTest::newRow("dns") << ApiError::Kind::Network << 0 << QString() << int(QNetworkReply::HostNotFoundError) << true;
    QTest::newRow("tls") << ApiError::Kind::Network << 0 << QString() << int(QNetworkReply::SslHandshakeFailedError)
                         << false;
    QTest::newRow("proxy auth") << ApiError::Kind::Network << 0 << QString()
                                << int(QNetworkReply::ProxyAuthenticationRequiredError) << false;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << 0 << QString() << int(QNetworkReply::OperationCanceledError)
                             << false;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << 0 << QString() << 0 << false;
    QTest::newRow("invalid request") << ApiError::Kind::InvalidRequest << 0 << QString() << 0 << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, networkError);
    QFETCH(bool, retry);
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.code = code;
    error.networkError = networkError;
    QCOMPARE(RetryPolicy::isRetryable(error), retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_RetryPolicy.moc"
