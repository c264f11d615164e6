#pragma once

#include "cli/exitcode.h"

#include <QByteArray>
#include <QString>
#include <cstdio>

class QJsonObject;

namespace Esi::Cli {

// Where a command's output goes: results to stdout, diagnostics to stderr as "esi: <message>".
// Everything is written as UTF-8 regardless of the locale, so piped output is stable.
class Console
{
public:
    explicit Console(std::FILE *out = stdout, std::FILE *err = stderr);

    void write(const QByteArray &utf8);
    void write(const QString &text);
    void writeLine(const QString &text);
    void writeJson(const QJsonObject &object); // one compact line

    void writeError(const QString &text); // as is, for help text sent to stderr
    ExitCode fail(ExitCode code, const QString &message);

private:
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace Esi::Cli
