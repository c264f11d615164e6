#pragma once

#include "core/fanout/fanoutmerge.h"
#include "core/fanout/fanoutplan.h"
#include "core/http/calloptions.h"
#include "core/http/callresult.h"
#include "core/http/parametervalues.h"
#include "core/spec/spec.h"
#include "ui/explorer/resultdata.h"

#include <QDateTime>
#include <QMetaType>
#include <QUrl>
#include <memory>

namespace Esi::Ui {

// What the user asked for: one operation of one spec with the form's values and the run options.
struct CallRequest
{
    Core::SpecPtr spec;
    QString operationId;
    Core::ParameterValues values;
    Core::CallOptions options;
    QString characterName;      // for history and provenance; empty for public calls
    Core::FanOutPlan fanOut;    // lists: one call per value, `values` holding the shared ones; none: one call
    bool allCharacters = false; // character_id's list is "every signed-in character with the scope"

    bool isFanOut() const { return fanOut.isFanOut(); }
};

// A finished call with everything the result views, history and export need.
struct CallOutcome
{
    CallRequest request;
    Core::CallResult result;
    ResultDataPtr data; // decoded rows; null when no page arrived
    QUrl baseUrl;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    int fanOutItems = 0;                 // calls of a fan-out; 0 for a single call
    QList<Core::FanOutFailure> failures; // the fan-out's failed items (the others are in `result`)

    const Core::Operation *operation() const
    {
        return request.spec ? request.spec->operation(request.operationId) : nullptr;
    }
};

using CallOutcomePtr = std::shared_ptr<const CallOutcome>;

} // namespace Esi::Ui

Q_DECLARE_METATYPE(Esi::Ui::CallOutcomePtr)
