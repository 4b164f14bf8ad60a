#include "ReportDeskStyle.h"

#include "Icons.h"

#include <QApplication>

ReportDeskStyle::ReportDeskStyle() = default;

void ReportDeskStyle::install()
{
    QApplication::setStyle(new ReportDeskStyle); // the application owns its style
}

QIcon ReportDeskStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton: return Icons::get(QStringLiteral("more-horizontal"));
    case SP_ToolBarVerticalExtensionButton: return Icons::get(QStringLiteral("more-vertical"));
    default: break;
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}
