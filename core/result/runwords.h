#pragma once

#include "core/http/parametervalues.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace Esi::Core {

// One run handed from process to process as words: `OPERATION_ID name=value ... [--all-pages]`, the values in
// esi call's syntax (ParameterValues::setAssignments). esi-studio takes them after --run (its command line, and
// what a later launch hands to the running one); `esi call ... --open-in-studio` writes them. The one place
// that knows the word format; reading a body=@file is left to whoever knows where the command was typed.
struct RunWords
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::RunWords)

public:
    static constexpr qsizetype maxWords = 1000; // a hand-over with more is not ours

    QString operationId;
    ParameterValues values;
    bool allPages = false;

    // Parses the words (operation first); body=@file stays as written.
    static std::optional<RunWords> fromWords(const QStringList &words, QString *error);
    // The operation, each value as name=value (in the order they were set), body=<text>, then --all-pages.
    QStringList toWords() const;
    // esi-studio's arguments for this run: --run followed by toWords().
    QStringList toArguments() const;
};

} // namespace Esi::Core
