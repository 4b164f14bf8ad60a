#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QFile;
class QIODevice;

// The optional request log (--verbose, the GUI's diagnostics setting): one line per
// HTTP attempt. Every line goes through Redactor before it is written, and the
// sensitive values registered here (the AccessKey secret, the STS token) are
// scrubbed too, so a secret, a token, a signature or a signed URL's query never
// reaches it even if a caller slips one into a field.
class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    struct Entry
    {
        QDateTime time; // when the attempt started (UTC)
        QString action; // "DescribeReportExport", or "Download"
        QByteArray method;
        QString host;
        int httpStatus = 0; // 0: no HTTP answer
        QString code; // the service's Code, or a local error kind
        QString requestId;
        int attempt = 0; // 1 for the first try
        qint64 durationMs = 0;
        QString note; // e.g. "retry in 180 ms", a network error text
    };

    explicit RequestLog(QObject *parent = nullptr);
    ~RequestLog() override;

    // Where lines go; the device is not owned. nullptr stops writing (lineWritten() still fires).
    void setDevice(QIODevice *device);
    void logToStandardError();
    // Appends to a file, created readable by its owner only (0600; an existing file
    // is narrowed to that too). Not QSaveFile: a log grows line by line and must keep
    // what was written before a crash, which an all-or-nothing save would lose.
    // Past maxBytes the file is rotated: path -> path.1 -> path.2 ..., keeping
    // `files` files in all (4 MiB and 3 by default).
    bool openFile(const QString &path);
    void setRotation(qint64 maxBytes, int files);
    bool isWriting() const;

    // Adds values (secrets, tokens, the proxy password) that are replaced wherever
    // they appear. Values are only ever added: whoever registers one cannot drop
    // another's, and an old secret stays unlogged after a key change.
    void addSensitiveValues(const QStringList &values);
    void record(const Entry &entry);

    // One line, without the newline: time, action, method, host, status, code, request id,
    // attempt, duration, note. Not redacted: record() redacts.
    static QString formatEntry(const Entry &entry);

Q_SIGNALS:
    void lineWritten(const QString &line);

private:
    void closeOwnedFile();
    bool openOwnedFile();
    void rotateIfFull(qint64 incoming);

    QPointer<QIODevice> m_device;
    QFile *m_ownedFile = nullptr;
    QString m_path; // of the owned file, empty for stderr
    qint64 m_maxBytes = 4 * 1024 * 1024;
    int m_files = 3;
    QStringList m_sensitiveValues;
};
