#pragma once

#include <QByteArray>

#include <memory>

struct evp_md_ctx_st;

// SHA-256 of a stream, fed as it is written. OpenSSL's, not QCryptographicHash:
// on this hardware (SHA extensions) it hashes about 2 GB/s against Qt 6.4's
// 0.3 GB/s, which would otherwise make hashing the slowest step of a download.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(const QByteArray &data);
    void addData(const char *data, qsizetype size);
    // Lower-case hex of everything added; the hash starts over afterwards.
    QByteArray hexResult();

    static QByteArray hexOf(const QByteArray &data);
    // Frees OpenSSL's state of the calling thread. A worker thread that hashed
    // calls it before it ends: OpenSSL would free it in a thread-exit handler
    // that may run after QThread::wait() returned, i.e. after the process left.
    static void releaseThreadState();

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};
