#include "cli/watchcall.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/interruptwatcher.h"
#include "cli/watchevents.h"
#include "core/clock.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/watch/watcher.h"

#include <QEventLoop>
#include <QPointer>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

namespace {

bool readSeconds(const CommandParser &parser, const QCommandLineOption &option, qint64 minimum, qint64 maximum,
                 qint64 *msecs, QString *problem)
{
    if (!parser.isSet(option)) {
        return true;
    }
    bool ok = false;
    const qint64 seconds = parser.value(option).toLongLong(&ok);
    if (!ok || seconds < minimum || seconds > maximum) {
        *problem = u"--%1 \"%2\" must be a whole number of seconds from %3 to %4"_s.arg(
            option.names().constFirst(), parser.value(option), QString::number(minimum), QString::number(maximum));
        return false;
    }
    *msecs = seconds * 1000;
    return true;
}

} // namespace

WatchCall::WatchCall(Console &console)
    : m_console(console)
    , m_watchOption(u"watch"_s,
                    u"Run the call again each time the last answer's Expires passes (never earlier; an unchanged "
                    "answer costs a 304) and print NDJSON events: one per snapshot, one per added, removed or "
                    "changed row. Ctrl+C stops (exit 0)."_s)
    , m_countOption(u"count"_s, u"With --watch: stop after <n> snapshots."_s, u"n"_s)
    , m_floorOption(u"watch-floor"_s,
                    u"With --watch: wait at least <s> seconds between runs, also when Expires has already passed "
                    "(1..3600, default 5)."_s,
                    u"s"_s)
    , m_ceilingOption(u"watch-ceiling"_s,
                      u"With --watch: wait at most <s> seconds for a far Expires; the cache answers until it really "
                      "expires (default 3600, at most 86400)."_s,
                      u"s"_s)
{}

void WatchCall::addOptions(CommandParser &parser)
{
    for (const QCommandLineOption &option : {m_watchOption, m_countOption, m_floorOption, m_ceilingOption}) {
        parser.addOption(option);
    }
}

bool WatchCall::read(const CommandParser &parser, const QList<QCommandLineOption> &exclusive, QString *problem)
{
    m_watch = parser.isSet(m_watchOption);
    for (const QCommandLineOption &option : {m_countOption, m_floorOption, m_ceilingOption}) {
        if (!m_watch && parser.isSet(option)) {
            *problem = u"--%1 goes with --watch"_s.arg(option.names().constFirst());
            return false;
        }
    }
    if (!m_watch) {
        return true;
    }
    for (const QCommandLineOption &other : exclusive) {
        if (parser.isSet(other)) {
            *problem = u"--watch prints NDJSON events to stdout and revalidates through the cache; it does not go "
                       "with --%1"_s.arg(other.names().constFirst());
            return false;
        }
    }
    if (parser.isSet(m_countOption)) {
        bool ok = false;
        m_count = parser.value(m_countOption).toInt(&ok);
        if (!ok || m_count < 1 || m_count > 1000000) {
            *problem = u"--count \"%1\" must be a whole number from 1 to 1000000"_s.arg(parser.value(m_countOption));
            return false;
        }
    }
    return readSeconds(parser, m_floorOption, 1, 3600, &m_schedule.floorMs, problem) &&
           readSeconds(parser, m_ceilingOption, 1, 86400, &m_schedule.ceilingMs, problem);
}

int WatchCall::run(EsiClient &client, const Clock &clock, const SpecPtr &spec, const QString &operationId,
                   const ParameterValues &values, const CallOptions &options)
{
    const Operation *operation = spec->operation(operationId);
    Watcher watcher(clock);
    watcher.setSchedule(m_schedule);
    watcher.setKeep(2); // printed as they come: only the comparison base is needed
    if (operation) {
        watcher.setIdentityCandidates(RowIdentity::idColumnsOfOperation(*spec, *operation), operation->path);
    }
    InterruptWatcher interrupts;
    QEventLoop loop;
    QPointer<EsiCall> call;
    int exitCode = ExitCode::Success;
    int snapshots = 0;

    QObject::connect(&watcher, &Watcher::runRequested, &loop, [&] {
        call = client.call(spec, operationId, values, options);
        QObject::connect(call, &EsiCall::finished, &loop, [&, finished = call.data()] {
            finished->deleteLater();
            if (interrupts.received() == 0 && watcher.isActive()) {
                watcher.addResult(finished->result(), nullptr, clock.now());
            }
        });
    });
    QObject::connect(&watcher, &Watcher::snapshotAdded, &loop, [&](const WatchSnapshot &snapshot) {
        for (const QByteArray &line : WatchEvents::lines(snapshot)) {
            m_console.write(line);
        }
        ++snapshots;
        if (m_count > 0 && snapshots >= m_count) {
            watcher.stop();
        }
    });
    QObject::connect(&watcher, &Watcher::stopped, &loop, [&](const QString &reason) {
        if (!reason.isEmpty()) {
            exitCode = m_console.fail(ExitCode::Failure, u"watch stopped: "_s + reason);
        }
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        if (call) {
            call->cancel();
        }
        watcher.stop();
    });
    watcher.start();
    loop.exec();
    if (interrupts.received() != 0) {
        m_console.writeError(u"esi: watch stopped (%1) after %2 snapshots\n"_s.arg(
            interrupts.received() == SIGINT ? u"interrupted"_s : u"terminated"_s, QString::number(snapshots)));
    }
    return exitCode;
}

} // namespace Esi::Cli
