#include "core/fanout/fanoutmerge.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

CallResult FanOutMerge::result(const QList<FanOutOutcome> &outcomes, const CallStatistics &statistics)
{
    CallResult merged;
    merged.statistics = statistics;
    const FanOutOutcome *firstFailure = nullptr;
    bool anyOk = outcomes.isEmpty();
    for (const FanOutOutcome &outcome : outcomes) {
        const CallResult &result = outcome.result;
        for (const QString &warning : result.warnings) {
            merged.warnings.append(outcome.item.label() + u": "_s + warning);
        }
        merged.snapshotRefetches += result.snapshotRefetches;
        merged.consistent = merged.consistent && result.consistent;
        if (!result.isOk()) {
            if (!firstFailure) {
                firstFailure = &outcome;
            }
            continue;
        }
        anyOk = true;
        for (const PageResult &page : result.pages) {
            PageResult labelled = page;
            labelled.page = int(merged.pages.size()) + 1; // one run of pages, as the page selector expects
            labelled.body = QJsonDocument(outcome.item.labelRows(pageRows(page))).toJson(QJsonDocument::Compact);
            labelled.packed.clear(); // the labelled body replaces the item's, packed or not
            labelled.packing.reset();
            merged.pages.append(labelled);
        }
    }
    if (!anyOk && firstFailure) {
        merged.error = firstFailure->result.error;
        merged.httpStatus = firstFailure->result.httpStatus;
        merged.issues = firstFailure->result.issues;
        merged.message =
            tr("Every call failed; the first, %1: %2").arg(firstFailure->item.label(), firstFailure->result.message);
    }
    return merged;
}

QList<FanOutFailure> FanOutMerge::failures(const QList<FanOutOutcome> &outcomes)
{
    QList<FanOutFailure> result;
    for (const FanOutOutcome &outcome : outcomes) {
        if (outcome.finished && !outcome.result.isOk()) {
            QString message = outcome.result.message;
            if (message.isEmpty() && !outcome.result.issues.isEmpty()) {
                message = outcome.result.issues.constFirst().message;
            }
            result.append({outcome.item.index, outcome.item.label(), message, outcome.result.httpStatus});
        }
    }
    return result;
}

QString FanOutMerge::progressText(int done, int failed, int left)
{
    return tr("%1 done, %2 failed, %3 left").arg(done).arg(failed).arg(left);
}

} // namespace Esi::Core
