#include "JobResult.h"
#include "credentials/MemoryCredentialStore.h"

#include <QTest>

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteRemove_data();
    void writeReadOverwriteRemove();
    void finishesOnlyFromTheEventLoop();
    void readMissingIsNotFound();
    void simulatedError_data();
    void simulatedError();
};

void TestMemoryCredentialStore::writeReadOverwriteRemove_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("ascii") << QStringLiteral("prod") << QByteArray("one") << QByteArray("two");
    QTest::newRow("binary, unicode key") << QStringLiteral("生产") << QByteArray("\x00\xff", 2) << QByteArray();
}

void TestMemoryCredentialStore::writeReadOverwriteRemove()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    MemoryCredentialStore store;

    JobResult result = JobResult::waitFor(store.write(key, first));
    QVERIFY(result.finished);
    QVERIFY(!result.error.isError());
    QCOMPARE(result.key, key);
    QCOMPARE(JobResult::waitFor(store.read(key)).blob, first);

    QVERIFY(!JobResult::waitFor(store.write(key, second)).error.isError());
    result = JobResult::waitFor(store.read(key));
    QVERIFY(!result.error.isError());
    QCOMPARE(result.blob, second);
    QCOMPARE(store.keys(), QStringList { key });

    QVERIFY(!JobResult::waitFor(store.remove(key)).error.isError());
    QVERIFY(!store.contains(key));
    QCOMPARE(JobResult::waitFor(store.read(key)).error.code, CredentialError::Code::NotFound);
    QCOMPARE(store.requestCount(), 6);
}

void TestMemoryCredentialStore::finishesOnlyFromTheEventLoop()
{
    MemoryCredentialStore store;
    CredentialJob *job = store.write(QStringLiteral("k"), QByteArray("v"));
    QSignalSpy finished(job, &CredentialJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    QVERIFY(job->isFinished());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QTRY_COMPARE(destroyed.count(), 1);
}

void TestMemoryCredentialStore::readMissingIsNotFound()
{
    MemoryCredentialStore store;
    const JobResult result = JobResult::waitFor(store.read(QStringLiteral("missing")));
    QVERIFY(result.finished);
    QCOMPARE(result.error.code, CredentialError::Code::NotFound);
    QVERIFY(result.blob.isEmpty());
}

void TestMemoryCredentialStore::simulatedError_data()
{
    QTest::addColumn<CredentialError::Code>("code");
    QTest::newRow("no backend") << CredentialError::Code::NoBackend;
    QTest::newRow("access denied") << CredentialError::Code::AccessDenied;
    QTest::newRow("other") << CredentialError::Code::Other;
}

void TestMemoryCredentialStore::simulatedError()
{
    QFETCH(CredentialError::Code, code);
    MemoryCredentialStore store;
    QVERIFY(!JobResult::waitFor(store.write(QStringLiteral("k"), QByteArray("old"))).error.isError());
    store.setSimulatedError({ code, QStringLiteral("backend says no") });

    JobResult result = JobResult::waitFor(store.write(QStringLiteral("k"), QByteArray("new")));
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.backendText, QStringLiteral("backend says no"));
    QVERIFY(result.error.isBackendFailure());
    QCOMPARE(JobResult::waitFor(store.read(QStringLiteral("k"))).error.code, code);
    QCOMPARE(JobResult::waitFor(store.remove(QStringLiteral("k"))).error.code, code);

    store.setSimulatedError({});
    result = JobResult::waitFor(store.read(QStringLiteral("k")));
    QVERIFY(!result.error.isError());
    QCOMPARE(result.blob, QByteArray("old"));
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "test_MemoryCredentialStore.moc"
