#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Esi::App {

// Options another part of the app adds to esi-studio's command line (e.g. --run): it declares them on the
// shared parser and reads them after parsing. StartupOptions asks every group in the order they were added.
class StartupOptionGroup
{
public:
    virtual ~StartupOptionGroup() = default;

    virtual void addOptions(QCommandLineParser &parser) = 0;

    // Reads the group's options; takes the positional arguments it understands out of `positional` (what is
    // left over is an error). False with a message (what, and how to fix it) in `error` for a bad value.
    virtual bool read(const QCommandLineParser &parser, QStringList *positional, QString *error) = 0;
};

} // namespace Esi::App
