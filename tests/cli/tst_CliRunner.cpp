#include "CliLanguage.h"
#include "CliOptionsParser.h"
#include "CliRunner.h"
#include "CliSession.h"
#include "credentials/EnvironmentCredentials.h"
#include "i18n/LanguageSetting.h"
#include "simulator/Simulator.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const AccessKeyCredentials stsKey { QStringLiteral("STS.NTestKey0001"), QStringLiteral("StsSecretForTests"),
                                    QStringLiteral("sts-token-value") };

} // namespace

// CliRunner in process, against the embedded simulator: what the CLI sends (Lang,
// STS token, fresh nonces on retry, no credentials to the download host) and how it
// maps faults to exit codes.
class TestCliRunner final : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Outcome run(const QStringList &arguments, const AccessKeyCredentials &key = Simulator::demoCredentials(),
                const ProxySettings &proxy = ProxySettings());

    Simulator *m_simulator = nullptr;
    LanguageSetting *m_language = nullptr;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void environmentCredentials_data();
    void environmentCredentials();
    void blankEnvironmentIsNoFallback();
    void stsToken_data();
    void stsToken();
    void wrongStsTokenIsAServiceError();
    void langFollowsTheLanguage_data();
    void langFollowsTheLanguage();
    void throttlingIsRetriedWithFreshNonces();
    void persistentServerErrors();
    void htmlInsteadOfJson();
    void cutDownloadLeavesNothing();
    void downloadCarriesNoCredentials();
    void usesTheAppProxy();
};

void TestCliRunner::initTestCase()
{
    SimulatorConfig config;
    config.speedFactor = 50;
    config.largeReportBytes = 100000;
    m_simulator = new Simulator(config, this);
    QVERIFY2(m_simulator->start(), qPrintable(m_simulator->errorString()));
    m_simulator->addAccessKey(stsKey);
    m_language = new LanguageSetting(this);
}

void TestCliRunner::init()
{
    m_simulator->setFaults(SimulatorFaults());
    m_simulator->clearRecords();
    CliLanguage::applyForSession(m_language, QStringLiteral("en"));
}

void TestCliRunner::cleanupTestCase()
{
    m_simulator->stop();
}

TestCliRunner::Outcome TestCliRunner::run(const QStringList &arguments, const AccessKeyCredentials &key,
                                          const ProxySettings &proxy)
{
    Outcome outcome;
    CliOptions options;
    CliUsageError error;
    if (!CliOptionsParser::parse(QStringList { QStringLiteral("--endpoint"), m_simulator->endpoint().toString() }
                                     + arguments,
                                 &options, &error)) {
        qWarning("usage error: %s", qPrintable(error.message()));
        return outcome;
    }

    QNetworkAccessManager network;
    QBuffer out(&outcome.out);
    QBuffer err(&outcome.err);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRunner::Context context;
    context.network = &network;
    context.language = m_language;
    context.out = &out;
    context.err = &err;
    context.proxy = proxy;
    context.environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), key.accessKeyId);
    context.environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), key.accessKeySecret);
    if (!key.securityToken.isEmpty())
        context.environment.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), key.securityToken);

    CliRunner runner(options, context);
    runner.setPollInterval(100);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.wait(60000))
        outcome.exitCode = finished.first().first().toInt();
    return outcome;
}

void TestCliRunner::environmentCredentials_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<CliSession::EnvironmentResult>("result");
    QTest::addColumn<QString>("missing");

    using R = CliSession::EnvironmentResult;
    QTest::newRow("none") << QString() << QString() << QString() << R::NotSet << QString();
    QTest::newRow("token alone") << QString() << QString() << QStringLiteral("t") << R::NotSet << QString();
    QTest::newRow("pair") << QStringLiteral("LTAIa") << QStringLiteral("s") << QString() << R::Found << QString();
    QTest::newRow("pair and token") << QStringLiteral("STS.a") << QStringLiteral("s") << QStringLiteral("t") << R::Found
                                    << QString();
    QTest::newRow("id only") << QStringLiteral("LTAIa") << QString() << QString() << R::Incomplete
                             << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    QTest::newRow("secret only") << QString() << QStringLiteral("s") << QString() << R::Incomplete
                                 << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
}

