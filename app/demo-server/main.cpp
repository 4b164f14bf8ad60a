#include "DemoServerOptions.h"
#include "common/SignalWatcher.h"
#include "simulator/Simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QByteArray announcement(const Simulator &simulator)
{
    const AccessKeyCredentials key = Simulator::demoCredentials();
    QJsonObject object;
    object.insert(QStringLiteral("endpoint"), simulator.endpoint().toString());
    object.insert(QStringLiteral("accessKeyId"), key.accessKeyId);
    // The demo secret only opens this simulator; printing it is the point.
    object.insert(QStringLiteral("accessKeySecret"), key.accessKeySecret);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reportdesk-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));

    SimulatorConfig config;
    QString errorText;
    if (DemoServerOptions::parse(QCoreApplication::arguments(), &config, &errorText)
        == DemoServerOptions::Outcome::Error) {
        std::fprintf(stderr, "%s\n", qPrintable(errorText));
        return 2;
    }

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::signalReceived, &app, [] { QCoreApplication::quit(); });

    Simulator simulator(config);
    if (!simulator.start()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("DemoServer", "Cannot listen: %1").arg(simulator.errorString())));
        return 1;
    }
    const QByteArray line = announcement(simulator);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    simulator.stop();
    return code;
}
