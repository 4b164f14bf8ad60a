#include "ErrorPresenter.h"

#include "api/ApiErrorText.h"
#include "api/SecurityCenterClient.h"
#include "i18n/LanguageSetting.h"
#include "signing/AccessKeyCredentials.h"
#include "simulator/Simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// What the window advises for an error, from the service's answer to the words.
class TestErrorPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiredStsTokenAdvisesEditingTheAccount();
    void accountEditFollowsTheCategory_data();
    void accountEditFollowsTheCategory();
};

// End to end: an expired STS token, refused by the simulator as the gateway does
// (InvalidSecurityToken.Expired), is a credentials problem: the advice is to
// renew the token in the account (the banner's "Edit account…"), never "retry later".
void TestErrorPresenter::expiredStsTokenAdvisesEditingTheAccount()
{
    SimulatorConfig config;
    config.speedFactor = 200;
    Simulator simulator(config);
    QVERIFY2(simulator.start(), qPrintable(simulator.errorString()));
    QNetworkAccessManager network;
    LanguageSetting language;
    language.setLanguage(QStringLiteral("en"));
    SecurityCenterClient client(&network, &language);
    client.setEndpoint(ApiEndpoint::custom(simulator.endpoint()));
    client.setRetryPolicy(0, 5, 20);
    AccessKeyCredentials sts;
    sts.accessKeyId = QStringLiteral("STS.TestKey0002");
    sts.accessKeySecret = QStringLiteral("sts-secret-value-456");
    sts.securityToken = QStringLiteral("CAIS-expired-token");
    simulator.addAccessKey(sts, QDateTime::currentDateTimeUtc().addSecs(-60));
    client.setCredentials(sts);

    ApiReply *reply = client.describeCustomizeReportList();
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(15000));
    }
    const ApiError error = reply->error();
    QCOMPARE(error.code, QStringLiteral("InvalidSecurityToken.Expired"));
    QCOMPARE(ApiErrorText::category(error), ApiErrorText::Category::SecurityToken);
    QVERIFY(ApiErrorText::isAccountOrConnectionProblem(error));
    QVERIFY(ErrorPresenter::suggestsAccountEdit(error));

    const auto op = ApiReply::Operation::DescribeCustomizeReportList;
    const QString summary = ErrorPresenter::summary(error, op);
    const QString details = ErrorPresenter::detailsHtml(error, op);
    QVERIFY2(summary.contains(QLatin1String("STS security token has expired")), qPrintable(summary));
    QVERIFY2(details.contains(QLatin1String("enter it in the account settings")), qPrintable(details));
    QVERIFY2(!details.contains(QLatin1String("Retry later")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("InvalidSecurityToken.Expired")));
    reply->deleteLater();
}

void TestErrorPresenter::accountEditFollowsTheCategory_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("edit");
    QTest::newRow("sts expired") << QStringLiteral("InvalidSecurityToken.Expired") << true;
    QTest::newRow("sts mismatch") << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey") << true;
    QTest::newRow("sts lower case") << QStringLiteral("invalidsecuritytoken.expired") << true;
    QTest::newRow("key") << QStringLiteral("InvalidAccessKeyId.NotFound") << true;
    QTest::newRow("secret") << QStringLiteral("SignatureDoesNotMatch") << true;
    QTest::newRow("permission") << QStringLiteral("NoPermission") << true;
    QTest::newRow("throttled") << QStringLiteral("Throttling.User") << false;
    QTest::newRow("server") << QStringLiteral("ServerError") << false;
}

void TestErrorPresenter::accountEditFollowsTheCategory()
{
    QFETCH(QString, code);
    QFETCH(bool, edit);
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = code;
    error.httpStatus = 400;
    QCOMPARE(ErrorPresenter::suggestsAccountEdit(error), edit);
}

QTEST_MAIN(TestErrorPresenter)
#include "tst_ErrorPresenter.moc"
