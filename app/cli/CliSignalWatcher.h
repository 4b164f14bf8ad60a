#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM into a Qt signal so that Ctrl-C or a cron timeout cancels a
// download cleanly (QSaveFile discards its temporary file) instead of leaving one
// behind. The handler only writes a byte to a socket pair (async-signal-safe).
// Does nothing where POSIX signals do not exist.
class CliSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSignalWatcher)

public:
    explicit CliSignalWatcher(QObject *parent = nullptr);
    ~CliSignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readSignal();
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};
