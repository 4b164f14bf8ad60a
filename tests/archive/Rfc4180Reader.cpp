#include "Rfc4180Reader.h"

bool Rfc4180Reader::parse(const QString &text, QList<QStringList> *records, QString *error)
{
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator may follow)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = QStringLiteral("bare CR at %1").arg(i);
                return false;
            }
            ++i;
            record.append(field);
            records->append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n') {
            *error = QStringLiteral("bare LF at %1").arg(i);
            return false;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return false;
            }
            quoted = true;
        } else {
            if (wasQuoted) {
                *error = QStringLiteral("text after a closing quote at %1").arg(i);
                return false;
            }
            field += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quoted field");
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        *error = QStringLiteral("last record without CRLF");
        return false;
    }
    return true;
}
