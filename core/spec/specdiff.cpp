#include "core/spec/specdiff.h"

#include "core/spec/schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr int maxSchemaDifferences = 4;

QString compactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isUndefined()) {
        return u"(none)"_s;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// Collects up to `limit` JSON paths where two expanded schemas differ.
void schemaDifferences(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    if (out.size() >= maxSchemaDifferences || a == b) {
        return;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        QStringList keys = left.keys();
        for (const QString &key : right.keys()) {
            if (!left.contains(key)) {
                keys.append(key);
            }
        }
        for (const QString &key : std::as_const(keys)) {
            const QString child = path + u'/' + key;
            if (!left.contains(key)) {
                out.append(child + u" added"_s);
            } else if (!right.contains(key)) {
                out.append(child + u" removed"_s);
            } else {
                schemaDifferences(left.value(key), right.value(key), child, out);
            }
            if (out.size() >= maxSchemaDifferences) {
                return;
            }
        }
        return;
    }
    out.append((path.isEmpty() ? u"/"_s : path) + u": "_s + compactJson(a) + u" -> "_s + compactJson(b));
}

void compareSchemas(const Spec &from, const QJsonObject &a, const Spec &to, const QJsonObject &b, const QString &what,
                    QStringList &details)
{
    const SchemaExpansion left = expandSchema(from, a);
    const SchemaExpansion right = expandSchema(to, b);
    if (!left.isValid() || !right.isValid()) {
        // Bounded expansion gave up (a fan of $refs): say so rather than claim "unchanged".
        details.append(QCoreApplication::translate("Esi::Core::SpecDiff", "%1 not compared: %2")
                           .arg(what, left.isValid() ? right.error : left.error));
        return;
    }
    if (left.schema == right.schema) {
        return;
    }
    QStringList where;
    schemaDifferences(left.schema, right.schema, QString(), where);
    details.append(QCoreApplication::translate("Esi::Core::SpecDiff", "%1 changed: %2").arg(what, where.join(u"; "_s)));
}

bool isCompatibilityDateHeader(const Parameter &parameter)
{
    // Its enum is the spec's own date, so it differs between any two dates by construction.
    return parameter.location == ParameterLocation::Header &&
           parameter.name.compare(u"X-Compatibility-Date"_s, Qt::CaseInsensitive) == 0;
}

QStringList compareOperations(const Spec &from, const Operation &a, const Spec &to, const Operation &b)
{
    QStringList details;
    for (const Parameter &old : a.parameters) {
        const Parameter *now = b.parameter(old.name);
        if (!now || now->location != old.location) {
            details.append(QCoreApplication::translate("Esi::Core::SpecDiff", "parameter removed: %1 %2")
                               .arg(locationName(old.location), old.name));
            continue;
        }
        if (old.required != now->required) {
            details.append((now->required
                                ? QCoreApplication::translate("Esi::Core::SpecDiff", "parameter %1 is now required")
                                : QCoreApplication::translate("Esi::Core::SpecDiff", "parameter %1 is now optional"))
                               .arg(old.name));
        }
        if (!isCompatibilityDateHeader(old)) {
            compareSchemas(from, old.schema, to, now->schema,
                           QCoreApplication::translate("Esi::Core::SpecDiff", "parameter %1").arg(old.name), details);
        }
    }
    for (const Parameter &now : b.parameters) {
        const Parameter *old = a.parameter(now.name);
        if (!old || old->location != now.location) {
            details.append(
                (now.required ? QCoreApplication::translate("Esi::Core::SpecDiff", "parameter added: %1 %2 (required)")
                              : QCoreApplication::translate("Esi::Core::SpecDiff", "parameter added: %1 %2"))
                    .arg(locationName(now.location), now.name));
        }
    }
    compareSchemas(from, a.requestBodySchema, to, b.requestBodySchema,
                   QCoreApplication::translate("Esi::Core::SpecDiff", "request body"), details);
    const Response *oldSuccess = a.successResponse();
    const Response *newSuccess = b.successResponse();
    if (oldSuccess && newSuccess) {
        if (oldSuccess->status != newSuccess->status) {
            details.append(QCoreApplication::translate("Esi::Core::SpecDiff", "success status %1 -> %2")
                               .arg(oldSuccess->status, newSuccess->status));
        }
        compareSchemas(from, oldSuccess->schema, to, newSuccess->schema,
                       QCoreApplication::translate("Esi::Core::SpecDiff", "response schema"), details);
    }
    if (a.scopes != b.scopes) {
        const QString publicScopes = QCoreApplication::translate("Esi::Core::SpecDiff", "(public)");
        details.append(QCoreApplication::translate("Esi::Core::SpecDiff", "scopes: %1 -> %2")
                           .arg(a.scopes.isEmpty() ? publicScopes : a.scopes.join(u", "_s),
                                b.scopes.isEmpty() ? publicScopes : b.scopes.join(u", "_s)));
    }
    if (a.deprecated != b.deprecated) {
        details.append(b.deprecated ? QCoreApplication::translate("Esi::Core::SpecDiff", "now deprecated")
                                    : QCoreApplication::translate("Esi::Core::SpecDiff", "no longer deprecated"));
    }
    QStringList keys = a.extensions.keys();
    for (const QString &key : b.extensions.keys()) {
        if (!a.extensions.contains(key)) {
            keys.append(key);
        }
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue old = a.extensions.value(key);
        const QJsonValue now = b.extensions.value(key);
        if (old != now) {
            details.append(key + u": "_s + compactJson(old) + u" -> "_s + compactJson(now));
        }
    }
    return details;
}

SpecDiff::Entry entryOf(const Operation &operation)
{
    return {operation.operationId, operation.method, operation.path, {}, {}};
}

QJsonArray entriesToJson(const QList<SpecDiff::Entry> &entries)
{
    QJsonArray array;
    for (const SpecDiff::Entry &entry : entries) {
        QJsonObject object{{u"operationId"_s, entry.operationId}, {u"method"_s, entry.method}, {u"path"_s, entry.path}};
        if (!entry.previousOperationId.isEmpty()) {
            object.insert(u"previousOperationId"_s, entry.previousOperationId);
        }
        if (!entry.details.isEmpty()) {
            object.insert(u"changes"_s, QJsonArray::fromStringList(entry.details));
        }
        array.append(object);
    }
    return array;
}

} // namespace

