#pragma once

#include "core/fanout/fanoutmerge.h"
#include "core/http/calloptions.h"
#include "core/http/callresult.h"
#include "core/http/parametervalues.h"
#include "core/result/callrequest.h"
#include "core/result/resultdata.h"
#include "core/spec/spec.h"

#include <QDateTime>
#include <QMetaType>
#include <QUrl>
#include <memory>

namespace Esi::Core {

// A finished call with everything the result views, history and export need.
struct CallOutcome
{
    CallRequest request;
    Core::CallResult result;
    ResultDataPtr data; // decoded rows; null when no page arrived
    QUrl baseUrl;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    int fanOutItems = 0;           // calls of a fan-out; 0 for a single call
    QList<FanOutFailure> failures; // the fan-out's failed items (the others are in `result`)
    QByteArray bodyHash;           // HistoryEntry::bodyHash when taken while the pages decoded; empty: not taken

    const Core::Operation *operation() const
    {
        return request.spec ? request.spec->operation(request.operationId) : nullptr;
    }
};

using CallOutcomePtr = std::shared_ptr<const CallOutcome>;

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::CallOutcomePtr)
