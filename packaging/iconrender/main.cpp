// esi-iconrender: renders the application's SVG icon to the PNG sizes of the hicolor icon theme at build time,
// with Qt Svg, so packaging needs no external converter.
//
//   esi-iconrender INPUT.svg OUTPUT_DIR NAME SIZE...   writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int exitUsage = 2;
constexpr int exitFailure = 1;
constexpr int maxSize = 1024;

void printError(const QString &message)
{
    std::fprintf(stderr, "esi-iconrender: %s\n", qUtf8Printable(message));
}

// A render that leaves every pixel transparent means the SVG drew nothing (e.g. an unsupported feature).
bool hasVisiblePixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 0) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 4) {
        printError(u"usage: esi-iconrender INPUT.svg OUTPUT_DIR NAME SIZE..."_s);
        return exitUsage;
    }
    const QString input = arguments.at(0);
    const QDir output(arguments.at(1));
    const QString name = arguments.at(2);

    QList<int> sizes;
    for (const QString &text : arguments.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > maxSize) {
            printError(
                u"size \u201c%1\u201d is not a whole number of pixels between 1 and %2"_s.arg(text).arg(maxSize));
            return exitUsage;
        }
        sizes.append(size);
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        printError(u"%1 is not an SVG image Qt Svg can read"_s.arg(input));
        return exitFailure;
    }

    for (const int size : std::as_const(sizes)) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QImage result = image.convertToFormat(QImage::Format_ARGB32);
        if (!hasVisiblePixels(result)) {
            printError(u"%1 rendered to a fully transparent %2x%2 image"_s.arg(input).arg(size));
            return exitFailure;
        }
        const QString directory = u"%1x%1/apps"_s.arg(size);
        if (!output.mkpath(directory)) {
            printError(u"cannot create %1"_s.arg(output.filePath(directory)));
            return exitFailure;
        }
        const QString file = output.filePath(directory + u'/' + name + u".png"_s);
        if (!result.save(file, "PNG")) {
            printError(u"cannot write %1"_s.arg(file));
            return exitFailure;
        }
    }
    return 0;
}