SpecDiff SpecDiff::compare(const Spec &from, const Spec &to)
{
    SpecDiff diff;
    diff.fromVersion = from.version();
    diff.toVersion = to.version();
    QHash<QString, const Operation *> before;
    for (const Operation &operation : from.operations()) {
        before.insert(operation.key(), &operation);
    }
    QSet<QString> seen;
    for (const Operation &operation : to.operations()) {
        const Operation *old = before.value(operation.key());
        if (!old) {
            diff.added.append(entryOf(operation));
            continue;
        }
        seen.insert(operation.key());
        QStringList details = compareOperations(from, *old, to, operation);
        if (old->operationId != operation.operationId) {
            details.prepend(u"operationId "_s + old->operationId + u" -> "_s + operation.operationId);
        }
        if (!details.isEmpty()) {
            Entry entry = entryOf(operation);
            if (old->operationId != operation.operationId) {
                entry.previousOperationId = old->operationId;
            }
            entry.details = details;
            diff.changed.append(entry);
        }
    }
    for (const Operation &operation : from.operations()) {
        if (!seen.contains(operation.key())) {
            diff.removed.append(entryOf(operation));
        }
    }
    return diff;
}

QJsonObject SpecDiff::toJson() const
{
    return {{u"from"_s, fromVersion},
            {u"to"_s, toVersion},
            {u"added"_s, entriesToJson(added)},
            {u"removed"_s, entriesToJson(removed)},
            {u"changed"_s, entriesToJson(changed)}};
}

QString SpecDiff::toText() const
{
    QString text = QCoreApplication::translate("Esi::Core::SpecDiff", "From %1 to %2: %3 added, %4 removed, %5 changed")
                       .arg(fromVersion, toVersion, QString::number(added.size()), QString::number(removed.size()),
                            QString::number(changed.size())) +
                   u'\n';
    for (const Entry &entry : added) {
        text += u"+ "_s + entry.operationId + u' ' + entry.method + u' ' + entry.path + u'\n';
    }
    for (const Entry &entry : removed) {
        text += u"- "_s + entry.operationId + u' ' + entry.method + u' ' + entry.path + u'\n';
    }
    for (const Entry &entry : changed) {
        text += u"~ "_s + entry.operationId + u' ' + entry.method + u' ' + entry.path + u'\n';
        for (const QString &detail : entry.details) {
            text += u"    "_s + detail + u'\n';
        }
    }
    return text;
}

} // namespace Esi::Core
