#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM into a Qt signal, so that Ctrl-C or a cron timeout ends the
// process through the event loop: a download is cancelled cleanly (QSaveFile discards
// its temporary file) and a server closes its sockets, instead of dying mid-write.
// The handler only writes a byte to a socket pair (write() is async-signal-safe);
// the notifier reads it on the event loop. One watcher per process: the handler
// has no object to find, so the socket pair is process-wide. Does nothing where
// POSIX signals do not exist.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    // Restores the default handlers, so a second Ctrl-C after this kills at once.
    ~SignalWatcher() override;

Q_SIGNALS:
    // SIGINT or SIGTERM; by convention the process then exits with 128 + signalNumber.
    void signalReceived(int signalNumber);

private:
    void readSignal();
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};
