#include "cli/commandparser.h"

#include "cli/console.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

CommandParser::CommandParser(Console &console, QString command, const QString &description)
    : m_console(console)
    , m_command(std::move(command))
    , m_help({u"h"_s, u"help"_s}, u"Show this help and exit."_s)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionalNames.append(name);
}

void CommandParser::stopAtFirstPositional()
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

std::optional<int> CommandParser::parse(const QStringList &arguments, qsizetype minPositional, qsizetype maxPositional)
{
    // QCommandLineParser skips the first word as the program name.
    if (!m_parser.parse(QStringList{m_command} + arguments)) {
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        m_console.write(helpText());
        return ExitCode::Success;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional) {
        const QString name = count < m_positionalNames.size() ? m_positionalNames.at(count) : u"argument"_s;
        return usageError(u"missing <"_s + name + u'>');
    }
    if (maxPositional >= 0 && count > maxPositional) {
        return usageError(u"unexpected argument \""_s + m_parser.positionalArguments().at(maxPositional) + u'"');
    }
    return std::nullopt;
}

QString CommandParser::helpText() const
{
    // Qt's usage line starts with the executable's full path; show the words the user types instead.
    QString text = m_parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString usage = text.left(lineEnd);
    const qsizetype optionsAt = usage.indexOf(u" ["_s);
    const QString rest = optionsAt < 0 ? QString() : usage.mid(optionsAt);
    text.replace(0, lineEnd, u"Usage: "_s + m_command + rest);
    if (!m_epilogue.isEmpty()) {
        text += u'\n' + m_epilogue;
        if (!text.endsWith(u'\n')) {
            text += u'\n';
        }
    }
    return text;
}

int CommandParser::usageError(const QString &what) const
{
    QString message = what;
    if (!message.isEmpty()) {
        message[0] = message.at(0).toLower(); // Qt's "Unknown option 'x'." reads as a sentence fragment here
    }
    while (message.endsWith(u'.')) {
        message.chop(1);
    }
    return m_console.fail(ExitCode::BadInput, message + u"; see '"_s + m_command + u" --help'"_s);
}

} // namespace Esi::Cli