void TestCliRunner::environmentCredentials()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(CliSession::EnvironmentResult, result);
    QFETCH(QString, missing);

    QProcessEnvironment environment;
    if (!id.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), id);
    if (!secret.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    if (!token.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);
    AccessKeyCredentials credentials;
    QString missingVariable;
    QCOMPARE(CliSession::credentialsFromEnvironment(environment, &credentials, &missingVariable), result);
    QCOMPARE(missingVariable, missing);
    if (result == CliSession::EnvironmentResult::Found) {
        QCOMPARE(credentials.accessKeyId, id);
        QCOMPARE(credentials.accessKeySecret, secret);
        QCOMPARE(credentials.securityToken, token);
    }
}

void TestCliRunner::blankEnvironmentIsNoFallback()
{
    // A variable that is set but blank is a mistake in a script: never a silent
    // fall-back to a saved profile (possibly another account), as the window also reads it.
    AccessKeyCredentials credentials;
    QString missing;
    QProcessEnvironment blankSecret;
    blankSecret.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIa"));
    blankSecret.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("   "));
    QCOMPARE(CliSession::credentialsFromEnvironment(blankSecret, &credentials, &missing),
             CliSession::EnvironmentResult::Incomplete);
    QCOMPARE(missing, QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    QCOMPARE(EnvironmentCredentials::read(blankSecret).status, EnvironmentCredentials::Status::Incomplete);
    QProcessEnvironment emptyId;
    emptyId.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QString());
    emptyId.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("s"));
    QCOMPARE(CliSession::credentialsFromEnvironment(emptyId, &credentials, &missing),
             CliSession::EnvironmentResult::Incomplete);
    QCOMPARE(missing, QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    QCOMPARE(EnvironmentCredentials::read(QProcessEnvironment()).status, EnvironmentCredentials::Status::NotSet);
}

void TestCliRunner::stsToken_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v3") << QStringLiteral("v3");
    QTest::newRow("v1") << QStringLiteral("v1");
}

void TestCliRunner::stsToken()
{
    QFETCH(QString, signature);
    const Outcome outcome = run({ QStringLiteral("--signature"), signature, QStringLiteral("reports") }, stsKey);
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QList<RecordedRequest> requests = m_simulator->recordedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().accessKeyId, stsKey.accessKeyId);
    QCOMPARE(requests.first().signatureVersion, signature);
    QVERIFY(requests.first().hasSecurityToken);
    QVERIFY(!outcome.err.contains(stsKey.securityToken.toUtf8()));
}

void TestCliRunner::wrongStsTokenIsAServiceError()
{
    AccessKeyCredentials key = stsKey;
    key.securityToken = QStringLiteral("not-the-token");
    const Outcome outcome = run({ QStringLiteral("reports"), QStringLiteral("--json") }, key);
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY(!outcome.json().value(QLatin1String("Code")).toString().isEmpty());
    QVERIFY(!outcome.out.contains("not-the-token"));
}

void TestCliRunner::langFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << QStringLiteral("zh");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestCliRunner::langFollowsTheLanguage()
{
    QFETCH(QString, language);
    CliLanguage::applyForSession(m_language, language);
    const Outcome outcome = run({ QStringLiteral("export"), QStringLiteral("377666"), QStringLiteral("--wait") });
    QCOMPARE(outcome.exitCode, 0);
    const QList<RecordedRequest> requests = m_simulator->recordedRequests();
    QVERIFY(requests.size() >= 2);
    for (const RecordedRequest &request : requests)
        QCOMPARE(request.lang, language);
}

