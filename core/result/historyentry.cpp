#include "core/result/historyentry.h"

#include "core/result/bodyhash.h"
#include "core/result/calloutcome.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString HistoryEntry::parametersText() const
{
    QStringList parts;
    const QStringList names = values.names();
    for (const QString &name : names) {
        parts.append(name + u'=' + values.value(name));
    }
    for (const QJsonValue &list : fanOutLists) {
        const QJsonObject object = list.toObject();
        const QString name = object.value(u"parameter"_s).toString();
        parts.append(allCharacters && name == u"character_id"_s
                         ? name + u"=[every signed-in character]"_s
                         : name + u"=[%1 values]"_s.arg(object.value(u"values"_s).toArray().size()));
    }
    if (values.hasBody()) {
        parts.append(u"body="_s + values.body().simplified());
    }
    return parts.join(u", "_s);
}

HistoryEntry HistoryEntry::of(const CallOutcome &outcome)
{
    HistoryEntry entry;
    const CallRequest &request = outcome.request;
    const CallResult &result = outcome.result;
    entry.startedAt = outcome.startedAt;
    entry.finishedAt = outcome.finishedAt;
    entry.operationId = request.operationId;
    if (const Operation *op = outcome.operation()) {
        entry.method = op->method;
        entry.path = op->path;
    }
    entry.compatibilityDate = request.spec ? request.spec->version() : QString();
    entry.server = outcome.baseUrl.toString(QUrl::RemoveUserInfo);
    entry.values = request.values;
    entry.fanOutLists = request.fanOut.listsToJson();
    entry.allCharacters = request.allCharacters;
    entry.fanOutFailed = int(outcome.failures.size());
    entry.options = request.options;
    entry.characterName = request.characterName;
    entry.ok = result.isOk();
    entry.outcome = result.isOk() ? u"ok"_s : callErrorName(result.error);
    entry.httpStatus = result.isOk() && !result.pages.isEmpty() ? result.pages.constFirst().status : result.httpStatus;
    entry.message = result.message;
    entry.pages = int(result.pages.size());
    entry.rows = outcome.data ? outcome.data->totalRowCount() : 0;
    entry.requests = result.statistics.requests;
    entry.fromCache = result.statistics.fromCache;
    entry.notModified = result.statistics.notModified;
    entry.bytes = result.statistics.bytes;
    entry.elapsedMs = result.statistics.elapsedMs;
    const RawHeaders first = result.firstHeaders();
    entry.etag = QString::fromLatin1(headerValue(first, "ETag"));
    entry.lastModified = QString::fromLatin1(headerValue(first, "Last-Modified"));
    entry.xPages = headerValue(first, "X-Pages").toInt();
    if (!result.pages.isEmpty()) {
        entry.bodyHash = outcome.bodyHash.isEmpty() ? BodyHash::of(result.pages) : outcome.bodyHash;
    }
    return entry;
}

} // namespace Esi::Core
