// Integration test against a real Secret Service. Registered three times:
//  - keyring:   inside tests/with-keyring.sh (a private, unlocked gnome-keyring);
//  - noservice: a private bus that cannot activate any service (no Secret Service at all);
//  - locked:    a private bus where gnome-keyring is activated but has no unlocked collection.
// REPORTDESK_KEYCHAIN_EXPECT selects which expectations apply.
#include "credentials/KeychainCredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int JobWaitMs = 20000;

struct Outcome
{
    CredentialError error;
    QByteArray blob;
    bool finished = false;
};

Outcome runJob(CredentialJob *job)
{
    Outcome outcome;
    QObject context;
    QObject::connect(job, &CredentialJob::finished, &context, [&outcome](CredentialJob *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.blob = done->secretBlob();
    });
    QSignalSpy spy(job, &CredentialJob::finished);
    spy.wait(JobWaitMs);
    return outcome;
}

QString expectation()
{
    return qEnvironmentVariable("REPORTDESK_KEYCHAIN_EXPECT", QStringLiteral("keyring"));
}

// secret-tool prints the attributes on stderr and the secret on stdout.
QString secretToolSearch(const QString &service)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"),
                  { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service });
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("<secret-tool timed out>");
    }
    return QString::fromUtf8(process.readAll());
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void readMissing();
    void removeMissing();
    void unavailable_data();
    void unavailable();

private:
    static QString service() { return KeychainCredentialStore::defaultServiceName(); }
};

void TestKeychainCredentialStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside dbus-run-session, never against the user's own keychain");
    QCOMPARE(service(), QStringLiteral("io.github.reportdesk.ReportDesk"));
}

void TestKeychainCredentialStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("json blob") << QStringLiteral("production") << QByteArray(R"({"secret":"first-Secret-1"})")
                               << QByteArray(R"({"secret":"second-Secret-2","token":"tok/+=="})");
    QTest::newRow("unicode key, binary") << QStringLiteral("测试-profile 2") << QByteArray("\x00\x01\xff zero", 9)
                                         << QByteArray("x");
}

void TestKeychainCredentialStore::roundTrip()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    QFETCH(QString, key);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    KeychainCredentialStore store;

    Outcome write = runJob(store.write(key, first));
    QVERIFY(write.finished);
    QVERIFY2(!write.error.isError(), qPrintable(write.error.backendText));

    Outcome read = runJob(store.read(key));
    QVERIFY(read.finished);
    QVERIFY2(!read.error.isError(), qPrintable(read.error.backendText));
    QCOMPARE(read.blob, first);

    const QString listing = secretToolSearch(service());
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = ") + key), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("attribute.server = ") + service()), qPrintable(listing));

    write = runJob(store.write(key, second));
    QVERIFY2(!write.error.isError(), qPrintable(write.error.backendText));
    read = runJob(store.read(key));
    QCOMPARE(read.blob, second);
    QCOMPARE(secretToolSearch(service()).count(QStringLiteral("attribute.user = ") + key), 1);

    const Outcome removed = runJob(store.remove(key));
    QVERIFY(removed.finished);
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.backendText));
    QVERIFY(!secretToolSearch(service()).contains(QStringLiteral("attribute.user = ") + key));
    read = runJob(store.read(key));
    QCOMPARE(read.error.code, CredentialError::Code::NotFound);
}

void TestKeychainCredentialStore::readMissing()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    KeychainCredentialStore store;
    const Outcome read = runJob(store.read(QStringLiteral("never-written")));
    QVERIFY(read.finished);
    QCOMPARE(read.error.code, CredentialError::Code::NotFound);
    QVERIFY(read.blob.isEmpty());
}

// libsecret reports success for a missing entry; either way nothing is left behind.
void TestKeychainCredentialStore::removeMissing()
{
    if (expectation() != QLatin1String("keyring"))
        QSKIP("needs the private gnome-keyring");
    KeychainCredentialStore store;
    const Outcome removed = runJob(store.remove(QStringLiteral("never-written")));
    QVERIFY(removed.finished);
    QVERIFY2(!removed.error.isBackendFailure(), qPrintable(removed.error.backendText));
    QVERIFY(!secretToolSearch(service()).contains(QStringLiteral("never-written")));
}

void TestKeychainCredentialStore::unavailable_data() { }

void TestKeychainCredentialStore::unavailable()
{
    if (expectation() == QLatin1String("keyring"))
        QSKIP("needs a bus without a usable keyring");
    KeychainCredentialStore store;
    const QByteArray blob(R"({"secret":"Unavailable-Secret-Zz9"})");
    const Outcome write = runJob(store.write(QStringLiteral("p"), blob));
    QVERIFY(write.finished);
    qInfo() << "write:" << int(write.error.code) << write.error.backendText;
    const Outcome read = runJob(store.read(QStringLiteral("p")));
    qInfo() << "read:" << int(read.error.code) << read.error.backendText;
    const Outcome removed = runJob(store.remove(QStringLiteral("p")));
    qInfo() << "remove:" << int(removed.error.code) << removed.error.backendText;
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "test_KeychainCredentialStore.moc"
