#include "AppContext.h"
#include "ApplicationInstance.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ReportDeskStyle.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("reportdesk.github.io"));
    QApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(REPORTDESK_APP_ID));
    QApplication::setWindowIcon(Icons::get(QStringLiteral("reportdesk")));
    ReportDeskStyle::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export, follow and download Alibaba Cloud Security Center reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start with the built-in simulated Security Center (no account needed)."));
    parser.addOption(demo);
    parser.process(app);

    // A second start raises the running window and hands it the command line.
    ApplicationInstance instance;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (!instance.becomePrimary() && instance.sendToPrimary(arguments))
        return 0;
    // (Neither primary nor heard: run on our own rather than not at all.)

    AppContext::Options options;
    options.demo = parser.isSet(demo);
    options.demoSamples = true;
    AppContext context(options);
    MainWindow window(&context);
    context.setWindow(&window);
    window.show();
    context.start();
    QObject::connect(&instance, &ApplicationInstance::argumentsReceived, &window,
                     [&window, &context, &demo](const QStringList &received) {
                         QCommandLineParser handed;
                         handed.addOption(demo);
                         handed.parse(QStringList { QStringLiteral("reportdesk") } + received);
                         if (handed.isSet(demo) && !context.isDemo())
                             context.startDemo();
                         window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                         window.show();
                         window.raise();
                         window.activateWindow();
                     });
    return QApplication::exec();
}
