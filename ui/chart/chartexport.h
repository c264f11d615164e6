#pragma once

#include <QCoreApplication>
#include <QString>

class QGraphicsView;
class QWidget;

namespace Esi::Ui {

// Writes a chart as an image. The file is written beside its place and renamed into it only when complete
// (QSaveFile), so a failure leaves an existing file as it was; a new file is private to the user (0600).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Ui::ChartExport)

public:
    // The widget as it looks on screen, as PNG. Empty on success, else what went wrong.
    static QString savePng(QWidget *widget, const QString &path);

    // The view's scene as SVG (vector lines and text), titled `title`. Empty on success, else what went wrong.
    static QString saveSvg(QGraphicsView *view, const QString &path, const QString &title);
};

} // namespace Esi::Ui
