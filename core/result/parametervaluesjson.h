#pragma once

#include "core/http/parametervalues.h"

#include <QJsonObject>
#include <QString>

namespace Esi::Core {

// The JSON form of a call's parameter values, as the call history, the GUI's remembered values and
// `esi history --json` keep them: {"parameters": [["name", "text"], ...], "body": "json text"}. Pairs keep
// the order the values were set in; "body" is present only when the call has one.
class ParameterValuesJson
{
public:
    static QJsonObject toJson(const ParameterValues &values);
    static QString toText(const ParameterValues &values); // compact

    // Pairs that are not two strings, and a body that is not a string, are skipped: the file is not ours
    // alone to trust.
    static ParameterValues fromJson(const QJsonObject &object);
    static ParameterValues fromText(const QString &text); // empty values when it is not a JSON object
};

} // namespace Esi::Core
