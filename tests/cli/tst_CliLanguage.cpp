#include "CliLanguage.h"
#include "i18n/LanguageSetting.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {
const auto key = QStringLiteral("ui/language");

void setSaved(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, language);
}
} // namespace

class TestCliLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void applyForSessionKeepsTheSavedChoice_data();
    void applyForSessionKeepsTheSavedChoice();
};

void TestCliLanguage::initTestCase()
{
    // The CLI reads the GUI's settings, so use its names (in the test's private HOME).
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
}

void TestCliLanguage::resolve_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--lang wins") << QStringLiteral("en") << QStringLiteral("zh") << QStringLiteral("en");
    QTest::newRow("--lang zh over saved en") << QStringLiteral("zh") << QStringLiteral("en") << QStringLiteral("zh");
    QTest::newRow("saved setting") << QString() << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("nothing: zh") << QString() << QString() << QStringLiteral("zh");
    QTest::newRow("unsupported saved value: zh") << QString() << QStringLiteral("fr") << QStringLiteral("zh");
}

void TestCliLanguage::resolve()
{
    QFETCH(QString, requested);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    setSaved(saved);
    QCOMPARE(CliLanguage::resolve(requested), expected);
}

void TestCliLanguage::applyForSessionKeepsTheSavedChoice_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("session");

    QTest::newRow("saved zh, session en") << QStringLiteral("zh") << QStringLiteral("en");
    QTest::newRow("saved en, session zh") << QStringLiteral("en") << QStringLiteral("zh");
    QTest::newRow("nothing saved, session en") << QString() << QStringLiteral("en");
    QTest::newRow("nothing saved, session zh") << QString() << QStringLiteral("zh");
    QTest::newRow("same as saved") << QStringLiteral("en") << QStringLiteral("en");
}

void TestCliLanguage::applyForSessionKeepsTheSavedChoice()
{
    QFETCH(QString, saved);
    QFETCH(QString, session);
    setSaved(saved);

    LanguageSetting setting;
    CliLanguage::applyForSession(&setting, session);
    QCOMPARE(setting.language(), session);

    QSettings settings;
    settings.sync();
    QCOMPARE(settings.contains(key), !saved.isEmpty());
    QCOMPARE(settings.value(key).toString(), saved);
    // A new reader (the GUI's next start) sees the saved choice, not the session's.
    if (!saved.isEmpty())
        QCOMPARE(LanguageSetting().language(), saved);
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_CliLanguage.moc"
