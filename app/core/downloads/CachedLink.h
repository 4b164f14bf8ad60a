#pragma once

#include <QDateTime>
#include <QUrl>

// What is known about an export's download link. The URL is signed: memory only.
struct CachedLink
{
    QUrl url;
    QDateTime expiresAt; // UTC; invalid when unknown (then the URL's Expires is used)
    QDateTime answeredAt; // UTC: when DescribeReportExport gave this link; invalid when unknown
};
