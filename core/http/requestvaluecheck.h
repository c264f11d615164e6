#pragma once

#include "core/spec/operation.h"

#include <QString>

namespace Esi::Core {

// Values that would change the request itself rather than fill it in: a header value with CR, LF or NUL
// would add a header of its own (request splitting); a path value that is empty, "." or ".." (also
// percent-encoded, "%2e%2e") would make the request go to another path. Checked before anything is sent,
// whatever the schema allows.
class RequestValueCheck
{
public:
    // Empty when `text` may be sent as `parameter`'s value; otherwise why not and what to do.
    static QString problem(const Parameter &parameter, const QString &text);
};

} // namespace Esi::Core
