#pragma once

#include "cli/commandgroup.h"

namespace Esi::Cli {

class Console;

// `esi history [--json] [--limit N]`: the calls ESI Studio's explorer made, newest first, read from the call
// history it keeps (core/result's CallHistoryStore). Read-only: a missing file is an empty history, never
// created here.
class HistoryCommand final : public CommandGroup
{
public:
    // `databasePath`: the GUI's history file, StateLocations::historyDatabase().
    HistoryCommand(Console &console, QString databasePath);

    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments) override;

private:
    Console &m_console;
    QString m_databasePath;
};

} // namespace Esi::Cli
