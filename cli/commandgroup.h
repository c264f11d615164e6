#pragma once

#include <QString>
#include <QStringList>

namespace Esi::Cli {

// One word after `esi` ("spec", "call", "login", "tokens"): main() looks groups up by name and
// hands them the rest of the command line.
class CommandGroup
{
public:
    virtual ~CommandGroup() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0; // one line for `esi --help`

    // `arguments` are the words after the group name; returns the process exit code.
    virtual int run(const QStringList &arguments) = 0;
};

} // namespace Esi::Cli
