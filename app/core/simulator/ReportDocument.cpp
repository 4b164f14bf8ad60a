#include "simulator/ReportDocument.h"

#include "simulator/ByteArrayBodySource.h"
#include "simulator/GeneratedHtmlSource.h"

#include <QList>

std::shared_ptr<const HttpBodySource> ReportDocument::create(const SimulatorReport &report, bool pdf, qint64 exportId,
                                                             const QDate &exportDate, qint64 largeReportBytes)
{
    if (report.behaviour == SimulatorReport::Behaviour::Large && !pdf)
        return std::make_shared<GeneratedHtmlSource>(report.title, largeReportBytes);
    return std::make_shared<ByteArrayBodySource>(pdf ? ReportDocument::pdf(report, exportId, exportDate)
                                                     : html(report, exportId, exportDate));
}

QByteArray ReportDocument::html(const SimulatorReport &report, qint64 exportId, const QDate &exportDate)
{
    const QByteArray title = report.title.toHtmlEscaped().toUtf8();
    const QByteArray lang = report.reportLang.toUtf8();
    const QByteArray date = exportDate.toString(Qt::ISODate).toLatin1();
    return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head><meta charset=\"utf-8\"><title>" + title
        + "</title></head>\n<body>\n<h1>" + title + "</h1>\n<p>Report " + QByteArray::number(report.reportId)
        + ", export " + QByteArray::number(exportId) + ", " + date
        + ".</p>\n<table>\n<tr><th>Item</th><th>Count</th></tr>\n<tr><td>Alerts</td><td>"
        + QByteArray::number(report.reportId % 17) + "</td></tr>\n<tr><td>Vulnerabilities</td><td>"
        + QByteArray::number(report.reportId % 29) + "</td></tr>\n</table>\n</body>\n</html>\n";
}

QByteArray ReportDocument::pdf(const SimulatorReport &report, qint64 exportId, const QDate &exportDate)
{
    // Helvetica only covers Latin text, so the PDF names the report by number.
    const QByteArray text = "Security report " + QByteArray::number(report.reportId) + ", export "
        + QByteArray::number(exportId) + ", " + exportDate.toString(Qt::ISODate).toLatin1();
    const QByteArray content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET\n";
    const QList<QByteArray> objects = {
        QByteArrayLiteral("<< /Type /Catalog /Pages 2 0 R >>"),
        QByteArrayLiteral("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        QByteArrayLiteral("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                          "/Resources << /Font << /F1 5 0 R >> >> >>"),
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        QByteArrayLiteral("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
    };
    QByteArray out = QByteArrayLiteral("%PDF-1.4\n");
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qint64 offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}
