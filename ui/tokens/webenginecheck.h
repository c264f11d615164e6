#pragma once

#include <QString>
#include <functional>

class QProcessEnvironment;

namespace Esi::Ui {

// What decides whether QtWebEngine can start in this process. The app reads it once at start-up and passes
// it down, so nothing deeper reads the environment.
struct WebEngineEnvironment
{
    bool runningAsRoot = false;         // effective user ID 0
    bool sandboxDisabled = false;       // QTWEBENGINE_DISABLE_SANDBOX, or --no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS
    std::function<bool()> openGlUsable; // asked once before the plugin loads; empty: not checked

    static WebEngineEnvironment fromProcess(uint effectiveUserId, const QProcessEnvironment &environment);
};

// Decides, before the esi_websignin plugin is loaded, whether QtWebEngine would start: as root, Chromium
// refuses its sandbox and aborts the whole process, and without usable OpenGL it cannot draw. When it would
// not, the sign-in goes to the system browser with problem() as the explanation, and the app stays up.
class WebEngineCheck
{
public:
    explicit WebEngineCheck(WebEngineEnvironment environment);

    // Empty when the embedded browser may start; otherwise why not and what the user can do.
    QString problem() const;

    // Creates an OpenGL context on an offscreen surface, as QtWebEngine will.
    static bool probeOpenGl();

private:
    WebEngineEnvironment m_environment;
};

} // namespace Esi::Ui
