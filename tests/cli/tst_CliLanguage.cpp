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

// "NAME=value" pairs; "NAME=" sets NAME to the empty string.
QProcessEnvironment environmentOf(const QStringList &variables)
{
    QProcessEnvironment environment;
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(u'=');
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return environment;
}
} // namespace

class TestCliLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void environmentLanguage_data();
    void environmentLanguage();
    void resolveFromEnvironment_data();
    void resolveFromEnvironment();
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
    QTest::newRow("saved zh") << QString() << QStringLiteral("zh") << QStringLiteral("zh");
}

void TestCliLanguage::resolve()
{
    QFETCH(QString, requested);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    setSaved(saved);
    // An environment that asks for the other language: it must not matter here.
    const QString other
        = expected == QLatin1String("zh") ? QStringLiteral("en_US.UTF-8") : QStringLiteral("zh_CN.UTF-8");
    QCOMPARE(CliLanguage::resolve(requested, environmentOf({ QStringLiteral("LC_ALL=") + other })), expected);
}

void TestCliLanguage::environmentLanguage_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("expected");

    QTest::newRow("LC_ALL zh_CN") << QStringList { QStringLiteral("LC_ALL=zh_CN.UTF-8") } << QStringLiteral("zh");
    QTest::newRow("LANG en_US") << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << QStringLiteral("en");
    QTest::newRow("LANG zh_CN") << QStringList { QStringLiteral("LANG=zh_CN.UTF-8") } << QStringLiteral("zh");
    QTest::newRow("LANG C") << QStringList { QStringLiteral("LANG=C") } << QStringLiteral("en");
    QTest::newRow("LANG C.UTF-8") << QStringList { QStringLiteral("LANG=C.UTF-8") } << QStringLiteral("en");
    QTest::newRow("LANG POSIX") << QStringList { QStringLiteral("LANG=POSIX") } << QStringLiteral("en");
    QTest::newRow("LANG fr_FR") << QStringList { QStringLiteral("LANG=fr_FR.UTF-8") } << QStringLiteral("en");
    QTest::newRow("LANG zh_TW, no codeset") << QStringList { QStringLiteral("LANG=zh_TW") } << QStringLiteral("zh");
    QTest::newRow("LC_ALL empty, LC_MESSAGES zh_TW")
        << QStringList { QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES=zh_TW"),
                         QStringLiteral("LANG=en_US.UTF-8") }
        << QStringLiteral("zh");
    QTest::newRow("LC_ALL over LC_MESSAGES and LANG")
        << QStringList { QStringLiteral("LC_ALL=en_GB.UTF-8"), QStringLiteral("LC_MESSAGES=zh_CN.UTF-8"),
                         QStringLiteral("LANG=zh_CN.UTF-8") }
        << QStringLiteral("en");
    QTest::newRow("LC_ALL C over LANG zh")
        << QStringList { QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=zh_CN.UTF-8") } << QStringLiteral("en");
    QTest::newRow("LC_MESSAGES over LANG")
        << QStringList { QStringLiteral("LC_MESSAGES=en_US.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8") }
        << QStringLiteral("en");
    QTest::newRow("all empty") << QStringList { QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES="),
                                                QStringLiteral("LANG=") }
                               << QStringLiteral("en");
    QTest::newRow("only other categories")
        << QStringList { QStringLiteral("LC_CTYPE=zh_CN.UTF-8"), QStringLiteral("LANGUAGE=zh_CN") }
        << QStringLiteral("en");
    QTest::newRow("nothing set") << QStringList() << QStringLiteral("en");
}

void TestCliLanguage::environmentLanguage()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    QCOMPARE(CliLanguage::environmentLanguage(environmentOf(variables)), expected);
}

void TestCliLanguage::resolveFromEnvironment_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing saved, LANG en")
        << QString() << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << QStringLiteral("en");
    QTest::newRow("nothing saved, LC_ALL zh")
        << QString() << QStringList { QStringLiteral("LC_ALL=zh_CN.UTF-8") } << QStringLiteral("zh");
    QTest::newRow("nothing saved or set") << QString() << QStringList() << QStringLiteral("en");
    QTest::newRow("unsupported saved value, LANG zh")
        << QStringLiteral("fr") << QStringList { QStringLiteral("LANG=zh_CN.UTF-8") } << QStringLiteral("zh");
    QTest::newRow("unsupported saved value, LANG C")
        << QStringLiteral("fr") << QStringList { QStringLiteral("LANG=C") } << QStringLiteral("en");
}

void TestCliLanguage::resolveFromEnvironment()
{
    QFETCH(QString, saved);
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    setSaved(saved);
    QCOMPARE(CliLanguage::resolve(QString(), environmentOf(variables)), expected);
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
