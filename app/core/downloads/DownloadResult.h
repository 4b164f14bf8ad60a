#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// How one download ended. Technical fields never contain the signed URL.
struct DownloadResult
{
    enum class Kind
    {
        Success,
        LinkExpired, // the storage said "Request has expired.": ask for a fresh link
        ServerError, // any other non-200 answer (OSS Code/Message/RequestId when it sent XML)
        Network, // connection refused, DNS, TLS, timeout, connection cut
        Cancelled, // the user cancelled
        DiskFull, // no space left (or the file size limit was hit)
        FileError, // the target cannot be written: permission, not a folder...
        Incomplete, // the body ended before Content-Length bytes arrived
        UnsafeLink, // not HTTPS (nor loopback HTTP), or a redirect to a less safe place
        LinkUnavailable, // DescribeReportExport failed or gave no link (see apiError)
    };

    Kind kind = Kind::Success;
    int httpStatus = 0;
    QString ossCode; // e.g. "AccessDenied"
    QString ossMessage; // e.g. "Request has expired."
    QString ossRequestId;
    QString ossHostId;
    QString detail; // technical detail: network error name, file error text
    QString filePath; // where the file was (or would have been) saved
    qint64 bytesReceived = 0;
    qint64 expectedBytes = -1; // Content-Length, -1 when not sent
    QString sha256; // Success: lower-case hex SHA-256 of the saved file
    ApiError apiError; // LinkUnavailable: why no link came

    bool isSuccess() const { return kind == Kind::Success; }
    // The problem is on this computer (disk full, no permission...), not the link or the network.
    bool isLocalError() const { return kind == Kind::DiskFull || kind == Kind::FileError; }

    // A sentence for the user, translated at the moment of the call.
    QString message() const;

    // A stable untranslated key ("link-expired", "disk-full"...) for the CLI and logs.
    static QString kindKey(Kind kind);
    // FileError's detail when the target is a symbolic link (worded by message()).
    static QString symlinkDetail() { return QStringLiteral("symbolic-link"); }

    // Reads an OSS error document (<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId>…)
    // into the oss* fields; false when the body is not one.
    bool parseOssError(const QByteArray &body);

    // True when the OSS answer means the pre-signed link has expired.
    bool ossSaysExpired() const;
};

Q_DECLARE_METATYPE(DownloadResult)
