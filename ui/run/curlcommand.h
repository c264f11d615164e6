#pragma once

#include "core/http/parametervalues.h"
#include "core/http/requestbuilder.h"
#include "core/spec/operation.h"

#include <QString>

namespace Esi::Ui {

// A request as a curl command line that can be pasted into a POSIX shell: the same URL, headers and
// body the call engine sends (RequestBuilder builds both). The Authorization header is written as
// "Bearer <redacted>" unless the token is asked for explicitly, so a command pasted into a chat or a
// bug report does not hand out a character's access.
class CurlCommand
{
public:
    static constexpr auto redactedToken = "<redacted>";

    static QString build(const Core::Operation &operation, const Core::ParameterValues &values,
                         const Core::RequestContext &context, bool includeToken);

    static QString shellQuoted(const QString &text); // 'text' with ' written as '\''
};

} // namespace Esi::Ui
