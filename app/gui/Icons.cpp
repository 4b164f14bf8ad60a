#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QImage>
#include <QPixmap>

namespace {
// Raw premultiplied ARGB32 pixels made by reportdesk-icon-render at build time.
QPixmap rawIcon(const QString &name, int size)
{
    QFile file(QStringLiteral(":/icons/%1-%2.argb32").arg(name).arg(size));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pixels = file.readAll();
    if (pixels.size() != size * size * 4)
        return {};
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size; ++y)
        memcpy(image.scanLine(y), pixels.constData() + y * size * 4, static_cast<size_t>(size) * 4);
    return QPixmap::fromImage(image);
}
} // namespace

QIcon Icons::get(const QString &name)
{
    // Widgets live in the GUI thread only, so a plain static cache is enough.
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;

    QIcon icon;
    const QPixmap normal = rawIcon(name, 24);
    if (!normal.isNull())
        icon.addPixmap(normal);
    QPixmap doubled = rawIcon(name, 48);
    if (!doubled.isNull()) {
        doubled.setDevicePixelRatio(2.0);
        icon.addPixmap(doubled);
    }
    cache.insert(name, icon);
    return icon;
}
