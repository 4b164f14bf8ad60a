#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
