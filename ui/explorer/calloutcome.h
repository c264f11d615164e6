#pragma once

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
    QString characterName; // for history and provenance; empty for public calls
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

    const Core::Operation *operation() const
    {
        return request.spec ? request.spec->operation(request.operationId) : nullptr;
    }
};

using CallOutcomePtr = std::shared_ptr<const CallOutcome>;

} // namespace Esi::Ui

Q_DECLARE_METATYPE(Esi::Ui::CallOutcomePtr)
