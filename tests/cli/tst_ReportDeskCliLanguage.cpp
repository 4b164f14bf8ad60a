#include "CliHarness.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

namespace {
const auto languageKey = QStringLiteral("ui/language");

// The harness's environment without any locale variable, plus `variables`
// ("NAME=value"; "NAME=" sets NAME empty), so the outcome depends on the row only.
QProcessEnvironment localeEnvironment(QProcessEnvironment environment, const QStringList &variables)
{
    for (const auto &name : { QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG"),
                              QStringLiteral("LANGUAGE") })
        environment.remove(name);
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(u'=');
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return environment;
}

// The child reads the same QSettings: the test's private HOME/XDG_CONFIG_HOME.
void setSaved(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
    settings.sync();
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}
} // namespace

// The built reportdesk-cli picks its language from --lang, the saved setting and
// the locale variables, for its own text and for the API's Lang alike.
class TestReportDeskCliLanguage final : public QObject
{
    Q_OBJECT

private:
    CliHarness m_harness;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void help_data();
    void help();
    void serviceMessage_data();
    void serviceMessage();
};

void TestReportDeskCliLanguage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QString error;
    QVERIFY2(m_harness.startServer({}, &error), qPrintable(error));
}

void TestReportDeskCliLanguage::cleanupTestCase()
{
    m_harness.stopServer();
}

void TestReportDeskCliLanguage::cleanup()
{
    setSaved(QString());
}

void TestReportDeskCliLanguage::help_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QStringList help { QStringLiteral("--help") };
    QTest::newRow("nothing set") << QStringList() << QString() << help << QStringLiteral("en");
    QTest::newRow("LANG en_US") << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << QString() << help
                                << QStringLiteral("en");
    QTest::newRow("LANG C") << QStringList { QStringLiteral("LANG=C") } << QString() << help << QStringLiteral("en");
    QTest::newRow("LANG C.UTF-8") << QStringList { QStringLiteral("LANG=C.UTF-8") } << QString() << help
                                  << QStringLiteral("en");
    QTest::newRow("LC_ALL zh_CN") << QStringList { QStringLiteral("LC_ALL=zh_CN.UTF-8") } << QString() << help
                                  << QStringLiteral("zh");
    QTest::newRow("LC_ALL empty, LC_MESSAGES zh_TW")
        << QStringList { QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES=zh_TW"),
                         QStringLiteral("LANG=en_US.UTF-8") }
        << QString() << help << QStringLiteral("zh");
    QTest::newRow("saved en over LC_ALL zh")
        << QStringList { QStringLiteral("LC_ALL=zh_CN.UTF-8") } << QStringLiteral("en") << help << QStringLiteral("en");
    QTest::newRow("saved zh over LANG en")
        << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << QStringLiteral("zh") << help << QStringLiteral("zh");
    QTest::newRow("--lang en over saved zh and LANG zh")
        << QStringList { QStringLiteral("LANG=zh_CN.UTF-8") } << QStringLiteral("zh")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }
        << QStringLiteral("en");
    QTest::newRow("--lang zh over LANG C")
        << QStringList { QStringLiteral("LANG=C") } << QString()
        << QStringList { QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--help") }
        << QStringLiteral("zh");
}

void TestReportDeskCliLanguage::help()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, saved);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    setSaved(saved);

    const CliHarness::Result result
        = CliHarness::run(arguments, localeEnvironment(CliHarness::cleanEnvironment(), variables));
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QString text = result.outText();
    if (expected == QLatin1String("en")) {
        QVERIFY2(text.startsWith(QLatin1String("Usage: reportdesk-cli")), qPrintable(text));
        QVERIFY2(!hasHan(text), qPrintable(text));
    } else {
        QVERIFY2(text.startsWith(QStringLiteral("用法")), qPrintable(text));
    }
    // A --help run never saves a language.
    QSettings settings;
    QCOMPARE(settings.value(languageKey).toString(), saved);
}

void TestReportDeskCliLanguage::serviceMessage_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");

    QTest::newRow("LANG en_US") << QStringList { QStringLiteral("LANG=en_US.UTF-8") } << QString()
                                << QStringLiteral("en");
    QTest::newRow("LANG C") << QStringList { QStringLiteral("LANG=C") } << QString() << QStringLiteral("en");
    QTest::newRow("LC_ALL zh_CN") << QStringList { QStringLiteral("LC_ALL=zh_CN.UTF-8") } << QString()
                                  << QStringLiteral("zh");
    QTest::newRow("saved en over LC_ALL zh")
        << QStringList { QStringLiteral("LC_ALL=zh_CN.UTF-8") } << QStringLiteral("en") << QStringLiteral("en");
}

// The demo server answers report 377669 with an error whose Message is in the
// request's Lang, so the message shows which Lang was sent.
void TestReportDeskCliLanguage::serviceMessage()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    setSaved(saved);

    const CliHarness::Result result
        = CliHarness::run({ QStringLiteral("--endpoint"), m_harness.endpoint(), QStringLiteral("export"),
                            QStringLiteral("377669"), QStringLiteral("--json") },
                          localeEnvironment(m_harness.keyEnvironment(), variables));
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 3);
    const QString message = result.json().value(QLatin1String("Message")).toString();
    QVERIFY2(!message.isEmpty(), result.out.constData());
    QVERIFY2(hasHan(message) == (expected == QLatin1String("zh")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestReportDeskCliLanguage)
#include "tst_ReportDeskCliLanguage.moc"
