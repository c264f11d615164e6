#include "cli/fanoutcall.h"

#include "cli/authservices.h"
#include "cli/callcharacterresolver.h"
#include "cli/console.h"
#include "cli/fanoutoptions.h"
#include "cli/interruptwatcher.h"
#include "cli/namesoption.h"
#include "cli/resultoutput.h"
#include "core/auth/tokenstore.h"
#include "core/fanout/fanoutmerge.h"
#include "core/fanout/fanoutrun.h"
#include "core/http/errorlimittracker.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/http/ratelimittracker.h"
#include "core/http/waitannouncer.h"
#include "core/spec/operation.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

namespace {

constexpr int progressPeriodMs = 10000;

} // namespace

FanOutCall::FanOutCall(Console &console, FanOutCallSetup setup)
    : m_console(console)
    , m_setup(std::move(setup))
{}

int FanOutCall::run(const SpecPtr &spec, const Operation &operation, FanOutOptions &fanOut)
{
    QString problem;
    if (fanOut.wantsAllCharacters()) {
        if (!operation.authed || !m_setup.tokens) {
            return m_console.fail(ExitCode::BadInput,
                                  u"character_id=@all: %1 needs no token; list the IDs instead (character_id=1,2,3 "
                                  "or character_id=@file)"_s.arg(operation.operationId));
        }
        if (!fanOut.resolveAllCharacters(m_setup.tokens->tokens(), operation, &problem)) {
            return m_console.fail(ExitCode::BadInput, problem);
        }
    }
    const FanOutPlan &plan = fanOut.plan();
    const QList<ValidationIssue> issues = plan.validate(*spec, operation.operationId);
    for (qsizetype shown = 0; shown < issues.size() && shown < FanOutPlan::MaxShownIssues; ++shown) {
        m_console.fail(ExitCode::BadInput, issues.at(shown).message);
    }
    if (issues.size() > FanOutPlan::MaxShownIssues) {
        m_console.fail(ExitCode::BadInput,
                       u"... and %1 more problems; nothing was sent"_s.arg(issues.size() - FanOutPlan::MaxShownIssues));
    }
    if (!issues.isEmpty()) {
        return ExitCode::BadInput;
    }

    // Whose token each item carries: the path decides per item (CharacterForCall); a refusal fails that
    // item only, with nothing sent for it.
    QList<FanOutItem> items = plan.items();
    if (operation.authed && m_setup.tokens) {
        for (FanOutItem &item : items) {
            const CallCharacter chosen = CallCharacterResolver::resolve(
                *m_setup.tokens, *m_setup.client, spec, operation, item.values, m_setup.options.characterId);
            if (chosen.isOk()) {
                item.characterId = chosen.characterId;
            } else {
                item.refusal = chosen.message;
            }
        }
    }

    // --out F: each item is written once it succeeded, in item order, into the temporary file that replaces F at
    // the end (ResultOutput, as for a single call); --names and stdout wait for the last item.
    ResultOutput::Setup outputSetup;
    outputSetup.format = m_setup.format;
    outputSetup.exportOptions = m_setup.exportOptions;
    outputSetup.outFile = m_setup.outFile;
    outputSetup.allLanguages = m_setup.options.allLanguages;
    outputSetup.items = int(items.size());
    if (m_setup.names) {
        outputSetup.rows = [names = m_setup.names](const QJsonArray &rows) { return names->apply(rows); };
    }
    ResultOutput output(outputSetup);
    if (!output.open(&problem)) {
        return m_console.fail(ExitCode::Failure, problem);
    }
    InterruptWatcher interrupts;

    FanOutRun run(m_setup.client, spec, operation.operationId, items, m_setup.options, m_setup.concurrency);
    QEventLoop loop;
    QObject::connect(&run, &FanOutRun::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &FanOutRun::itemFinished, &loop, [&output, &run](int index) {
        output.addItem(index, run.outcomes().at(index));
        if (output.hasError()) {
            run.cancel(); // the disk is full or gone: nothing more is worth fetching
        }
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &run, &FanOutRun::cancel);
    WaitAnnouncer announcer(*m_setup.clock);
    QObject::connect(&announcer, &WaitAnnouncer::announced, &loop, [this](const CallWait &wait, qint64 left) {
        m_console.writeError(u"esi: "_s + WaitAnnouncer::line(wait, left) + u"; Ctrl+C stops\n"_s);
    });
    std::optional<CallWait> refusedWait;
    QObject::connect(&run, &FanOutRun::itemStarted, &loop, [&](int, EsiCall *call) {
        QObject::connect(call, &EsiCall::waitingFor, &loop, [&](const CallWait &wait) {
            if (m_setup.noWait && wait.isLimit()) {
                if (!refusedWait) {
                    refusedWait = wait;
                    run.cancel();
                }
                return;
            }
            announcer.handleWait(wait);
        });
    });
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &loop, [this, &run] {
        m_console.writeError(u"esi: %1 done, %2 failed, %3 left\n"_s.arg(run.done()).arg(run.failed()).arg(run.left()));
    });
    progress.start(progressPeriodMs);
    run.start();
    if (!run.isFinished()) {
        loop.exec();
    }
    progress.stop();
    announcer.stop();
    if (const int stop = output.stopCode(interrupts.received(), m_console); stop >= 0) {
        return stop;
    }
    if (refusedWait) {
        return m_console.fail(ExitCode::Failure, u"--no-wait: not %1; nothing more was sent"_s.arg(WaitAnnouncer::line(
                                                     *refusedWait, m_setup.clock->now().msecsTo(refusedWait->until))));
    }

    if (m_setup.names) {
        // Every item's IDs in one naming: each ID asked once, however many items hold it.
        m_setup.names->resolve(*m_setup.client, spec, operation, FanOutMerge::result(run.outcomes(), run.statistics()),
                               m_setup.options.language, m_setup.nameCacheFile, *m_setup.clock, m_console);
    }
    int code = output.finishItems(run.outcomes()) ? int(ExitCode::Success)
                                                  : m_console.fail(ExitCode::Failure, output.errorString());
    for (const FanOutOutcome &outcome : run.outcomes()) {
        const CallResult &result = outcome.result;
        if (result.isOk()) {
            continue;
        }
        QString message = result.message;
        if (result.error == CallError::InvalidInput && !result.issues.isEmpty()) {
            message = result.issues.constFirst().message;
        }
        m_console.fail(ExitCode::Failure, outcome.item.label() + u": "_s + message);
    }
    for (const FanOutOutcome &outcome : run.outcomes()) {
        for (const QString &warning : outcome.result.warnings) {
            m_console.writeError(u"esi: warning: %1: %2\n"_s.arg(outcome.item.label(), warning));
        }
    }
    if (run.failed() > 0) {
        m_console.writeError(u"esi: %1 of %2 calls failed; the rows of the other %3 were written\n"_s.arg(run.failed())
                                 .arg(run.outcomes().size())
                                 .arg(run.done()));
        if (code == ExitCode::Success) {
            code = ExitCode::Failure;
        }
    }
    if (m_setup.statistics) {
        writeStatistics(run, operation);
    }
    return code;
}

