// Build-time host tool: renders the application's SVG icon to the PNG sizes the
// hicolor theme wants, so no generated PNG is ever committed.
//
//   reportdesk-icon-render <source.svg> <size> <output.png> [<size> <output.png>...]

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "reportdesk-icon-render: %s\n", qPrintable(text));
}

QImage render(QSvgRenderer *renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer->render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

// Raw premultiplied ARGB32 rows, for icons the app turns into a QImage without
// an image decoder (Qt 6.4 loads and probes every image plugin for any decode).
bool writeRaw(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const auto bytes = static_cast<qint64>(argb.width()) * argb.height() * 4;
    if (!file.open(QIODevice::WriteOnly)) {
        printError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    for (int y = 0; y < argb.height(); ++y)
        file.write(reinterpret_cast<const char *>(argb.constScanLine(y)), static_cast<qint64>(argb.width()) * 4);
    if (file.size() != bytes || !file.commit()) {
        printError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool writePng(const QImage &image, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        printError(QStringLiteral("cannot create the folder of %1").arg(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        printError(QStringLiteral("cannot encode %1 as PNG").arg(path));
        return false;
    }
    if (!file.commit()) {
        printError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application object gives the renderer fonts should an icon ever
    // contain text; the minimal platform keeps the build headless and quiet.
    qputenv("QT_QPA_PLATFORM", "minimal");
    // Build machines have no login session; a private runtime folder keeps Qt
    // from warning about it on every build.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    QGuiApplication app(argc, argv);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4 || args.size() % 2 != 0) {
        printError(QStringLiteral("usage: reportdesk-icon-render <source.svg> <size> <output.png|.argb32> [<size> "
                                  "<output>...]"));
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        printError(QStringLiteral("cannot read the SVG %1").arg(args.at(1)));
        return 1;
    }
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);

    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            printError(QStringLiteral("not an icon size: %1").arg(args.at(i)));
            return 2;
        }
        const QString &output = args.at(i + 1);
        const QImage image = render(&renderer, size);
        if (!(output.endsWith(QLatin1String(".argb32")) ? writeRaw(image, output) : writePng(image, output)))
            return 1;
    }
    return 0;
}
