#include "AppContext.h"
#include "Icons.h"
#include "MainWindow.h"

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

    AppContext::Options options;
    options.demo = parser.isSet(demo);
    AppContext context(options);
    MainWindow window(&context);
    context.setWindow(&window);
    window.show();
    context.start();
    return QApplication::exec();
}
