#pragma once

#include "core/result/runwords.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace Esi::Ui {

// A run asked for from outside the window: `esi-studio --run OPERATION_ID [name=value ...] [--all-pages]`,
// handed over to a running ESI Studio as its words, or `esi call ... --open-in-studio`. The word format is
// Core::RunWords'; this adds the command-line options and reads body=@file where the command was typed.
struct RunRequest : Core::RunWords
{
    Q_DECLARE_TR_FUNCTIONS(RunRequest)

public:
    // --run, --all-pages and --quit-after-run, for the application's command line.
    static QList<QCommandLineOption> commandLineOptions();
    // The run's words from a parsed command line (empty without --run): the operation, the positional
    // name=value words and --all-pages. Positionals without --run are an error.
    static std::optional<QStringList> wordsFrom(const QCommandLineParser &parser, QString *error);
    // Parses the words (operation first; Core::RunWords::fromWords); reads body=@file relative to the current
    // directory, so toWords() carries the body's content and another process can read them.
    static std::optional<RunRequest> fromWords(const QStringList &words, QString *error);
};

} // namespace Esi::Ui
