#pragma once

#include "core/fanout/fanoutplan.h"
#include "core/http/calloptions.h"
#include "core/http/parametervalues.h"
#include "core/spec/spec.h"

#include <QString>

namespace Esi::Core {

// What the user asked for: one operation of one spec with the form's values and the run options.
struct CallRequest
{
    SpecPtr spec;
    QString operationId;
    ParameterValues values;
    CallOptions options;
    QString characterName;      // for history and provenance; empty for public calls
    FanOutPlan fanOut;          // lists: one call per value, `values` holding the shared ones; none: one call
    bool allCharacters = false; // character_id's list is "every signed-in character with the scope"

    bool isFanOut() const { return fanOut.isFanOut(); }
};

} // namespace Esi::Core
