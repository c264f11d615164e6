#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Esi::Core {
class ParameterValues;
}

namespace Esi::Cli {

class CommandParser;
class Console;

// `esi call ... --open-in-studio`: hands the checked call to the GUI by starting
// `esi-studio --run OPERATION_ID name=value ... [--all-pages]`, which raises an ESI Studio already running
// for the same data directory and runs it there. esi never links the GUI; it only finds and starts it.
class StudioHandOver
{
public:
    StudioHandOver(Console &console, QProcessEnvironment environment);

    // esi-studio next to this esi (an install puts both in one folder), else on $PATH; empty when neither.
    static QString findStudio(const QString &ownDirectory, const QProcessEnvironment &environment);

    // esi-studio's words: [--spec FILE] [--base-url URL] --run OPERATION_ID name=value ... [--all-pages] (the run
    // in Core::RunWords' format).
    // The body goes inline (body=<json>), so the GUI never needs the caller's files or folder.
    static QStringList arguments(const QString &specFile, const QString &baseUrl, const QString &operationId,
                                 const Core::ParameterValues &values, bool allPages);

    // The call `esi call` parsed and checked: refuses the options ESI Studio cannot honour (exit 2), then starts
    // esi-studio next to this executable or on PATH.
    int handOver(const CommandParser &parser, const QString &operationId, const Core::ParameterValues &values);

    // Starts esi-studio (not waiting for it). Exit code: 0 when it started, 1 when it could not be found or run.
    int start(const QString &ownDirectory, const QStringList &arguments);

private:
    Console &m_console;
    QProcessEnvironment m_environment;
};

} // namespace Esi::Cli
