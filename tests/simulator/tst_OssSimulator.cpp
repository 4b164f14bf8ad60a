#include "SimulatorTestClient.h"

#include "simulator/GeneratedHtmlSource.h"
#include "simulator/OssSimulator.h"
#include "simulator/ReportDocument.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorScenario.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

namespace {

SimulatorReport scenarioReport(qint64 reportId)
{
    const QList<SimulatorReport> reports = SimulatorScenario::demoReports();
    for (const SimulatorReport &report : reports) {
        if (report.reportId == reportId)
            return report;
    }
    return {};
}

QByteArray xmlField(const QByteArray &xml, const QByteArray &name)
{
    const int start = xml.indexOf(QByteArray('<' + name + '>'));
    const int end = xml.indexOf(QByteArray("</" + name + '>'));
    return start < 0 || end < 0 ? QByteArray() : xml.mid(start + name.size() + 2, end - start - name.size() - 2);
}

} // namespace

class TestOssSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void downloadMatches_data();
    void downloadMatches();
    void freshLinkOnEveryCall();
    void expiredLink();
    void tamperedLink_data();
    void tamperedLink();
    void cutDownload();
    void largeReportIsStreamed();
    void slowDownload();

private:
    QUrl downloadUrl(qint64 reportId, const QString &type, ApiResult *answer = nullptr);

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<SimulatorTestClient> m_client;
};

void TestOssSimulator::init()
{
    SimulatorConfig config;
    config.speedFactor = 1e9; // exports finish at once: these tests are about the files
    config.largeReportBytes = 3 * 1024 * 1024 + 17;
    m_simulator = std::make_unique<Simulator>(config);
    QVERIFY(m_simulator->start());
    m_client = std::make_unique<SimulatorTestClient>(m_simulator->endpoint());
}

void TestOssSimulator::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

QUrl TestOssSimulator::downloadUrl(qint64 reportId, const QString &type, ApiResult *answer)
{
    const ApiResult done = m_client->exportAndWait(reportId, type, Simulator::demoCredentials());
    if (answer)
        *answer = done;
    return QUrl::fromEncoded(done.json.value(QStringLiteral("DownloadUrl")).toString().toUtf8());
}

void TestOssSimulator::downloadMatches_data()
{
    QTest::addColumn<qint64>("reportId");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("html zh") << SimulatorScenario::dailyReportId << QStringLiteral("HTML") << QByteArray("text/html")
                             << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << SimulatorScenario::weeklyReportId << QStringLiteral("PDF") << QByteArray("application/pdf")
                         << QByteArray("%PDF-1.4");
    QTest::newRow("html 1.0.0") << SimulatorScenario::monthlyReportId << QStringLiteral("HTML")
                                << QByteArray("text/html") << QByteArray("<!DOCTYPE html>");
}

void TestOssSimulator::downloadMatches()
{
    QFETCH(qint64, reportId);
    QFETCH(QString, type);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, magic);
    ApiResult answer;
    const QUrl url = downloadUrl(reportId, type, &answer);
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

    QSignalSpy recorded(m_simulator.get(), &Simulator::downloadRecorded);
    const ApiResult file = m_client->fetch(url);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), contentType);
    QCOMPARE(file.header("Content-Length").toLongLong(), file.body.size());
    QVERIFY(file.body.startsWith(magic));

    const bool pdf = type == QLatin1String("PDF");
    const QDate date = QDate::fromString(answer.json.value(QStringLiteral("ExportDate")).toString(), Qt::ISODate);
    const qint64 exportId = answer.json.value(QStringLiteral("ExportId")).toInteger();
    const SimulatorReport report = scenarioReport(reportId);
    const QByteArray expected
        = pdf ? ReportDocument::pdf(report, exportId, date) : ReportDocument::html(report, exportId, date);
    QCOMPARE(file.body, expected);
    if (!pdf)
        QVERIFY(file.body.contains(report.title.toUtf8()));

    QCOMPARE(recorded.count(), 1);
    const RecordedDownload download = m_simulator->recordedDownloads().constLast();
    QCOMPARE(download.httpStatus, 200);
    QVERIFY(!download.hasAuthorization);
    QVERIFY(!download.hasAcsHeaders);
}

void TestOssSimulator::freshLinkOnEveryCall()
{
    ApiResult first;
    m_simulator->setUrlTtlSeconds(100);
    downloadUrl(SimulatorScenario::dailyReportId, QStringLiteral("HTML"), &first);
    ApiCall poll;
    poll.action = QStringLiteral("DescribeReportExport");
    poll.credentials = Simulator::demoCredentials();
    poll.params
        = { { QStringLiteral("ExportId"), QString::number(first.json.value(QStringLiteral("ExportId")).toInteger()) } };
    m_simulator->setUrlTtlSeconds(500);
    const ApiResult second = m_client->send(poll);
    const QString url1 = first.json.value(QStringLiteral("DownloadUrl")).toString();
    const QString url2 = second.json.value(QStringLiteral("DownloadUrl")).toString();
    QVERIFY(url1 != url2);
    const qint64 expires1 = QUrlQuery(QUrl(url1)).queryItemValue(QStringLiteral("Expires")).toLongLong();
    const qint64 expires2 = QUrlQuery(QUrl(url2)).queryItemValue(QStringLiteral("Expires")).toLongLong();
    QVERIFY(expires2 >= expires1 + 400);
    QCOMPARE(second.json.value(QStringLiteral("UrlExpiredTime")).toInteger(), expires2 * 1000);
    QCOMPARE(m_client->fetch(QUrl::fromEncoded(url1.toUtf8())).status, 200);
    QCOMPARE(m_client->fetch(QUrl::fromEncoded(url2.toUtf8())).status, 200);
}

