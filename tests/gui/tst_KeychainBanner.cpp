// No keychain (issue "the second look", item 4), on a private D-Bus session
// where no Secret Service can start: the banner offers "Enter AccessKey…" and
// "Try again", the account dialog asks for the secret for this session only,
// and the status bar never says "Connected" without a key.
#include "AccountDialog.h"
#include "AppContext.h"
#include "BannerWidget.h"
#include "MainWindow.h"
#include "credentials/CredentialSession.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "simulator/Simulator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

class TestKeychainBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterAccessKeyForThisSession();
};

void TestKeychainBanner::enterAccessKeyForThisSession()
{
    QSettings().clear();
    Simulator simulator;
    QVERIFY(simulator.start());
    const AccessKeyCredentials key = Simulator::demoCredentials();
    {
        // A profile saved in an earlier session (its secret was never stored).
        AppContext earlier(AppContext::Options {});
        Profile profile;
        profile.name = QStringLiteral("ops-prod");
        profile.endpoint = ApiEndpoint::custom(simulator.endpoint());
        profile.accessKeyId = key.accessKeyId;
        QVERIFY(earlier.profiles()->addWithoutCredentials(profile));
    }

    AppContext context(AppContext::Options {});
    context.credentials()->setRetryDelay(std::chrono::milliseconds(50));
    MainWindow window(&context);
    context.setWindow(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    context.start();
    auto *banner = window.findChild<BannerWidget *>(QStringLiteral("bannerFrame"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    auto *enter = banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton"));
    auto *retry = banner->findChild<QPushButton *>(QStringLiteral("bannerSecondaryButton"));
    QCOMPARE(enter->text(), QStringLiteral("Enter AccessKey…"));
    QCOMPARE(retry->text(), QStringLiteral("Try again"));
    QVERIFY(retry->isVisible());
    // What the banner tells the user to choose is there.
    QVERIFY2(banner->fullText().contains(QLatin1String("Try again")), qPrintable(banner->fullText()));
    auto *connection = window.statusBar()->findChild<QLabel *>();
    QVERIFY(connection);
    const auto statusTexts = [&window] {
        QStringList texts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    QTRY_VERIFY2(!statusTexts().contains(QLatin1String("Connected")), qPrintable(statusTexts()));

    // "Try again" probes the keychain again: still none, the banner stays.
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(context.credentials()->isKeychainUnavailable(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);

    // "Enter AccessKey…": the dialog opens at the secret, says "this session only".
    bool focused = false;
    QString note;
    int tries = 0;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++tries > 500)
                driver.stop();
            return;
        }
        driver.stop();
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        focused = secret->hasFocus() || dialog->focusWidget() == secret;
        note = dialog->findChild<QLabel *>(QStringLiteral("keychainNoteLabel"))->text();
        secret->setText(key.accessKeySecret);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    driver.start();
    enter->click();
    QVERIFY(focused);
    QVERIFY2(note.contains(QLatin1String("this session only")), qPrintable(note));
    QTRY_COMPARE_WITH_TIMEOUT(context.credentials()->state(), CredentialSession::State::Ready, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(statusTexts().contains(QLatin1String("Connected")), qPrintable(statusTexts()), 10000);
}

QTEST_MAIN(TestKeychainBanner)
#include "tst_KeychainBanner.moc"
