#include "common/RequestLog.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_RequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatHasEveryField();
    void recordWritesOneLinePerEntry();
    void recordRedactsSecretsSlippedIntoFields();
    void appendsToFile();
    void noDeviceStillSignals();

private:
    static RequestLog::Entry sampleEntry();
};

RequestLog::Entry tst_RequestLog::sampleEntry()
{
    RequestLog::Entry e;
    e.time = QDateTime(QDate(2026, 11, 28), QTime(1, 2, 3, 456), Qt::UTC);
    e.action = QStringLiteral("DescribeReportExport");
    e.method = QByteArrayLiteral("POST");
    e.host = QStringLiteral("tds.cn-shanghai.aliyuncs.com");
    e.httpStatus = 503;
    e.code = QStringLiteral("ServiceUnavailable");
    e.requestId = QStringLiteral("REQ-1");
    e.attempt = 2;
    e.durationMs = 87;
    e.note = QStringLiteral("retry in 120 ms");
    return e;
}

void tst_RequestLog::formatHasEveryField()
{
    const QString line = RequestLog::formatEntry(sampleEntry());
    QCOMPARE(line,
             QStringLiteral("2026-11-28T01:02:03.456Z DescribeReportExport POST tds.cn-shanghai.aliyuncs.com "
                            "status=503 code=ServiceUnavailable request-id=REQ-1 attempt=2 duration=87ms "
                            "note=\"retry in 120 ms\""));
}

void tst_RequestLog::recordWritesOneLinePerEntry()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestLog log;
    log.setDevice(&buffer);
    QVERIFY(log.isWriting());
    log.record(sampleEntry());
    RequestLog::Entry second = sampleEntry();
    second.attempt = 3;
    log.record(second);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
    QVERIFY(lines.at(0).contains("attempt=2"));
    QVERIFY(lines.at(1).contains("attempt=3"));
    QVERIFY(lines.at(2).isEmpty());
}

void tst_RequestLog::recordRedactsSecretsSlippedIntoFields()
{
    const QString secret = QStringLiteral("MySecretValue123");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestLog log;
    log.setDevice(&buffer);
    log.setSensitiveValues({ secret });
    RequestLog::Entry e = sampleEntry();
    e.note = QStringLiteral("GET https://b.oss.aliyuncs.com/x.pdf?Expires=1&OSSAccessKeyId=AK&Signature=SIG key ")
        + secret;
    log.record(e);
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains(QLatin1String("OSSAccessKeyId=AK")));
    QVERIFY(!text.contains(QLatin1String("SIG")));
    QVERIFY(text.contains(QLatin1String("https://b.oss.aliyuncs.com/x.pdf?[redacted]")));
}

void tst_RequestLog::appendsToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requests.log"));
    {
        RequestLog log;
        QVERIFY(log.openFile(path));
        log.record(sampleEntry());
    }
    {
        RequestLog log;
        QVERIFY(log.openFile(path));
        log.record(sampleEntry());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
}

void tst_RequestLog::noDeviceStillSignals()
{
    RequestLog log;
    QVERIFY(!log.isWriting());
    QSignalSpy spy(&log, &RequestLog::lineWritten);
    log.record(sampleEntry());
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).toString().contains(QLatin1String("DescribeReportExport")));
}

QTEST_GUILESS_MAIN(tst_RequestLog)
#include "tst_RequestLog.moc"
