#include "CliOptionsParser.h"

#include <QTest>

#include <limits>

using Command = CliOptions::Command;
using Kind = CliUsageError::Kind;

class TestCliOptionsParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data();
    void commands();
    void connectionOptions_data();
    void connectionOptions();
    void usageErrors_data();
    void usageErrors();
    void invalidIdsNameTheArgument_data();
    void invalidIdsNameTheArgument();
    void profileNames_data();
    void profileNames();
    void endpointOverridesSite();
    void helpMentionsEveryCommand();
};

void TestCliOptionsParser::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Command>("command");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<bool>("wait");
    QTest::addColumn<QString>("output");
    QTest::addColumn<ExportType>("type");
    QTest::addColumn<QString>("profileName");

    const auto args = [](const char *line) { return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts); };
    QTest::newRow("reports") << args("reports") << Command::Reports << qint64(0) << false << QString()
                             << ExportType::Html << QString();
    QTest::newRow("export") << args("export 42") << Command::Export << qint64(42) << false << QString()
                            << ExportType::Html << QString();
    QTest::newRow("export pdf wait output")
        << args("export 42 --type pdf --wait --output /tmp/r.pdf") << Command::Export << qint64(42) << true
        << QStringLiteral("/tmp/r.pdf") << ExportType::Pdf << QString();
    QTest::newRow("options before command") << args("--wait --type=PDF export 7") << Command::Export << qint64(7)
                                            << true << QString() << ExportType::Pdf << QString();
    QTest::newRow("largest id") << args("status 9223372036854775807") << Command::Status
                                << std::numeric_limits<qint64>::max() << false << QString() << ExportType::Html
                                << QString();
    QTest::newRow("status wait") << args("status 5 --wait") << Command::Status << qint64(5) << true << QString()
                                 << ExportType::Html << QString();
    QTest::newRow("download") << args("download 5 --output dir") << Command::Download << qint64(5) << false
                              << QStringLiteral("dir") << ExportType::Html << QString();
    QTest::newRow("download wait, output with '='")
        << args("download 5 --wait --output=a=b") << Command::Download << qint64(5) << true << QStringLiteral("a=b")
        << ExportType::Html << QString();
    QTest::newRow("profile add") << args("profile add work --default") << Command::ProfileAdd << qint64(0) << false
                                 << QString() << ExportType::Html << QStringLiteral("work");
    QTest::newRow("profile list") << args("profile list") << Command::ProfileList << qint64(0) << false << QString()
                                  << ExportType::Html << QString();
    QTest::newRow("profile remove") << args("profile remove work") << Command::ProfileRemove << qint64(0) << false
                                    << QString() << ExportType::Html << QStringLiteral("work");
    QTest::newRow("help") << args("--help") << Command::Help << qint64(0) << false << QString() << ExportType::Html
                          << QString();
    QTest::newRow("-h wins over a bad command")
        << args("nonsense -h") << Command::Help << qint64(0) << false << QString() << ExportType::Html << QString();
    QTest::newRow("help command") << args("help export") << Command::Help << qint64(0) << false << QString()
                                  << ExportType::Html << QString();
    QTest::newRow("version") << args("--version") << Command::Version << qint64(0) << false << QString()
                             << ExportType::Html << QString();
    QTest::newRow("-- ends options") << args("status -- 12") << Command::Status << qint64(12) << false << QString()
                                     << ExportType::Html << QString();
}

void TestCliOptionsParser::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(Command, command);
    QFETCH(qint64, id);
    QFETCH(bool, wait);
    QFETCH(QString, output);
    QFETCH(ExportType, type);
    QFETCH(QString, profileName);

    CliOptions options;
    CliUsageError error;
    QVERIFY2(CliOptionsParser::parse(arguments, &options, &error), qPrintable(error.message()));
    QVERIFY(!error.isError());
    QCOMPARE(options.command, command);
    QCOMPARE(options.id, id);
    QCOMPARE(options.wait, wait);
    QCOMPARE(options.outputPath, output);
    QCOMPARE(options.exportType, type);
    QCOMPARE(options.profileName, profileName);
}

