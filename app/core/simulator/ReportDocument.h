#pragma once

#include "simulator/HttpBodySource.h"
#include "simulator/SimulatorReport.h"

#include <QDate>
#include <memory>

// The file an export produces: a small valid HTML or PDF document describing
// the report, or the generated large HTML file.
class ReportDocument
{
public:
    static std::shared_ptr<const HttpBodySource> create(const SimulatorReport &report, bool pdf, qint64 exportId,
                                                        const QDate &exportDate, qint64 largeReportBytes);
    static QByteArray html(const SimulatorReport &report, qint64 exportId, const QDate &exportDate);
    static QByteArray pdf(const SimulatorReport &report, qint64 exportId, const QDate &exportDate);
};
