#pragma once

#include "ui/websignin/websigninwindow.h"

#include <QtPlugin>

class QWidget;

namespace Esi::Ui {

// The interface of the esi_websignin plugin, which QPluginLoader opens only when a sign-in starts, so
// the esi-studio executable does not link QtWebEngine and starts without it.
class WebSignInFactory
{
public:
    virtual ~WebSignInFactory() = default;

    // A new, hidden sign-in window; the caller owns it (WebSignInWindow::dialog()).
    virtual WebSignInWindow *createWindow(QWidget *parent) = 0;
};

} // namespace Esi::Ui

// Bump the version when WebSignInFactory or WebSignInWindow change: an older plugin then fails to load with
// a clear message instead of crashing.
#define EsiWebSignInFactory_iid "net.esistudio.EsiStudio.WebSignInFactory/1.1"
Q_DECLARE_INTERFACE(Esi::Ui::WebSignInFactory, EsiWebSignInFactory_iid)
