#pragma once

#include "core/spec/spec.h"
#include "core/statelocations.h"

#include <QCommandLineOption>
#include <QProcessEnvironment>
#include <QUrl>

namespace Esi::Cli {

class CommandParser;
class Console;

// Where a command's spec comes from: `--spec FILE`, `--compat DATE` (fetched from ESI's /meta
// endpoints and cached per date) or, without either, the bundled spec. Shared by every command that
// needs a spec, so `esi spec ...` and `esi call ...` read their options the same way.
class SpecSource
{
public:
    SpecSource(Console &console, QProcessEnvironment environment, Core::StateLocations locations);

    void addOptions(CommandParser &parser) const;

    // Loads the spec the parsed options ask for. On failure the reason is already on stderr and
    // `exitCode` says why (2: bad input, 1: network); the result is then null.
    Core::SpecPtr load(const CommandParser &parser, int *exitCode) const;
    Core::SpecPtr loadFile(const QString &fileName, int *exitCode) const;

    // Core::StateLocations::specDirectory(): <cache root>/specs, shared with the GUI.
    QString cacheDirectory() const;

private:
    Core::SpecPtr fetch(const QString &date, const QUrl &baseUrl, int *exitCode) const;
    QUrl baseUrl(const CommandParser &parser, QString *error) const;

    Console &m_console;
    QProcessEnvironment m_environment;
    Core::StateLocations m_locations;
    QCommandLineOption m_spec;
    QCommandLineOption m_compat;
    QCommandLineOption m_baseUrl;
};

} // namespace Esi::Cli
