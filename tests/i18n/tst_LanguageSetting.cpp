#include "i18n/LanguageSetting.h"
#include "i18n/TranslationManager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestLanguageSetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void languageForLocale_data();
    void languageForLocale();
    void savedChoiceWinsAtStart();
    void setLanguagePersistsAndAnnounces();
    void sessionLanguageIsNotSaved();
    void unsupportedIsIgnored();
    void translationManagerSwitchesTextsAndLocale();
};

void TestLanguageSetting::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh");
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("zh");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
}

void TestLanguageSetting::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageSetting::languageForLocale(locale), language);
}

void TestLanguageSetting::savedChoiceWinsAtStart()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh"));
    QCOMPARE(LanguageSetting().language(), QStringLiteral("zh"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QCOMPARE(LanguageSetting().language(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(LanguageSetting().language(), LanguageSetting::languageForLocale(QLocale::system().name()));
}

void TestLanguageSetting::setLanguagePersistsAndAnnounces()
{
    LanguageSetting setting;
    const QString other = setting.language() == QLatin1String("zh") ? QStringLiteral("en") : QStringLiteral("zh");
    QSignalSpy changed(&setting, &LanguageSetting::languageChanged);
    setting.setLanguage(other);
    QCOMPARE(setting.language(), other);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), other);
    QCOMPARE(LanguageSetting::savedLanguage(), other);
    setting.setLanguage(other); // no change, no signal
    QCOMPARE(changed.count(), 1);
}

void TestLanguageSetting::sessionLanguageIsNotSaved()
{
    LanguageSetting setting;
    setting.setLanguage(QStringLiteral("en"));
    QSignalSpy changed(&setting, &LanguageSetting::languageChanged);
    setting.setSessionLanguage(QStringLiteral("zh"));
    QCOMPARE(setting.language(), QStringLiteral("zh"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(LanguageSetting::savedLanguage(), QStringLiteral("en"));
}

void TestLanguageSetting::unsupportedIsIgnored()
{
    LanguageSetting setting;
    const QString before = setting.language();
    QSignalSpy changed(&setting, &LanguageSetting::languageChanged);
    setting.setLanguage(QStringLiteral("fr"));
    setting.setSessionLanguage(QString());
    QCOMPARE(setting.language(), before);
    QCOMPARE(changed.count(), 0);
}

void TestLanguageSetting::translationManagerSwitchesTextsAndLocale()
{
    LanguageSetting setting;
    setting.setLanguage(QStringLiteral("en"));
    TranslationManager manager(&setting);
    const char *source = "Succeeded";
    QCOMPARE(QCoreApplication::translate("ExportStatusNames", source), QString::fromLatin1(source));
    QCOMPARE(QLocale().name(), QStringLiteral("en_US"));

    setting.setLanguage(QStringLiteral("zh"));
    const QString chinese = QCoreApplication::translate("ExportStatusNames", source);
    QVERIFY2(chinese != QLatin1String(source), qPrintable(chinese));
    QVERIFY(chinese.at(0).unicode() >= 0x4e00); // a CJK ideograph
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    // Qt's own strings follow too (qtbase_zh_CN from qt6-translations-l10n).
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));

    setting.setLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ExportStatusNames", source), QString::fromLatin1(source));
}

QTEST_GUILESS_MAIN(TestLanguageSetting)
#include "tst_LanguageSetting.moc"