void TestCliOptionsParser::connectionOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("siteGiven");
    QTest::addColumn<SignatureVersion>("signature");
    QTest::addColumn<bool>("signatureGiven");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("verbose");

    const QString cn = QStringLiteral("https://tds.cn-shanghai.aliyuncs.com/");
    const QString intl = QStringLiteral("https://tds.ap-southeast-1.aliyuncs.com/");
    QTest::newRow("defaults") << QStringList { QStringLiteral("reports") } << cn << false << SignatureVersion::V3
                              << false << QString() << QString() << false << false;
    QTest::newRow("intl, v1, en")
        << QStringList { QStringLiteral("--site"), QStringLiteral("intl"), QStringLiteral("--signature=v1"),
                         QStringLiteral("--lang"), QStringLiteral("en"),   QStringLiteral("reports") }
        << intl << true << SignatureVersion::V1 << true << QStringLiteral("en") << QString() << false << false;
    QTest::newRow("explicit cn and v3") << QStringList { QStringLiteral("reports"), QStringLiteral("--site=cn"),
                                                         QStringLiteral("--signature"), QStringLiteral("V3") }
                                        << cn << true << SignatureVersion::V3 << true << QString() << QString() << false
                                        << false;
    QTest::newRow("loopback endpoint, json, verbose, profile")
        << QStringList { QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:8080"),
                         QStringLiteral("--json"),     QStringLiteral("--verbose"),
                         QStringLiteral("--profile"),  QStringLiteral("work"),
                         QStringLiteral("reports"),    QStringLiteral("--lang=zh") }
        << QStringLiteral("http://127.0.0.1:8080/") << false << SignatureVersion::V3 << false << QStringLiteral("zh")
        << QStringLiteral("work") << true << true;
    QTest::newRow("https endpoint") << QStringList { QStringLiteral("--endpoint=https://tds.vpc-proxy.aliyuncs.com"),
                                                     QStringLiteral("reports") }
                                    << QStringLiteral("https://tds.vpc-proxy.aliyuncs.com/") << false
                                    << SignatureVersion::V3 << false << QString() << QString() << false << false;
}

void TestCliOptionsParser::connectionOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, url);
    QFETCH(bool, siteGiven);
    QFETCH(SignatureVersion, signature);
    QFETCH(bool, signatureGiven);
    QFETCH(QString, language);
    QFETCH(QString, profile);
    QFETCH(bool, json);
    QFETCH(bool, verbose);

    CliOptions options;
    CliUsageError error;
    QVERIFY2(CliOptionsParser::parse(arguments, &options, &error), qPrintable(error.message()));
    QCOMPARE(options.apiEndpoint().url().toString(), url);
    QCOMPARE(options.siteGiven, siteGiven);
    QCOMPARE(options.signatureVersion, signature);
    QCOMPARE(options.signatureGiven, signatureGiven);
    QCOMPARE(options.language, language);
    QCOMPARE(options.profile, profile);
    QCOMPARE(options.json, json);
    QCOMPARE(options.verbose, verbose);
}

void TestCliOptionsParser::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("named"); // what the message must mention

    const auto args = [](const char *line) { return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts); };
    QTest::newRow("nothing") << QStringList() << Kind::MissingCommand << QStringLiteral("--help");
    QTest::newRow("only options") << args("--json") << Kind::MissingCommand << QStringLiteral("--help");
    QTest::newRow("unknown command") << args("list") << Kind::UnknownCommand << QStringLiteral("list");
    QTest::newRow("unknown profile command")
        << args("profile edit x") << Kind::UnknownCommand << QStringLiteral("profile edit");
    QTest::newRow("profile alone") << args("profile") << Kind::MissingArgument << QStringLiteral("add");
    QTest::newRow("unknown option") << args("reports --fast") << Kind::UnknownOption << QStringLiteral("--fast");
    QTest::newRow("unknown short option") << args("-x reports") << Kind::UnknownOption << QStringLiteral("-x");
    QTest::newRow("missing value") << args("reports --site") << Kind::MissingValue << QStringLiteral("--site");
    QTest::newRow("empty output") << args("download 1 --output=") << Kind::MissingValue << QStringLiteral("--output");
    QTest::newRow("flag with value") << args("reports --json=yes") << Kind::UnexpectedValue << QStringLiteral("--json");
    QTest::newRow("bad site") << args("reports --site us") << Kind::InvalidChoice << QStringLiteral("cn, intl");
    QTest::newRow("bad lang") << args("reports --lang fr") << Kind::InvalidChoice << QStringLiteral("--lang");
    QTest::newRow("bad signature") << args("reports --signature v2") << Kind::InvalidChoice << QStringLiteral("v3, v1");
    QTest::newRow("bad type") << args("export 1 --type docx") << Kind::InvalidChoice << QStringLiteral("docx");
    QTest::newRow("http endpoint off loopback") << args("reports --endpoint http://tds.cn-shanghai.aliyuncs.com")
                                                << Kind::InvalidEndpoint << QStringLiteral("HTTPS");
    QTest::newRow("endpoint without host")
        << args("reports --endpoint nonsense") << Kind::InvalidEndpoint << QStringLiteral("--endpoint");
    QTest::newRow("missing report id") << args("export --wait") << Kind::MissingArgument << QStringLiteral("REPORT_ID");
    QTest::newRow("missing export id") << args("status") << Kind::MissingArgument << QStringLiteral("EXPORT_ID");
    QTest::newRow("extra argument") << args("status 1 2") << Kind::UnexpectedArgument << QStringLiteral("2");
    QTest::newRow("reports takes no argument") << args("reports 3") << Kind::UnexpectedArgument << QStringLiteral("3");
    QTest::newRow("--type with status") << args("status 1 --type pdf") << Kind::OptionNotApplicable
                                        << QStringLiteral("--type");
    QTest::newRow("--wait with reports") << args("reports --wait") << Kind::OptionNotApplicable
                                         << QStringLiteral("reports");
    QTest::newRow("--output with status")
        << args("status 1 --output x") << Kind::OptionNotApplicable << QStringLiteral("--output");
    QTest::newRow("--default with profile list")
        << args("profile list --default") << Kind::OptionNotApplicable << QStringLiteral("--default");
    QTest::newRow("download without --output")
        << args("download 1") << Kind::MissingOption << QStringLiteral("--output");
    QTest::newRow("export --output without --wait")
        << args("export 1 --output x") << Kind::OptionRequiresOption << QStringLiteral("--wait");
    QTest::newRow("profile add without name") << args("profile add") << Kind::MissingArgument << QStringLiteral("NAME");
    QTest::newRow("profile name with slash")
        << args("profile add a/b") << Kind::InvalidProfileName << QStringLiteral("a/b");
    QTest::newRow("--profile with empty name")
        << QStringList { QStringLiteral("reports"), QStringLiteral("--profile=") } << Kind::InvalidProfileName
        << QStringLiteral("--profile");
}

