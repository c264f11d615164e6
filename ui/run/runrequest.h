#pragma once

#include "core/http/parametervalues.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace Esi::Ui {

// A run asked for from outside the window: `esi-studio --run OPERATION_ID [name=value ...] [--all-pages]`,
// handed over to a running ESI Studio as its words, or `esi call ... --open-in-studio`. The values use esi
// call's syntax (ParameterValues::setAssignments); body=@file is read where the command was typed.
struct RunRequest
{
    Q_DECLARE_TR_FUNCTIONS(RunRequest)

public:
    static constexpr qsizetype maxWords = 1000; // a hand-over with more is not ours

    QString operationId;
    Core::ParameterValues values;
    bool allPages = false;

    // --run, --all-pages and --quit-after-run, for the application's command line.
    static QList<QCommandLineOption> commandLineOptions();
    // The run's words from a parsed command line (empty without --run): the operation, the positional
    // name=value words and --all-pages. Positionals without --run are an error.
    static std::optional<QStringList> wordsFrom(const QCommandLineParser &parser, QString *error);
    // Parses the words (operation first); reads body=@file relative to the current directory.
    static std::optional<RunRequest> fromWords(const QStringList &words, QString *error);
    // The words again, with a body file's content inlined, so another process can read them.
    QStringList toWords() const;
};

} // namespace Esi::Ui
