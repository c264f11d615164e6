#include "cli/historycommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/historyreport.h"
#include "core/result/callhistorystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

namespace {

constexpr int defaultLimit = 50;
constexpr int maxLimit = 1000000;

} // namespace

HistoryCommand::HistoryCommand(Console &console, QString databasePath)
    : m_console(console)
    , m_databasePath(std::move(databasePath))
{}

QString HistoryCommand::name() const
{
    return u"history"_s;
}

QString HistoryCommand::description() const
{
    return u"List the calls ESI Studio made, newest first (its call history)."_s;
}

int HistoryCommand::run(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi history"_s, description());
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON array instead of a table."_s);
    const QCommandLineOption limitOption(
        u"limit"_s, u"At most <count> calls, newest first (default %1, 0 for all)."_s.arg(defaultLimit), u"count"_s);
    parser.addOption(jsonOption);
    parser.addOption(limitOption);
    parser.setEpilogue(u"The history is the GUI's file: %1\n"
                       u"Exit status: 0 success, 1 the file cannot be read, 2 bad input.\n"_s.arg(
                           QDir::toNativeSeparators(m_databasePath)));
    if (const auto done = parser.parse(arguments, 0, 0)) {
        return *done;
    }
    int limit = defaultLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 0 || limit > maxLimit) {
            return parser.usageError(
                u"--limit \"%1\" is not a count from 0 to %2"_s.arg(parser.value(limitOption)).arg(maxLimit));
        }
        if (limit == 0) {
            limit = maxLimit;
        }
    }

    QList<Core::HistoryEntry> entries;
    // Read-only: a history the GUI never wrote is empty, and nothing is created for it.
    if (QFileInfo::exists(m_databasePath)) {
        Core::CallHistoryStore store(m_databasePath);
        QString error;
        if (!store.open(&error)) {
            return m_console.fail(ExitCode::Failure, error);
        }
        entries = store.entries(limit);
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Core::HistoryEntry &entry : std::as_const(entries)) {
            array.append(HistoryReport::toJson(entry));
        }
        m_console.write(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
    } else if (entries.isEmpty()) {
        m_console.writeError(u"esi: the call history is empty (%1)\n"_s.arg(QDir::toNativeSeparators(m_databasePath)));
    } else {
        m_console.write(HistoryReport::table(entries));
    }
    return ExitCode::Success;
}

} // namespace Esi::Cli
