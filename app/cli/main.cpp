#include "CliLanguage.h"
#include "CliOptionsParser.h"
#include "CliOutput.h"
#include "CliRunner.h"
#include "api/NetworkSettings.h"
#include "common/SignalWatcher.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "i18n/LanguageSetting.h"
#include "i18n/TranslationManager.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// A test hook: the e2e tests shorten --wait's polling. Never below 100 ms.
int pollIntervalFromEnvironment()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("REPORTDESK_CLI_POLL_MS", &ok);
    return ok ? qMax(100, value) : 3000;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI: the CLI shares its saved language and profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));

    QFile out;
    QFile err;
    QFile in;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    in.open(stdin, QIODevice::ReadOnly);

    CliOptions options;
    CliUsageError usageError;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const bool parsed = CliOptionsParser::parse(arguments, &options, &usageError);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    LanguageSetting language;
    CliLanguage::applyForSession(&language, CliLanguage::resolve(options.language, environment));
    const TranslationManager translations(&language);

    AppSettings settings;
    // The app's proxy and timeout (the runner applies the proxy, with its keychain password).
    const NetworkSettings networkSettings = NetworkSettings::load(settings);
    QNetworkAccessManager network;
    KeychainCredentialStore store;
    ProfileRepository profiles(settings.store(), &store);

    CliRunner::Context context;
    context.network = &network;
    context.language = &language;
    context.profiles = &profiles;
    context.out = &out;
    context.err = &err;
    context.in = &in;
    context.environment = environment;
    context.interactiveInput = stdinIsTerminal();
    context.transferTimeoutMs = networkSettings.timeoutMs;
    context.proxy = networkSettings.proxy;

    if (!parsed) {
        // The option parsing stopped early, so look for --json by hand.
        if (arguments.contains(QStringLiteral("--json"))) {
            out.write(
                CliOutput::jsonLine(CliOutput::errorJson(QStringLiteral("InvalidArgument"), usageError.message())));
        } else {
            const QString text = QCoreApplication::translate("Cli", "Error: %1").arg(usageError.message()) + u'\n'
                + QCoreApplication::translate("Cli", "Run \"reportdesk-cli --help\" for the usage.") + u'\n';
            err.write(text.toUtf8());
        }
        return exitCodeValue(CliExitCode::Usage);
    }

    CliRunner runner(options, context);
    runner.setPollInterval(pollIntervalFromEnvironment());
    QObject::connect(
        &runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    const SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, &runner,
                     [&runner](int signalNumber) { runner.interrupt(128 + signalNumber); });
    runner.start();
    return QCoreApplication::exec();
}