void FanOutCall::writeStatistics(const FanOutRun &run, const Operation &operation)
{
    const CallStatistics statistics = run.statistics();
    QJsonObject buckets;
    if (operation.rateLimit.isValid()) {
        QList<qint64> characters;
        for (const FanOutOutcome &outcome : run.outcomes()) {
            const qint64 id = operation.authed ? outcome.item.characterId : 0;
            if (!characters.contains(id)) {
                characters.append(id);
            }
        }
        for (const qint64 id : characters) {
            if (const auto bucket = m_setup.rateLimits->bucket(operation.rateLimit.group, id)) {
                const QString key = id > 0 ? bucket->group + u':' + QString::number(id) : bucket->group;
                buckets.insert(key, QJsonObject{{u"limit"_s, bucket->limit}, {u"remaining"_s, bucket->remaining}});
            }
        }
    }
    // The single call's keys first, in their documented order, then the fan-out's own.
    const QList<std::pair<QString, QJsonValue>> pairs{{u"requests"_s, statistics.requests},
                                                      {u"pages"_s, statistics.pages},
                                                      {u"from_cache"_s, statistics.fromCache},
                                                      {u"not_modified"_s, statistics.notModified},
                                                      {u"bytes"_s, statistics.bytes},
                                                      {u"elapsed_ms"_s, statistics.elapsedMs},
                                                      {u"ratelimit"_s, buckets},
                                                      {u"error_limit_remain"_s, m_setup.errorLimits->state().remain},
                                                      {u"items"_s, run.outcomes().size()},
                                                      {u"failed"_s, run.failed()},
                                                      {u"retries"_s, statistics.retries}};
    QStringList texts;
    for (const auto &[key, value] : pairs) {
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        texts.append(u'"' + key + u"\":"_s + QString::fromUtf8(text.mid(1, text.size() - 2)));
    }
    m_console.writeError(u'{' + texts.join(u',') + u"}\n"_s);
}

} // namespace Esi::Cli
