#pragma once

#include "sandbox/sandboxoptions.h"

#include <QString>
#include <QStringList>

namespace Esi::Sandbox {

// `esi-sandbox [options]`: every knob of SandboxOptions plus the spec to serve.
struct CommandLine
{
    SandboxOptions options;
    QString specFile; // empty: the bundled spec
    bool showHelp = false;
    bool showVersion = false;
    QString error; // set when the arguments are unusable; says which option and what it expects

    static CommandLine parse(const QStringList &arguments); // arguments[0] is the program
    static QString helpText();
};

} // namespace Esi::Sandbox
