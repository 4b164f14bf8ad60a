#pragma once

#include <QString>

// The Message texts of the gateway's and the service's error answers, in the
// request's Lang. These are the server's words (what the real service sends),
// not the app's UI text, so they are not part of the app's translations.
class ServiceMessages
{
public:
    // lang "en" gives English; anything else Chinese (the service's default).
    static QString message(const QString &code, const QString &detail, const QString &lang);

private:
    static QString english(const QString &code, const QString &detail);
    static QString chinese(const QString &code, const QString &detail);
};
