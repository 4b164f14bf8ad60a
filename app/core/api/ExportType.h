#pragma once

#include <QString>

enum class ExportType
{
    Html,
    Pdf,
};

// The API spelling: "HTML" / "PDF".
inline QString exportTypeName(ExportType t)
{
    return t == ExportType::Pdf ? QStringLiteral("PDF") : QStringLiteral("HTML");
}

inline QString exportTypeExtension(ExportType t)
{
    return t == ExportType::Pdf ? QStringLiteral("pdf") : QStringLiteral("html");
}
