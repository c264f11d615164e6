#pragma once

#include "app/startupoptiongroup.h"

#include <QStringList>

namespace Esi::App {

// esi-studio's --run OPERATION_ID [name=value ...] [--all-pages] [--quit-after-run] (Ui::RunRequest's syntax,
// the same as `esi call`): the words of the run to start once the window is up, checked here so a bad one
// is a usage error before any window opens.
class RunOptions final : public StartupOptionGroup
{
public:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QStringList *positional, QString *error) override;

    QStringList words;         // empty: no --run; a body file named with @ is already read
    bool quitAfterRun = false; // exit with the run's status once its rows are in the table
};

} // namespace Esi::App
