#include "tasks/DownloadError.h"

#include "downloads/DownloadResult.h"
#include "tasks/ExportTask.h"

#include <QStringList>

namespace {

using Kind = DownloadResult::Kind;

QString prefix()
{
    return QStringLiteral("download:");
}

Kind kindOf(const QString &key)
{
    for (const Kind kind : { Kind::LinkExpired, Kind::ServerError, Kind::Network, Kind::Cancelled, Kind::DiskFull,
                             Kind::FileError, Kind::Incomplete, Kind::UnsafeLink, Kind::LinkUnavailable }) {
        if (DownloadResult::kindKey(kind) == key)
            return kind;
    }
    return Kind::ServerError;
}

} // namespace

// The detail lines per kind, in this order (a line may be empty):
//   LinkExpired, ServerError: OSS Code, OSS Message
//   Network: the network error      DiskFull: the target path
//   FileError: the target path, the file error (the last line: a path may hold anything)
//   Incomplete: bytes received, bytes expected
//   LinkUnavailable: the API's Code, its Message (none: the export has no link yet)
TaskError DownloadError::taskError(const DownloadResult &result)
{
    QStringList detail;
    switch (result.kind) {
    case Kind::LinkExpired:
    case Kind::ServerError: detail << result.ossCode << result.ossMessage; break;
    case Kind::Network: detail << result.detail; break;
    case Kind::DiskFull: detail << result.filePath; break;
    case Kind::FileError: detail << result.filePath << result.detail; break;
    case Kind::Incomplete:
        detail << QString::number(result.bytesReceived) << QString::number(result.expectedBytes);
        break;
    case Kind::LinkUnavailable:
        if (result.apiError.isError())
            detail << result.apiError.code << result.apiError.message;
        break;
    case Kind::Success:
    case Kind::Cancelled:
    case Kind::UnsafeLink: break;
    }
    TaskError error;
    error.code = prefix() + DownloadResult::kindKey(result.kind);
    error.message = detail.join(QLatin1Char('\n'));
    error.requestId = result.kind == Kind::LinkUnavailable ? result.apiError.requestId : result.ossRequestId;
    error.httpStatus = result.kind == Kind::LinkUnavailable ? result.apiError.httpStatus : result.httpStatus;
    return error;
}

bool DownloadError::isDownloadError(const TaskError &error)
{
    return error.code.startsWith(prefix());
}

DownloadResult DownloadError::result(const TaskError &error)
{
    DownloadResult r;
    r.kind = kindOf(error.code.mid(prefix().size()));
    r.httpStatus = error.httpStatus;
    const QStringList lines = error.message.split(QLatin1Char('\n'));
    const auto at = [&lines](int i) { return i < lines.size() ? lines.at(i) : QString(); };
    switch (r.kind) {
    case Kind::LinkExpired:
    case Kind::ServerError:
        r.ossCode = at(0);
        r.ossMessage = lines.mid(1).join(QLatin1Char('\n'));
        r.ossRequestId = error.requestId;
        break;
    case Kind::Network: r.detail = error.message; break;
    case Kind::DiskFull: r.filePath = error.message; break;
    case Kind::FileError: {
        const int cut = error.message.lastIndexOf(QLatin1Char('\n'));
        r.filePath = cut < 0 ? error.message : error.message.left(cut);
        r.detail = cut < 0 ? QString() : error.message.mid(cut + 1);
        break;
    }
    case Kind::Incomplete:
        r.bytesReceived = at(0).toLongLong();
        r.expectedBytes = lines.size() > 1 ? at(1).toLongLong() : -1;
        break;
    case Kind::LinkUnavailable:
        if (!error.message.isEmpty()) {
            r.apiError.kind = ApiError::Kind::Service;
            r.apiError.code = at(0);
            r.apiError.message = lines.mid(1).join(QLatin1Char('\n'));
            r.apiError.requestId = error.requestId;
            r.apiError.httpStatus = error.httpStatus;
        }
        break;
    case Kind::Success:
    case Kind::Cancelled:
    case Kind::UnsafeLink: break;
    }
    return r;
}

QString DownloadError::text(const TaskError &error)
{
    return result(error).message();
}
