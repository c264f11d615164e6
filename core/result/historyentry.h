#pragma once

#include "core/http/calloptions.h"
#include "core/http/parametervalues.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace Esi::Core {

struct CallOutcome;

// One call as the history keeps it: what was asked, as whom, against which date, and how it went.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QString operationId;
    QString method;
    QString path;
    QString compatibilityDate;
    QString server;
    ParameterValues values;     // of a fan-out: the shared ones
    QJsonArray fanOutLists;     // FanOutPlan::listsToJson(): one call per value; empty for a single call
    bool allCharacters = false; // character_id's list was "every signed-in character with the scope"
    int fanOutFailed = 0;       // failed items of a fan-out
    CallOptions options;
    QString characterName;
    bool ok = false;
    QString outcome; // "ok" or the call error's name
    int httpStatus = 0;
    QString message;
    int pages = 0;
    qint64 rows = 0;
    int requests = 0;
    int fromCache = 0;
    int notModified = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QString etag;         // of the first page
    QString lastModified; // of the first page
    int xPages = 0;
    QByteArray bodyHash; // SHA-256 over every page body in order (BodyHash): equal hashes, equal data

    qint64 durationMs() const { return startedAt.msecsTo(finishedAt); }

    bool isFanOut() const { return !fanOutLists.isEmpty(); }

    QString parametersText() const; // "region_id=10000002, order_type=all"; lists as "type_id=[300 values]"

    // Cheap when the outcome carries its bodyHash (taken while the pages decoded); otherwise it hashes every body.
    static HistoryEntry of(const CallOutcome &outcome);
};

} // namespace Esi::Core
