#pragma once

#include "ui/websignin/websigninfactory.h"

#include <QObject>

namespace Esi::Ui {

// The esi_websignin plugin's root object: QPluginLoader creates it, the SignInLauncher casts it to
// WebSignInFactory.
class WebSignInPlugin : public QObject, public WebSignInFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EsiWebSignInFactory_iid)
    Q_INTERFACES(Esi::Ui::WebSignInFactory)

public:
    explicit WebSignInPlugin(QObject *parent = nullptr);

    WebSignInWindow *createWindow(QWidget *parent) override;
};

} // namespace Esi::Ui
