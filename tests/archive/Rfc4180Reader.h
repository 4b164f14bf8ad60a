#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An RFC 4180 reader written for the tests alone, so the writer is checked against
// the format and not against itself: records end with CRLF, a field is quoted or
// not, a quote inside a quoted field is doubled, CR, LF and commas are data inside
// quotes. A bare quote inside an unquoted field or a lone CR or LF is an error.
class Rfc4180Reader
{
public:
    // False (with *error) at the first violation.
    static bool parse(const QString &text, QList<QStringList> *records, QString *error);
};
