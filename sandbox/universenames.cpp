#include "sandbox/universenames.h"

#include "sandbox/sandboxuniverse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

bool UniverseNames::handles(const QString &method, const QString &routePath)
{
    return method == u"POST"_s && (routePath == u"/universe/names"_s || routePath == u"/universe/names/"_s);
}

SandboxResponse UniverseNames::answer(const SandboxRequest &request, const QString &language)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray()) {
        return SandboxResponse::error(400, u"Invalid body: expected a JSON array of IDs"_s);
    }
    const QJsonArray ids = document.array();
    if (ids.isEmpty()) {
        return SandboxResponse::error(400, u"Invalid body: at least 1 ID is required"_s);
    }
    if (ids.size() > MaxIds) {
        return SandboxResponse::error(
            400, u"Invalid body: at most %1 IDs can be resolved at once, got %2"_s.arg(MaxIds).arg(ids.size()));
    }
    QSet<qint64> seen;
    QJsonArray answer;
    bool unknown = false;
    for (const QJsonValue &value : ids) {
        const qint64 id = value.toInteger(-1);
        if (!value.isDouble() || id < 0 || double(id) != value.toDouble()) {
            return SandboxResponse::error(400, u"Invalid body: every ID must be a non-negative integer"_s);
        }
        if (seen.contains(id)) {
            return SandboxResponse::error(400, u"Invalid body: ID %1 is given twice; IDs must be unique"_s.arg(id));
        }
        seen.insert(id);
        const std::optional<SandboxUniverse::Entry> entry = SandboxUniverse::find(id, language);
        if (!entry) {
            unknown = true;
            continue;
        }
        answer.append(QJsonObject{{u"id"_s, id}, {u"name"_s, entry->name}, {u"category"_s, entry->category}});
    }
    if (unknown) {
        return SandboxResponse::error(404, u"Ensure all IDs are valid before resolving"_s);
    }
    return SandboxResponse::json(200, answer);
}

} // namespace Esi::Sandbox
