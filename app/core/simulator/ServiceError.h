#pragma once

#include <QString>

// An error the simulated gateway or service answers with. The Message text is
// produced from (code, detail) in the caller's Lang when the body is written.
struct ServiceError
{
    int httpStatus = 0;
    QString code;
    QString detail; // a parameter name, RAM action, string to sign...

    bool isError() const { return !code.isEmpty(); }

    static ServiceError make(int status, const QString &code, const QString &detail = QString())
    {
        return ServiceError { status, code, detail };
    }
};
