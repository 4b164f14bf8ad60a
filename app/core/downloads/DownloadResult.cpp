#include "downloads/DownloadResult.h"

#include "common/DataSizeText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DownloadResult", text);
}

QString withOssDetails(QString text, const DownloadResult &r)
{
    if (!r.ossCode.isEmpty())
        text += QLatin1Char(' ') + tr("Code: %1.").arg(r.ossCode);
    if (!r.ossMessage.isEmpty())
        text += QLatin1Char(' ') + tr("Message: %1").arg(r.ossMessage);
    if (!r.ossRequestId.isEmpty())
        text += QLatin1Char(' ') + tr("RequestId: %1").arg(r.ossRequestId);
    return text;
}

QString linkUnavailableMessage(const ApiError &e)
{
    if (!e.isError())
        return tr("The export has no download link yet.");
    QString text = tr("Could not get a download link.");
    if (!e.code.isEmpty())
        text += QLatin1Char(' ') + tr("Code: %1.").arg(e.code);
    if (!e.message.isEmpty())
        text += QLatin1Char(' ') + e.message;
    if (!e.requestId.isEmpty())
        text += QLatin1Char(' ') + tr("RequestId: %1").arg(e.requestId);
    return text;
}

} // namespace

QString DownloadResult::message() const
{
    switch (kind) {
    case Kind::Success: return tr("Saved to %1").arg(filePath);
    case Kind::LinkExpired:
        return withOssDetails(tr("The download link has expired, and a fresh one did not work either."), *this);
    case Kind::ServerError:
        return withOssDetails(tr("The download server refused the request (HTTP %1).").arg(httpStatus), *this);
    case Kind::Network: return tr("The download failed because of a network problem (%1).").arg(detail);
    case Kind::Cancelled: return tr("The download was cancelled.");
    case Kind::DiskFull: return tr("There is not enough disk space to save %1.").arg(filePath);
    case Kind::FileError:
        return tr("Cannot save to %1: %2")
            .arg(filePath,
                 detail == symlinkDetail() ? tr("it is a symbolic link, and ReportDesk does not save through links.")
                                           : detail);
    case Kind::Incomplete:
        return tr("The download was cut short: %1 arrived.").arg(DataSizeText::progress(bytesReceived, expectedBytes));
    case Kind::UnsafeLink:
        return tr("The download link is not secure (only HTTPS is allowed), so it was not followed.");
    case Kind::LinkUnavailable: return linkUnavailableMessage(apiError);
    }
    return QString();
}

QString DownloadResult::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Success: return QStringLiteral("success");
    case Kind::LinkExpired: return QStringLiteral("link-expired");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::DiskFull: return QStringLiteral("disk-full");
    case Kind::FileError: return QStringLiteral("file-error");
    case Kind::Incomplete: return QStringLiteral("incomplete");
    case Kind::UnsafeLink: return QStringLiteral("unsafe-link");
    case Kind::LinkUnavailable: return QStringLiteral("link-unavailable");
    }
    return QString();
}

bool DownloadResult::parseOssError(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("Error"))
        return false;
    while (xml.readNextStartElement()) {
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (xml.name() == QLatin1String("Code"))
            ossCode = value;
        else if (xml.name() == QLatin1String("Message"))
            ossMessage = value;
        else if (xml.name() == QLatin1String("RequestId"))
            ossRequestId = value;
        else if (xml.name() == QLatin1String("HostId"))
            ossHostId = value;
    }
    return !ossCode.isEmpty() || !ossMessage.isEmpty();
}

bool DownloadResult::ossSaysExpired() const
{
    return ossMessage.contains(QLatin1String("Request has expired"), Qt::CaseInsensitive);
}
