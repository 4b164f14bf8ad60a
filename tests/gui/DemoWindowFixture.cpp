#include "DemoWindowFixture.h"

#include "AppContext.h"
#include "MainWindow.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

DemoWindowFixture::DemoWindowFixture(bool samples)
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    AppContext::Options options;
    options.demoSpeed = 40;
    options.demoSamples = samples;
    m_context = new AppContext(options);
    m_window = new MainWindow(m_context);
    m_context->setWindow(m_window);
}

DemoWindowFixture::~DemoWindowFixture()
{
    delete m_window;
    delete m_context;
}

bool DemoWindowFixture::open()
{
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window);
}
