#pragma once

#include <QString>

// Validates ExportId / ReportId input: only a positive 64-bit integer in plain
// decimal digits. Everything else ("abc", "-5", "0", "1e3", "+7", " 12",
// 99999999999999999999, empty) is refused with a reason, before any request.
class IdParser
{
public:
    enum class Problem
    {
        None,
        Empty,
        NotDigits, // letters, signs, exponents, spaces, decimal points
        Zero, // 0 (or 000) is not an ID
        TooLarge, // beyond 9223372036854775807
    };

    struct Result
    {
        qint64 id = 0; // valid only when problem == None
        Problem problem = Problem::Empty;
    };

    static Result parse(const QString &text);
    // A translated sentence for the problem, e.g. "Use digits only, like 1042."
    static QString problemText(Problem problem);
};