void TestOssSimulator::expiredLink()
{
    m_simulator->setUrlTtlSeconds(-5);
    const QUrl url = downloadUrl(SimulatorScenario::dailyReportId, QStringLiteral("HTML"));
    const ApiResult file = m_client->fetch(url);
    QCOMPARE(file.status, 403);
    QCOMPARE(file.header("Content-Type"), QByteArray("application/xml"));
    QVERIFY(file.body.contains("<Error>"));
    QCOMPARE(xmlField(file.body, "Code"), QByteArray("AccessDenied"));
    QCOMPARE(xmlField(file.body, "Message"), QByteArray("Request has expired."));
    QVERIFY(!xmlField(file.body, "RequestId").isEmpty());
    QVERIFY(!xmlField(file.body, "HostId").isEmpty());
    const QDateTime expires = QDateTime::fromString(QString::fromLatin1(xmlField(file.body, "Expires")), Qt::ISODate);
    const QDateTime serverTime
        = QDateTime::fromString(QString::fromLatin1(xmlField(file.body, "ServerTime")), Qt::ISODate);
    QVERIFY(expires.isValid());
    QVERIFY(serverTime.isValid());
    QVERIFY(expires < serverTime);
    QCOMPARE(m_simulator->recordedDownloads().constLast().errorCode, QStringLiteral("AccessDenied"));
}

void TestOssSimulator::tamperedLink_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("signature") << QStringLiteral("Signature") << QStringLiteral("AAAA") << 403
                               << QByteArray("SignatureDoesNotMatch");
    QTest::newRow("later Expires") << QStringLiteral("Expires") << QStringLiteral("4102444800") << 403
                                   << QByteArray("SignatureDoesNotMatch");
    QTest::newRow("other key id") << QStringLiteral("OSSAccessKeyId") << QStringLiteral("LTAI5tSomeoneElse") << 403
                                  << QByteArray("InvalidAccessKeyId");
    QTest::newRow("no signature") << QStringLiteral("Signature") << QString() << 403 << QByteArray("AccessDenied");
    QTest::newRow("other object") << QStringLiteral("path") << QStringLiteral("/sas-report-demo/sas/x.html") << 403
                                  << QByteArray("SignatureDoesNotMatch");
}

void TestOssSimulator::tamperedLink()
{
    QFETCH(QString, field);
    QFETCH(QString, newValue);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QUrl url = downloadUrl(SimulatorScenario::dailyReportId, QStringLiteral("HTML"));
    QCOMPARE(m_client->fetch(url).status, 200);
    if (field == QLatin1String("path")) {
        url.setPath(newValue);
    } else {
        QUrlQuery query(url);
        query.removeQueryItem(field);
        if (!newValue.isEmpty())
            query.addQueryItem(field, newValue);
        url.setQuery(query);
    }
    const ApiResult file = m_client->fetch(url);
    QCOMPARE(file.status, status);
    QCOMPARE(file.header("Content-Type"), QByteArray("application/xml"));
    QCOMPARE(xmlField(file.body, "Code"), code);
}

void TestOssSimulator::cutDownload()
{
    const QUrl url = downloadUrl(SimulatorScenario::weeklyReportId, QStringLiteral("PDF"));
    m_simulator->cutDownloadNext(1);
    const ApiResult cut = m_client->fetch(url);
    QVERIFY(cut.error != QNetworkReply::NoError);
    const ApiResult whole = m_client->fetch(url);
    QCOMPARE(whole.error, QNetworkReply::NoError);
    QVERIFY(cut.body.size() < whole.body.size());
    QVERIFY(whole.body.endsWith("%%EOF\n"));
}

void TestOssSimulator::largeReportIsStreamed()
{
    const QUrl url = downloadUrl(SimulatorScenario::largeReportId, QStringLiteral("HTML"));
    QNetworkRequest request(url);
    QNetworkReply *reply = m_client->network().get(request);
    QCryptographicHash received(QCryptographicHash::Sha256);
    qint64 total = 0;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        const QByteArray chunk = reply->readAll();
        received.addData(chunk);
        total += chunk.size();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    received.addData(reply->readAll());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 3 * 1024 * 1024 + 17);
    reply->deleteLater();

    const SimulatorReport report = scenarioReport(SimulatorScenario::largeReportId);
    const GeneratedHtmlSource source(report.title, 3 * 1024 * 1024 + 17);
    QCryptographicHash expected(QCryptographicHash::Sha256);
    for (qint64 offset = 0; offset < source.size(); offset += 1000003)
        expected.addData(source.read(offset, 1000003));
    QCOMPARE(received.result(), expected.result());
}

void TestOssSimulator::slowDownload()
{
    const QUrl url = downloadUrl(SimulatorScenario::dailyReportId, QStringLiteral("HTML"));
    m_simulator->setDelayMs(5000);
    QNetworkRequest request(url);
    request.setTransferTimeout(300);
    QNetworkReply *reply = m_client->network().get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestOssSimulator)
#include "tst_OssSimulator.moc"
