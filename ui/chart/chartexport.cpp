#include "ui/chart/chartexport.h"

#include "core/privatefiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsView>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString writeError(const QString &path, const QString &reason)
{
    return ChartExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Writes `bytes` to `path` through a QSaveFile; empty on success.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const bool newFile = !QFileInfo::exists(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(path, file.errorString());
    }
    if (newFile && !Core::PrivateFiles::restrictToUser(file)) { // a replaced file keeps the mode its owner gave it
        file.cancelWriting();
        return writeError(path, ChartExport::tr("its permissions could not be restricted to you"));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return writeError(path, file.errorString());
    }
    return {};
}

} // namespace

QString ChartExport::savePng(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (pixmap.isNull() || !pixmap.save(&buffer, "PNG")) {
        return writeError(path, tr("the chart could not be drawn as PNG"));
    }
    return writeFile(path, bytes);
}

QString ChartExport::saveSvg(QGraphicsView *view, const QString &path, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize size = view->viewport()->size();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(u"ESI Studio"_s);
    QPainter painter;
    if (!painter.begin(&generator)) {
        return writeError(path, tr("the chart could not be drawn as SVG"));
    }
    view->render(&painter, QRectF(QPointF(0, 0), size), view->viewport()->rect());
    painter.end();
    return writeFile(path, bytes);
}

} // namespace Esi::Ui
