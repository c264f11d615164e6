#include "ui/settings/settingsmenuactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SettingsMenuActions::SettingsMenuActions(QMainWindow *window)
    : QObject(window)
    , m_settings(new QAction(tr("&Settings\u2026"), window))
    , m_offline(new QAction(window))
    , m_firstRun(new QAction(tr("&First-Run Assistant\u2026"), window))
{
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Client ID, contact email, servers, cache, language and theme"));
    window->addAction(m_settings); // the shortcut works wherever the focus is

    m_offline->setObjectName(u"offlineModeAction"_s);

    m_firstRun->setObjectName(u"firstRunAction"_s);
    m_firstRun->setStatusTip(tr("Set up signing in or the offline sandbox again"));

    if (auto *file = window->findChild<QMenu *>(u"fileMenu"_s)) {
        QAction *quit = window->findChild<QAction *>(u"quitAction"_s);
        QAction *before = quit && file->actions().contains(quit) ? quit : nullptr;
        file->insertAction(before, m_offline);
        file->insertAction(before, m_settings);
        file->insertSeparator(before);
    }
    if (auto *help = window->findChild<QMenu *>(u"helpMenu"_s)) {
        help->insertAction(help->actions().value(0), m_firstRun);
    }
}

void SettingsMenuActions::setOfflineChosen(bool offline)
{
    m_offline->setText(offline ? tr("Go Back &Online") : tr("Try It &Offline"));
    m_offline->setStatusTip(offline ? tr("Use EVE's servers again at the next start")
                                    : tr("Explore every feature against a local sandbox, no EVE account "
                                         "needed"));
}

} // namespace Esi::Ui