void TestCliRunner::throttlingIsRetriedWithFreshNonces()
{
    m_simulator->throttleNext(2);
    const Outcome outcome = run({ QStringLiteral("reports"), QStringLiteral("--json") });
    QCOMPARE(outcome.exitCode, 0);
    const QList<RecordedRequest> requests = m_simulator->recordedRequests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).errorCode, QStringLiteral("Throttling.User"));
    QVERIFY(requests.at(2).errorCode.isEmpty());
    QSet<QByteArray> nonces;
    for (const RecordedRequest &request : requests)
        nonces.insert(request.header("x-acs-signature-nonce"));
    QCOMPARE(nonces.size(), 3);
}

void TestCliRunner::persistentServerErrors()
{
    m_simulator->failNext(-1);
    const Outcome outcome = run({ QStringLiteral("reports"), QStringLiteral("--json") });
    QCOMPARE(outcome.exitCode, 3);
    QCOMPARE(outcome.json().value(QLatin1String("Code")).toString(), QStringLiteral("ServiceUnavailable"));
    QCOMPARE(outcome.json().value(QLatin1String("HttpStatus")).toInt(), 503);
    QCOMPARE(m_simulator->recordedRequests().size(), 4); // the call and 3 retries
}

void TestCliRunner::htmlInsteadOfJson()
{
    m_simulator->htmlPageNext(-1);
    const Outcome outcome = run({ QStringLiteral("reports"), QStringLiteral("--json") });
    QCOMPARE(outcome.exitCode, 3);
    QCOMPARE(outcome.json().value(QLatin1String("Code")).toString(), QStringLiteral("MalformedResponse"));
}

void TestCliRunner::cutDownloadLeavesNothing()
{
    m_simulator->cutDownloadNext(1);
    QTemporaryDir folder;
    const Outcome outcome = run({ QStringLiteral("export"), QStringLiteral("377670"), QStringLiteral("--wait"),
                                  QStringLiteral("--output"), folder.path(), QStringLiteral("--json") });
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY(outcome.json().contains(QLatin1String("ExportId"))); // the export exists: say which one
    QVERIFY(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliRunner::downloadCarriesNoCredentials()
{
    QTemporaryDir folder;
    const Outcome outcome = run({ QStringLiteral("export"), QStringLiteral("377666"), QStringLiteral("--wait"),
                                  QStringLiteral("--output"), folder.path() });
    QCOMPARE(outcome.exitCode, 0);
    const QList<RecordedDownload> downloads = m_simulator->recordedDownloads();
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.first().httpStatus, 200);
    QVERIFY(!downloads.first().hasAuthorization);
    QVERIFY(!downloads.first().hasAcsHeaders);
}

// The app's manual proxy applies to the CLI too: the request goes to the proxy.
void TestCliRunner::usesTheAppProxy()
{
    // A minimal "proxy": it records the request line it gets, then refuses.
    QTcpServer proxyServer;
    QVERIFY(proxyServer.listen(QHostAddress::LocalHost));
    QByteArray requestLine;
    connect(&proxyServer, &QTcpServer::newConnection, this, [&proxyServer, &requestLine] {
        QTcpSocket *socket = proxyServer.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &requestLine] {
            if (!socket->canReadLine())
                return;
            if (requestLine.isEmpty())
                requestLine = socket->readLine().trimmed();
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Http;
    proxy.host = QStringLiteral("127.0.0.1");
    proxy.port = proxyServer.serverPort();

    const Outcome outcome
        = run({ QStringLiteral("reports"), QStringLiteral("--json") }, Simulator::demoCredentials(), proxy);
    QVERIFY(outcome.exitCode != 0);
    // A proxied request names the whole target URL.
    const QByteArray expected = "POST " + m_simulator->endpoint().toEncoded();
    QVERIFY2(requestLine.startsWith(expected), requestLine.constData());
    QVERIFY(m_simulator->recordedRequests().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRunner)
#include "tst_CliRunner.moc"
