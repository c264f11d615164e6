#include "core/watch/rowidentity.h"

#include "core/names/idcolumns.h"
#include "core/spec/schema.h"
#include "core/spec/spec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

void collectIds(const Spec &spec, const QJsonObject &schema, QStringList &out)
{
    const SchemaFacts facts = SchemaFacts::of(spec.resolveSchema(schema).schema);
    if (facts.type != u"object"_s) {
        return;
    }
    for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
        const SchemaFacts property = SchemaFacts::of(spec.resolveSchema(it.value().toObject()).schema);
        if (it.key().endsWith(u"_id"_s) && (property.type == u"integer"_s || property.type == u"string"_s)) {
            out.append(it.key());
        }
    }
}

// "/characters/{character_id}/industry/jobs/" -> "job_id"; empty when the path ends in a parameter.
QString routeIdName(const QString &routePath)
{
    const QStringList segments = routePath.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.constLast().startsWith(u'{')) {
        return {};
    }
    QString last = segments.constLast();
    if (last.endsWith(u"ies"_s)) {
        last = last.chopped(3) + u'y';
    } else if (last.endsWith(u's')) {
        last.chop(1);
    }
    return last + u"_id"_s;
}

QStringList idColumnsOfData(const QList<ResultDataPtr> &snapshots)
{
    QStringList names;
    for (const ResultDataPtr &data : snapshots) {
        if (!data) {
            continue;
        }
        for (const ResultData::Column &column : data->columns()) {
            if (column.path.size() == 1 && column.name.endsWith(u"_id"_s) && !names.contains(column.name)) {
                names.append(column.name);
            }
        }
    }
    return names;
}

} // namespace

QStringList RowIdentity::idColumnsOfOperation(const Spec &spec, const Operation &operation)
{
    QStringList names;
    const Response *success = operation.successResponse();
    if (!success) {
        return names;
    }
    const QJsonObject body = spec.resolveSchema(success->schema).schema;
    const SchemaFacts facts = SchemaFacts::of(body);
    if (facts.type == u"array"_s) {
        collectIds(spec, facts.items, names);
    } else if (facts.type == u"object"_s && facts.properties.contains(u"cursor"_s)) {
        for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
            const SchemaFacts list = SchemaFacts::of(spec.resolveSchema(it.value().toObject()).schema);
            if (list.type == u"array"_s) {
                collectIds(spec, list.items, names);
                break;
            }
        }
    }
    // A single object (one character, one structure) is one row: nothing to match rows by but the row itself.
    return names;
}

bool RowIdentity::isUniqueIn(const ResultData &data, const QString &column)
{
    const int index = data.columnIndex(column);
    if (index < 0) {
        return false;
    }
    for (int language = 0; language < data.languageCount(); ++language) {
        QSet<QString> seen;
        const qsizetype rows = data.rowCount(language);
        seen.reserve(rows);
        for (qsizetype row = 0; row < rows; ++row) {
            const QJsonValue value = data.cell(language, row, index);
            if (value.isNull() || value.isUndefined() || value.isArray() || value.isObject()) {
                return false;
            }
            const QString text = data.text(language, row, index);
            if (text.isEmpty() || seen.contains(text)) {
                return false;
            }
            seen.insert(text);
        }
    }
    return true;
}

RowIdentity RowIdentity::detect(const QStringList &candidates, const QString &routePath,
                                const QList<ResultDataPtr> &snapshots)
{
    const QStringList names = candidates.isEmpty() ? idColumnsOfData(snapshots) : candidates;
    QStringList unique;
    for (const QString &name : names) {
        bool everywhere = true;
        for (const ResultDataPtr &data : snapshots) {
            if (data && data->totalRowCount() > 0 && !isUniqueIn(*data, name)) {
                everywhere = false;
                break;
            }
        }
        if (everywhere) {
            unique.append(name);
        }
    }
    if (unique.size() > 1) { // type_id may be unique in a small result; it still names another thing
        QStringList own;
        for (const QString &name : std::as_const(unique)) {
            if (IdColumns::kindOf(name) == EveIdKind::None) {
                own.append(name);
            }
        }
        if (!own.isEmpty()) {
            unique = own;
        }
    }
    if (unique.size() > 1) {
        const QString named = routeIdName(routePath);
        if (unique.contains(named)) {
            unique = {named};
        }
    }
    if (unique.size() == 1) {
        return {unique.constFirst(), QCoreApplication::translate("Esi::Core::RowIdentity",
                                                                 "rows are matched by %1, unique in every snapshot")
                                         .arg(unique.constFirst())};
    }
    QString reason;
    if (names.isEmpty()) {
        reason = QCoreApplication::translate("Esi::Core::RowIdentity",
                                             "rows are matched as a whole: they have no *_id column");
    } else if (unique.isEmpty()) {
        reason = QCoreApplication::translate("Esi::Core::RowIdentity",
                                             "rows are matched as a whole: no *_id column is unique (%1)")
                     .arg(names.join(u", "_s));
    } else {
        reason = QCoreApplication::translate("Esi::Core::RowIdentity",
                                             "rows are matched as a whole: several *_id columns are unique (%1)")
                     .arg(unique.join(u", "_s));
    }
    return {QString(), reason};
}

QString RowIdentity::keyOf(const ResultData &data, int language, qsizetype row, int columnIndex) const
{
    QString key;
    if (data.languageCount() > 1) {
        key = data.languages().value(language) + u'|';
    }
    if (!column.isEmpty() && columnIndex >= 0) {
        return key + data.text(language, row, columnIndex);
    }
    const QJsonValue value = data.row(language, row);
    if (value.isObject()) {
        return key + QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return key + QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return key + ResultData::displayText(value) + u'#' + QString::number(int(value.type()));
}

} // namespace Esi::Core
