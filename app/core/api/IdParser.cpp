#include "api/IdParser.h"

#include <QCoreApplication>

IdParser::Result IdParser::parse(const QString &text)
{
    Result result;
    if (text.isEmpty()) {
        result.problem = Problem::Empty;
        return result;
    }
    for (const QChar c : text) {
        // Only ASCII digits: QChar::isDigit() would also accept e.g. Arabic-Indic digits.
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            result.problem = Problem::NotDigits;
            return result;
        }
    }
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok) {
        result.problem = Problem::TooLarge; // all digits, so only overflow is left
        return result;
    }
    if (value == 0) {
        result.problem = Problem::Zero;
        return result;
    }
    result.id = value;
    result.problem = Problem::None;
    return result;
}

QString IdParser::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None: return {};
    case Problem::Empty: return QCoreApplication::translate("IdParser", "An ID is required.");
    case Problem::NotDigits:
        return QCoreApplication::translate("IdParser",
                                           "Use digits only (no signs, spaces, decimals or exponents), like 1042.");
    case Problem::Zero:
        return QCoreApplication::translate("IdParser", "The ID must be a positive number; 0 is not an ID.");
    case Problem::TooLarge:
        return QCoreApplication::translate("IdParser",
                                           "The number is too large for an ID (at most 9223372036854775807).");
    }
    return {};
}
