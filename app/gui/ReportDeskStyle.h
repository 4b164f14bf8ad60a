#pragma once

#include <QProxyStyle>

// The platform's style, with the few standard icons the main window asks for
// at start (the menu bar's and tool bar's "more" buttons) drawn from the
// app's own raw-pixel icons: Qt's own come from PNG files, and reading the
// first PNG loads every image-format plugin (about a tenth of the start-up).
class ReportDeskStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDeskStyle)

public:
    ReportDeskStyle();
    // Sets it as the application's style (before the first window).
    static void install();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
