#include "CliSignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalSockets[2] = { -1, -1 };
} // namespace
#endif

CliSignalWatcher::CliSignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return;
    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CliSignalWatcher::readSignal);

    struct sigaction action = {};
    action.sa_handler = &CliSignalWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

CliSignalWatcher::~CliSignalWatcher()
{
#ifdef Q_OS_UNIX
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (signalSockets[0] >= 0) {
        delete m_notifier;
        m_notifier = nullptr;
        ::close(signalSockets[0]);
        ::close(signalSockets[1]);
        signalSockets[0] = signalSockets[1] = -1;
    }
#endif
}

void CliSignalWatcher::handle(int signalNumber)
{
#ifdef Q_OS_UNIX
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
#else
    Q_UNUSED(signalNumber)
#endif
}

void CliSignalWatcher::readSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(signalSockets[1], &byte, 1) == 1)
        Q_EMIT interrupted(static_cast<int>(byte));
#endif
}
