#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace Esi::Cli {

class Console;

// QCommandLineParser for one command ("esi spec show"), with help that names the command instead of
// the executable's path, and parse errors reported as "esi: ..." with exit code 2.
class CommandParser
{
public:
    CommandParser(Console &console, QString command, const QString &description);

    void addOption(const QCommandLineOption &option);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {});
    // Options after the first positional argument are left to the subcommand (for command groups).
    void stopAtFirstPositional();

    void setEpilogue(const QString &text) { m_epilogue = text; }

    // Parses `arguments` (the words after the command). Returns an exit code when the command is
    // already finished: 0 after --help, 2 after a parse error or a wrong number of positionals.
    // `maxPositional` < 0 means any number.
    std::optional<int> parse(const QStringList &arguments, qsizetype minPositional = 0, qsizetype maxPositional = 0);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }

    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); } // repeated

    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    QString command() const { return m_command; }

    QString helpText() const;

    // "esi: <what>; see 'esi spec show --help'", exit code 2.
    int usageError(const QString &what) const;

private:
    Console &m_console;
    QString m_command;
    QString m_epilogue;
    QStringList m_positionalNames;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace Esi::Cli
