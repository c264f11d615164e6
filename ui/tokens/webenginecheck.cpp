#include "ui/tokens/webenginecheck.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QtGui/qtguiglobal.h>
#if QT_CONFIG(opengl)
#include <QOffscreenSurface>
#include <QOpenGLContext>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

WebEngineEnvironment WebEngineEnvironment::fromProcess(uint effectiveUserId, const QProcessEnvironment &environment)
{
    WebEngineEnvironment found;
    found.runningAsRoot = effectiveUserId == 0;
    const QString disable = environment.value(u"QTWEBENGINE_DISABLE_SANDBOX"_s).trimmed();
    const QStringList flags = environment.value(u"QTWEBENGINE_CHROMIUM_FLAGS"_s).split(u' ', Qt::SkipEmptyParts);
    found.sandboxDisabled = (!disable.isEmpty() && disable != u"0"_s) || flags.contains(u"--no-sandbox"_s);
    return found;
}

WebEngineCheck::WebEngineCheck(WebEngineEnvironment environment)
    : m_environment(std::move(environment))
{}

QString WebEngineCheck::problem() const
{
    if (m_environment.runningAsRoot && !m_environment.sandboxDisabled) {
        return QCoreApplication::translate(
            "Esi::Ui::WebEngineCheck",
            "ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it "
            "would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio "
            "as a normal user to sign in inside it (or, knowing the risk, start it with "
            "QTWEBENGINE_DISABLE_SANDBOX=1).");
    }
    if (m_environment.openGlUsable && !m_environment.openGlUsable()) {
        return QCoreApplication::translate(
            "Esi::Ui::WebEngineCheck",
            "The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in "
            "continues in your web browser instead.");
    }
    return {};
}

bool WebEngineCheck::probeOpenGl()
{
#if !QT_CONFIG(opengl)
    return false;
#else
    QOpenGLContext context;
    if (!context.create()) {
        return false;
    }
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    const bool usable = surface.isValid() && context.makeCurrent(&surface);
    if (usable) {
        context.doneCurrent();
    }
    return usable;
#endif
}

} // namespace Esi::Ui