void TestCliOptionsParser::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(Kind, kind);
    QFETCH(QString, named);

    CliOptions options;
    CliUsageError error;
    QVERIFY(!CliOptionsParser::parse(arguments, &options, &error));
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message().contains(named), qPrintable(error.message()));
}

void TestCliOptionsParser::invalidIdsNameTheArgument_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("argumentName");
    QTest::addColumn<QString>("id");

    const QStringList badIds = { QStringLiteral("abc"),
                                 QStringLiteral("-5"),
                                 QStringLiteral("0"),
                                 QStringLiteral("1e3"),
                                 QStringLiteral("99999999999999999999"),
                                 QString(),
                                 QStringLiteral("+7"),
                                 QStringLiteral(" 12"),
                                 QStringLiteral("1.0"),
                                 QStringLiteral("0x10"),
                                 QStringLiteral("9223372036854775808"),
                                 QString::fromUtf8("\xD9\xA1\xD9\xA2") }; // Arabic-Indic digits
    const QList<QPair<QString, QString>> commands = { { QStringLiteral("export"), QStringLiteral("REPORT_ID") },
                                                      { QStringLiteral("status"), QStringLiteral("EXPORT_ID") },
                                                      { QStringLiteral("download"), QStringLiteral("EXPORT_ID") } };
    for (const auto &command : commands) {
        for (const QString &id : badIds) {
            QTest::addRow("%s '%s'", qPrintable(command.first), qPrintable(id))
                << command.first << command.second << id;
        }
    }
}

void TestCliOptionsParser::invalidIdsNameTheArgument()
{
    QFETCH(QString, command);
    QFETCH(QString, argumentName);
    QFETCH(QString, id);

    QStringList arguments { command, id };
    if (command == QLatin1String("download"))
        arguments << QStringLiteral("--output") << QStringLiteral("x");
    CliOptions options;
    CliUsageError error;
    QVERIFY(!CliOptionsParser::parse(arguments, &options, &error));
    QCOMPARE(error.kind, Kind::InvalidId);
    QCOMPARE(error.argument, argumentName);
    QVERIFY(error.message().contains(argumentName));
}

void TestCliOptionsParser::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << QStringLiteral("work") << true;
    QTest::newRow("chinese") << QString::fromUtf8("\xE7\x94\x9F\xE4\xBA\xA7") << true;
    QTest::newRow("spaces inside") << QStringLiteral("prod account") << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading space") << QStringLiteral(" work") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("control") << QStringLiteral("a\tb") << false;
}

void TestCliOptionsParser::profileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(CliOptionsParser::isValidProfileName(name), valid);
}

void TestCliOptionsParser::endpointOverridesSite()
{
    CliOptions options;
    CliUsageError error;
    QVERIFY(CliOptionsParser::parse({ QStringLiteral("--site"), QStringLiteral("intl"), QStringLiteral("--endpoint"),
                                      QStringLiteral("https://example.com/api"), QStringLiteral("reports") },
                                    &options, &error));
    QCOMPARE(options.apiEndpoint().site(), ApiEndpoint::Site::Custom);
    QCOMPARE(options.apiEndpoint().url(), QUrl(QStringLiteral("https://example.com/api")));
}

void TestCliOptionsParser::helpMentionsEveryCommand()
{
    const QString help = CliOptionsParser::helpText();
    const QStringList expected = { QStringLiteral("reports"),
                                   QStringLiteral("export REPORT_ID"),
                                   QStringLiteral("status EXPORT_ID"),
                                   QStringLiteral("download EXPORT_ID"),
                                   QStringLiteral("profile add NAME"),
                                   QStringLiteral("profile list"),
                                   QStringLiteral("profile remove NAME"),
                                   QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID") };
    for (const QString &text : expected)
        QVERIFY2(help.contains(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCliOptionsParser)
#include "tst_CliOptionsParser.moc"
