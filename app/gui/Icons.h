#pragma once

#include <QIcon>
#include <QString>

// The bundled interface icons, rendered from resources/icons/*.svg at build
// time into raw pixels, loaded once and shared. Decoding a PNG would make Qt
// load and probe every image plugin, a visible part of the start-up time.
class Icons
{
public:
    static QIcon get(const QString &name);
};
