#pragma once

#include "cli/commandgroup.h"
#include "core/statelocations.h"

#include <QProcessEnvironment>

namespace Esi::Cli {

class Console;

// `esi login [--scopes ...]`: signs a character in through EVE SSO (PKCE, no secret) with the system browser
// or a printed URL, catches the answer on a loopback callback, verifies the access token and stores the
// tokens in the OS keychain and their metadata in the database shared with the GUI.
class LoginCommand final : public CommandGroup
{
public:
    LoginCommand(Console &console, const QProcessEnvironment &environment, Core::StateLocations locations);

    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments) override;

private:
    // Starts the system browser on `url` when there is a desktop to show it; says why not otherwise.
    void openBrowser(const QUrl &url);

    Console &m_console;
    QProcessEnvironment m_environment;
    Core::StateLocations m_locations;
};

} // namespace Esi::Cli
