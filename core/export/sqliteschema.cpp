#include "core/export/sqliteschema.h"

#include "core/spec/schema.h"
#include "core/spec/spec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr int skeletonDepth = 6;

QJsonObject resolved(const Spec *spec, const QJsonObject &schema)
{
    if (!spec || !schema.contains(u"$ref"_s)) {
        return schema;
    }
    const ResolvedSchema result = spec->resolveSchema(schema);
    return result.isValid() ? result.schema : QJsonObject();
}

QJsonValue skeletonOf(const Spec *spec, const QJsonObject &schema, int depth)
{
    const QJsonObject resolvedSchema = resolved(spec, schema);
    const SchemaFacts facts = SchemaFacts::of(resolvedSchema);
    if (facts.type == u"array") {
        return QJsonArray();
    }
    if (facts.type != u"object" && facts.properties.isEmpty()) {
        return QJsonValue::Null;
    }
    QJsonObject row;
    if (depth >= skeletonDepth) {
        return row;
    }
    for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
        row.insert(it.key(), skeletonOf(spec, it.value().toObject(), depth + 1));
    }
    return row;
}

} // namespace

QString SqliteSchema::cleanName(const QString &name)
{
    QString clean;
    clean.reserve(qMin<qsizetype>(name.size(), maxNameLength));
    for (const QChar c : name) {
        clean.append(c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate() ? u'_' : c);
    }
    if (clean.isEmpty()) {
        return u"_"_s;
    }
    if (clean.size() > maxNameLength) {
        const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
        clean = clean.left(maxNameLength - 9) + u'~' + QString::fromLatin1(hash);
    }
    return clean;
}

QString SqliteSchema::quoted(const QString &name)
{
    QString text;
    text.reserve(name.size() + 2);
    for (const QChar c : name) {
        text.append(c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate() ? u'_' : c);
    }
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

QString SqliteSchema::typeOf(const QJsonObject &resolvedSchema)
{
    const QString type = SchemaFacts::of(resolvedSchema).type;
    if (type == u"integer" || type == u"boolean") {
        return u"INTEGER"_s;
    }
    if (type == u"number") {
        return u"REAL"_s;
    }
    if (type == u"string") {
        return u"TEXT"_s;
    }
    if (type == u"array") {
        return u"array"_s;
    }
    return {};
}

QString SqliteSchema::typeOfValue(const QCborValue &value)
{
    if (value.isBool() || value.isInteger()) {
        return u"INTEGER"_s;
    }
    if (value.isDouble()) {
        return u"REAL"_s;
    }
    if (value.isArray()) {
        return u"array"_s;
    }
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    return u"TEXT"_s;
}

QVariant SqliteSchema::bindable(const QCborValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? 1 : 0;
    }
    if (value.isInteger()) {
        return value.toInteger();
    }
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray() || value.isMap()) {
        const QJsonValue json = value.toJsonValue();
        return QString::fromUtf8(json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    }
    return QVariant(QMetaType::fromType<QString>()); // NULL
}

QJsonObject SqliteSchema::rowSchema(const Spec &spec, const Operation &operation)
{
    const Response *response = operation.successResponse();
    if (!response || response->schema.isEmpty()) {
        return {};
    }
    const QJsonObject body = resolved(&spec, response->schema);
    const SchemaFacts facts = SchemaFacts::of(body);
    if (facts.type == u"array") {
        return resolved(&spec, facts.items);
    }
    // A cursor-paged body wraps its list beside a "cursor" object: the rows are the list's items.
    if (facts.properties.contains(u"cursor"_s)) {
        for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
            const QJsonObject property = resolved(&spec, it.value().toObject());
            if (it.key() != u"cursor" && SchemaFacts::of(property).type == u"array") {
                return resolved(&spec, SchemaFacts::of(property).items);
            }
        }
    }
    return body;
}

QJsonObject SqliteSchema::schemaAt(const Spec *spec, const QJsonObject &rowSchema, const QStringList &path)
{
    QJsonObject schema = resolved(spec, rowSchema);
    for (const QString &key : path) {
        const QJsonValue property = SchemaFacts::of(schema).properties.value(key);
        if (!property.isObject()) {
            return {};
        }
        schema = resolved(spec, property.toObject());
    }
    return schema;
}

QJsonValue SqliteSchema::skeleton(const Spec *spec, const QJsonObject &rowSchema)
{
    return rowSchema.isEmpty() ? QJsonValue(QJsonValue::Undefined) : skeletonOf(spec, rowSchema, 0);
}

} // namespace Esi::Core
