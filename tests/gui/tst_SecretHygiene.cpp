// A full session with a real keychain (run inside tests/with-keyring.sh):
// add a profile, export and download from the simulator with the request log
// on, then scan everything the app wrote for the secret and the token.
#include "AppContext.h"
#include "api/NetworkSettings.h"
#include "common/RequestLog.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialSession.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "settings/AppSettings.h"
#include "simulator/Simulator.h"
#include "simulator/SimulatorConfig.h"
#include "simulator/SimulatorScenario.h"
#include "tasks/TaskController.h"
#include "tasks/TaskDownloads.h"
#include "tasks/TaskTableModel.h"

#include <QApplication>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
const QString KeyId = QStringLiteral("STS.HygieneTestKey0001");
const QString SecretValue = QStringLiteral("Hyg1eneS3cretValue-must-never-leak");
const QString TokenValue = QStringLiteral("CAIS-hygiene-token-Zm9vYmFyYmF6-must-never-leak");
} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSessionLeavesNoSecretOnDisk();
    void proxyPasswordIsRedactedFromTheLog();

private:
    static QStringList appFolders();
    static QStringList filesContaining(const QStringList &folders, const QList<QByteArray> &needles, int *scanned);
};

QStringList TestSecretHygiene::appFolders()
{
    QStringList folders;
    for (const auto location :
         { QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::AppConfigLocation,
           QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation })
        folders << QStandardPaths::writableLocation(location);
    folders.removeDuplicates();
    return folders;
}

QStringList TestSecretHygiene::filesContaining(const QStringList &folders, const QList<QByteArray> &needles,
                                               int *scanned)
{
    QStringList hits;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The keyring itself legitimately holds the secret (encrypted); it is not the app's file.
            if (path.contains(QLatin1String("/keyrings/")))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*scanned;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles)
                if (content.contains(needle))
                    hits << path;
        }
    }
    return hits;
}

void TestSecretHygiene::fullSessionLeavesNoSecretOnDisk()
{
    // A profile left by an earlier run would have no secret in this run's fresh
    // keyring, and the app would rightly stop to ask for it.
    QSettings().clear();
    for (const QString &folder : appFolders())
        if (folder.contains(QLatin1String("ReportDesk")))
            QDir(folder).removeRecursively();

    SimulatorConfig config;
    config.speedFactor = 40;
    Simulator simulator(config);
    QVERIFY(simulator.start());
    simulator.addAccessKey(AccessKeyCredentials { KeyId, SecretValue, TokenValue }, QDateTime());

    AppSettings().setRequestLog(true);
    QTemporaryDir downloads;
    const QString target = downloads.filePath(QStringLiteral("report.html"));
    {
        AppContext context(AppContext::Options {});
        Profile profile;
        profile.name = QStringLiteral("hygiene");
        profile.endpoint = ApiEndpoint::custom(simulator.endpoint());
        profile.accessKeyId = KeyId;
        CredentialJob *add = context.credentials()->addProfile(profile, { KeyId, SecretValue, TokenValue });
        QSignalSpy added(add, &CredentialJob::finished);
        QVERIFY(added.wait(20000));
        QVERIFY2(!context.credentials()->isKeychainUnavailable(), "this test needs the private keyring");

        const auto saved = context.profiles()->profileByName(QStringLiteral("hygiene"));
        QVERIFY(saved);
        QSignalSpy ready(context.credentials(), &CredentialSession::credentialsReady);
        context.switchProfile(saved->id);
        QVERIFY(ready.count() > 0 || ready.wait(20000));

        TaskTableModel *model = context.tasks()->model();
        context.tasks()->startExport(SimulatorScenario::weeklyReportId, QStringLiteral("Weekly"), ExportType::Html);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        const qint64 exportId = model->taskAt(0).exportId;
        QTRY_COMPARE_WITH_TIMEOUT(model->taskAt(0).status, ExportStatus::Succeeded, 15000);

        QSignalSpy savedFile(context.downloads(), &TaskDownloads::downloadSaved);
        QVERIFY(context.downloads()->download(exportId, target));
        QVERIFY(savedFile.wait(20000));
        QVERIFY(QFile::exists(target));
        QVERIFY(context.tasks()->flush());
    }
    QSettings().sync();

    // The scan must have something to scan: settings, the task file and the log.
    int scanned = 0;
    const QList<QByteArray> needles = { SecretValue.toUtf8(), TokenValue.toUtf8(), QUrl::toPercentEncoding(SecretValue),
                                        QUrl::toPercentEncoding(TokenValue) };
    const QStringList hits = filesContaining(appFolders() << downloads.path(), needles, &scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY2(scanned >= 3, qPrintable(QString::number(scanned)));
    QVERIFY(!filesContaining(appFolders(), { KeyId.toUtf8() }, &scanned).isEmpty()); // the key ID is not secret
}

// The password of a manual proxy comes from the keychain; the app's request log
// must replace it (short as it is) wherever it would appear.
void TestSecretHygiene::proxyPasswordIsRedactedFromTheLog()
{
    QSettings().clear();
    NetworkSettings network;
    network.proxy.mode = ProxySettings::Mode::Http;
    network.proxy.host = QStringLiteral("127.0.0.1");
    network.proxy.port = 3128;
    network.proxy.user = QStringLiteral("alice");
    AppSettings settings;
    network.save(settings);
    settings.sync();
    KeychainCredentialStore keychain;
    CredentialJob *write = keychain.write(NetworkSettings::proxyPasswordKey(), QByteArrayLiteral("pxQ7"));
    QSignalSpy written(write, &CredentialJob::finished);
    QVERIFY(written.wait(20000));

    AppContext context(AppContext::Options {});
    auto *log = context.findChild<RequestLog *>();
    QVERIFY(log);
    QSignalSpy lines(log, &RequestLog::lineWritten);
    RequestLog::Entry entry;
    entry.action = QStringLiteral("Download");
    entry.note = QStringLiteral("proxy said: password pxQ7 refused");
    // The password arrives from the keychain shortly after start.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            log->record(entry);
            return !lines.constLast().constFirst().toString().contains(QLatin1String("pxQ7"));
        }(),
        10000);
    QVERIFY(lines.constLast().constFirst().toString().contains(QLatin1String("password [redacted] refused")));
    CredentialJob *removed = keychain.remove(NetworkSettings::proxyPasswordKey());
    QSignalSpy gone(removed, &CredentialJob::finished);
    QVERIFY(gone.wait(20000));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QApplication::setApplicationName(QStringLiteral("ReportDesk"));
    TestSecretHygiene test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SecretHygiene.moc"
