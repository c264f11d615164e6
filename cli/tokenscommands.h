#pragma once

#include "cli/commandgroup.h"
#include "core/statelocations.h"

#include <QProcessEnvironment>
#include <variant>

namespace Esi::Cli {

class AuthServices;
class Console;

// `esi tokens list|refresh|revoke|remove`: the signed-in characters of the token database shared with the
// GUI. Tokens themselves are never printed; they stay in the OS keychain.
class TokensCommands final : public CommandGroup
{
public:
    TokensCommands(Console &console, const QProcessEnvironment &environment, Core::StateLocations locations);

    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments) override;

private:
    enum class Action { Refresh, Revoke, Remove };

    int list(const QStringList &arguments);
    int change(Action action, const QStringList &arguments);
    // The character named by `text` when it is stored; otherwise the exit code after saying what is wrong.
    std::variant<qint64, int> storedCharacter(AuthServices &services, const QString &text, const QString &command);

    Console &m_console;
    QProcessEnvironment m_environment;
    Core::StateLocations m_locations;
};

} // namespace Esi::Cli
