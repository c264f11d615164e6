#include "ui/websignin/websigninplugin.h"

#include "ui/websignin/websignindialog.h"

namespace Esi::Ui {

WebSignInPlugin::WebSignInPlugin(QObject *parent)
    : QObject(parent)
{}

WebSignInWindow *WebSignInPlugin::createWindow(QWidget *parent)
{
    return new WebSignInDialog(parent);
}

} // namespace Esi::Ui
