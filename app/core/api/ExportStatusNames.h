#pragma once

#include "api/ExportStatus.h"

#include <QCoreApplication>
#include <QString>

// The words for an export's status, shared by the table, the details pane and
// the CLI, translated at the moment they are asked for. A value outside both
// vocabularies shows as "Unknown (x)" with what the service sent.
class ExportStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(ExportStatusNames)

public:
    static QString name(ExportStatus status, const QString &rawStatus);
    // An ExportId the service rejected: not an export it knows.
    static QString notFound();
};
