#pragma once

#include "core/fanout/fanoutrun.h"
#include "core/http/callresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Esi::Core {

// A fan-out item that failed, as the result views list it.
struct FanOutFailure
{
    int index = 0;
    QString label;   // "type_id=999"
    QString message; // the call's error, worded for the user
    int httpStatus = 0;
};

// The outcomes of a fan-out as one result: the pages of every item that succeeded, in item order, each
// page's rows led by the item's value ("#type_id"), so the table, JSON view and export of a single call
// show the merged table as they are.
class FanOutMerge
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::FanOutMerge)

public:
    // Succeeds when at least one item did (or there were none); fails with the first failure otherwise.
    // Statistics are summed; warnings name their item.
    static CallResult result(const QList<FanOutOutcome> &outcomes, const CallStatistics &statistics);

    static QList<FanOutFailure> failures(const QList<FanOutOutcome> &outcomes);

    // "12 done, 1 failed, 287 left"
    static QString progressText(int done, int failed, int left);
};

} // namespace Esi::Core
