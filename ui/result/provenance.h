#pragma once

#include "core/result/calloutcome.h"
#include "ui/result/exportrequest.h"

#include <QJsonObject>

namespace Esi::Ui {

// The sidecar written next to an export: which operation with which parameters, against which
// compatibility date and server, as which character, in which languages, the validators (ETag,
// Last-Modified) and page count of the data, and when it was fetched and written. Enough to tell
// later where a file came from and to fetch the same data again. It never holds a token.
class Provenance
{
public:
    static QJsonObject of(const Core::CallOutcome &outcome, const ExportRequest &request, const QDateTime &writtenAt,
                          qint64 rowsWritten);
};

} // namespace Esi::Ui
