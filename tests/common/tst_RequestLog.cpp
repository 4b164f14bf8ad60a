#include "common/RequestLog.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int fileMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatHasEveryField();
    void recordWritesOneLinePerEntry();
    void recordRedactsSecretsSlippedIntoFields();
    void appendsToFile();
    void sensitiveValuesAccumulate();
    void fileIsPrivate();
    void fileIsRotated();
    void noDeviceStillSignals();

private:
    static RequestLog::Entry sampleEntry();
};

RequestLog::Entry TestRequestLog::sampleEntry()
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

void TestRequestLog::formatHasEveryField()
{
    const QString line = RequestLog::formatEntry(sampleEntry());
    QCOMPARE(line,
             QStringLiteral("2026-11-28T01:02:03.456Z DescribeReportExport POST tds.cn-shanghai.aliyuncs.com "
                            "status=503 code=ServiceUnavailable request-id=REQ-1 attempt=2 duration=87ms "
                            "note=\"retry in 120 ms\""));
}

void TestRequestLog::recordWritesOneLinePerEntry()
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

void TestRequestLog::recordRedactsSecretsSlippedIntoFields()
{
    const QString secret = QStringLiteral("MySecretValue123");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestLog log;
    log.setDevice(&buffer);
    log.addSensitiveValues({ secret });
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

void TestRequestLog::appendsToFile()
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

// The client registers the AccessKey secret when it is given the log; that must
// not drop the proxy password registered before.
void TestRequestLog::sensitiveValuesAccumulate()
{
    RequestLog log;
    QSignalSpy spy(&log, &RequestLog::lineWritten);
    log.addSensitiveValues({ QStringLiteral("pw") });
    log.addSensitiveValues({ QStringLiteral("AkSecret77"), QString() });
    RequestLog::Entry e = sampleEntry();
    e.note = QStringLiteral("proxy pw, key AkSecret77");
    log.record(e);
    const QString line = spy.at(0).at(0).toString();
    QVERIFY2(!line.contains(QLatin1String("pw,")), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("AkSecret77")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("proxy [redacted], key [redacted]")), qPrintable(line));
}

void TestRequestLog::fileIsPrivate()
{
    QTemporaryDir dir;
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const QString path = dir.filePath(QStringLiteral("requests.log"));
    {
        RequestLog log;
        QVERIFY(log.openFile(path));
        log.record(sampleEntry());
    }
    QCOMPARE(fileMode(path), 0600);
    // A log left readable by an older version is narrowed.
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFile::ReadGroup | QFile::ReadOther));
    RequestLog log;
    QVERIFY(log.openFile(path));
    QCOMPARE(fileMode(path), 0600);
}

void TestRequestLog::fileIsRotated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requests.log"));
    const qint64 lineSize = RequestLog::formatEntry(sampleEntry()).toUtf8().size() + 1;
    RequestLog log;
    log.setRotation(3 * lineSize, 3);
    QVERIFY(log.openFile(path));
    for (int i = 0; i < 10; ++i) {
        RequestLog::Entry e = sampleEntry();
        e.attempt = i; // one digit: every line has the same size
        log.record(e);
    }
    auto read = [](const QString &name) {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // 10 lines, 3 per file: the newest in the log, two older files, the oldest dropped.
    QCOMPARE(read(path).count('\n'), 1);
    QVERIFY(read(path).contains("attempt=9"));
    QCOMPARE(read(path + QStringLiteral(".1")).count('\n'), 3);
    QVERIFY(read(path + QStringLiteral(".1")).contains("attempt=6"));
    QVERIFY(read(path + QStringLiteral(".2")).contains("attempt=3"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
    for (const QString &name : QStringList { path, path + QStringLiteral(".1"), path + QStringLiteral(".2") })
        QCOMPARE(fileMode(name), 0600);
}

void TestRequestLog::noDeviceStillSignals()
{
    RequestLog log;
    QVERIFY(!log.isWriting());
    QSignalSpy spy(&log, &RequestLog::lineWritten);
    log.record(sampleEntry());
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).toString().contains(QLatin1String("DescribeReportExport")));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_RequestLog.moc"
