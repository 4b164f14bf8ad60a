#pragma once

#include "simulator/SimulatorConfig.h"

#include <QCoreApplication>
#include <QStringList>

// The command line of reportdesk-demo-server.
class DemoServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(DemoServerOptions)

public:
    enum class Outcome
    {
        Run,
        Exit, // --help / --version were answered
        Error,
    };

    // Fills config from arguments; on Error, errorText says why.
    static Outcome parse(const QStringList &arguments, SimulatorConfig *config, QString *errorText);
};
