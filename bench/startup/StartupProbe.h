#pragma once

#include <QObject>

// Quits the application at the first paint of the watched window, so a
// process's lifetime measures "start to first painted window".
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    explicit StartupProbe(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
