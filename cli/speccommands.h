#pragma once

#include "cli/commandgroup.h"
#include "cli/specsource.h"

namespace Esi::Cli {

class CommandParser;
class Console;

// `esi spec summary|ops|show|diff`: read-only questions about an ESI spec.
class SpecCommands final : public CommandGroup
{
public:
    SpecCommands(Console &console, const QProcessEnvironment &environment, const Core::StateLocations &locations);

    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments) override;

private:
    int summary(const QStringList &arguments);
    int operations(const QStringList &arguments);
    int show(const QStringList &arguments);
    int diff(const QStringList &arguments);

    int unknownOperation(const Core::SpecPtr &spec, const QString &operationId) const;

    Console &m_console;
    SpecSource m_source;
};

} // namespace Esi::Cli
