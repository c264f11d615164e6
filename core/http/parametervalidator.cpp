#include "core/http/parametervalidator.h"

#include "core/http/requestvaluecheck.h"
#include "core/spec/schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// A body with thousands of bad items would bury the first, most useful messages.
constexpr int MaxBodyIssues = 50;

QString quoted(const QString &text)
{
    const QString shown = text.size() > 60 ? text.left(57) + u"..."_s : text;
    return u"'"_s + shown + u"'"_s;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.3e18) {
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString enumList(const QJsonArray &values)
{
    QStringList texts;
    for (const QJsonValue &value : values) {
        texts.append(jsonText(value));
    }
    return texts.join(u", "_s);
}

QString article(const QString &type)
{
    if (type == u"integer") {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "an integer");
    }
    if (type == u"number") {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "a number");
    }
    if (type == u"string") {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "a string");
    }
    if (type == u"boolean") {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "a boolean");
    }
    if (type == u"array") {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "an array");
    }
    if (type == u"object") {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "an object");
    }
    return u"a "_s + type;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Esi::Core::ParameterValidator", "nothing");
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

// Messages about one value are translated: the explorer shows them next to the field. `esi` installs no
// translator, so its output stays English.
QString rangeProblem(const SchemaFacts &facts, double value, const QString &shown)
{
    if (facts.minimum) {
        if (facts.exclusiveMinimum && value <= *facts.minimum) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 must be greater than %2")
                .arg(shown, number(*facts.minimum));
        }
        if (!facts.exclusiveMinimum && value < *facts.minimum) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is below the minimum %2")
                .arg(shown, number(*facts.minimum));
        }
    }
    if (facts.maximum) {
        if (facts.exclusiveMaximum && value >= *facts.maximum) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 must be less than %2")
                .arg(shown, number(*facts.maximum));
        }
        if (!facts.exclusiveMaximum && value > *facts.maximum) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is above the maximum %2")
                .arg(shown, number(*facts.maximum));
        }
    }
    return {};
}

// True exactly when the item-by-item walk of checkJson would report nothing for `array`, an array of `item`
// (an integer schema without enum): every item a whole number within its format and range, and no two equal when
// `unique`. Long ID lists (POST /universe/names takes 1,000) are then checked without a string per item; any
// other array, or one with a problem, takes the walk and its messages.
bool integersPass(const QJsonArray &array, const SchemaFacts &item, bool unique)
{
    constexpr double exact = 9007199254740992.0; // 2^53: every whole double below is exactly one qint64
    if (item.type != u"integer" || !item.enumValues.isEmpty()) {
        return false;
    }
    const bool int32 = item.format == u"int32";
    QSet<qint64> seen;
    for (const QJsonValue &value : array) {
        const double number = value.isDouble() ? value.toDouble() : 0.5;
        if (std::trunc(number) != number || std::abs(number) >= exact ||
            (int32 && (number < std::numeric_limits<qint32>::min() || number > std::numeric_limits<qint32>::max())) ||
            !rangeProblem(item, number, QString()).isEmpty()) {
            return false;
        }
        if (unique) {
            const qsizetype before = seen.size();
            seen.insert(qint64(number));
            if (seen.size() == before) {
                return false;
            }
        }
    }
    return true;
}

// Names ESI Studio sets on every request; matched case-insensitively.
const QStringList &managedHeaders()
{
    static const QStringList names{u"Accept-Language"_s,      u"If-None-Match"_s, u"If-Modified-Since"_s,
                                   u"X-Compatibility-Date"_s, u"X-Tenant"_s,      u"X-User-Agent"_s,
                                   u"User-Agent"_s,           u"Authorization"_s};
    return names;
}

} // namespace

ParameterValidator::ParameterValidator(const Spec &spec)
    : m_spec(spec)
{}

bool ParameterValidator::isManaged(const Parameter &parameter)
{
    if (parameter.location == ParameterLocation::Header) {
        return managedHeaders().contains(parameter.name, Qt::CaseInsensitive);
    }
    // Swagger 2.0's query fallbacks for clients that cannot set headers; we always can.
    return parameter.location == ParameterLocation::Query &&
           (parameter.name == u"token" || parameter.name == u"user_agent");
}

QStringList ParameterValidator::userParameterNames(const Operation &operation)
{
    QStringList names;
    for (const Parameter &parameter : operation.parameters) {
        if (!isManaged(parameter)) {
            names.append(parameter.name);
        }
    }
    if (!operation.requestBodySchema.isEmpty()) {
        names.append(u"body"_s);
    }
    return names;
}

QList<ValidationIssue> ParameterValidator::validate(const Operation &operation, const ParameterValues &values) const
{
    QList<ValidationIssue> issues;
    for (const Parameter &parameter : operation.parameters) {
        if (isManaged(parameter)) {
            continue;
        }
        // $refs are followed where the value needs them, never inlined whole: a spec whose schemas fan out
        // (each level twenty $refs to the next) stays as cheap as a flat one.
        const QJsonObject schema = m_spec.resolveSchema(parameter.schema).schema;
        if (!values.contains(parameter.name)) {
            if (parameter.required) {
                issues.append(
                    {parameter.name,
                     QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                 "missing required parameter '%1' (%2 %3); add %1=<value>")
                         .arg(parameter.name, locationName(parameter.location), SchemaFacts::of(schema).summary())});
            }
            continue;
        }
        if (const QString unsafe = RequestValueCheck::problem(parameter, values.value(parameter.name));
            !unsafe.isEmpty()) {
            issues.append({parameter.name, unsafe});
            continue;
        }
        checkValue(parameter.name, schema, values.value(parameter.name), issues);
    }

    const QStringList known = userParameterNames(operation);
    const QStringList given = values.names();
    for (const QString &name : given) {
        const Parameter *parameter = operation.parameter(name);
        if (parameter && isManaged(*parameter)) {
            issues.append({name, QCoreApplication::translate(
                                     "Esi::Core::ParameterValidator",
                                     "'%1' is set by ESI Studio itself (language, cache validators, compatibility "
                                     "date, tenant and token come from the call's options); remove it")
                                     .arg(name)});
            continue;
        }
        if (parameter) {
            continue;
        }
        QStringList parameterNames = known;
        parameterNames.removeAll(u"body"_s);
        QString takes = parameterNames.join(u", "_s);
        if (known.contains(u"body"_s)) {
            takes = parameterNames.isEmpty()
                        ? QCoreApplication::translate("Esi::Core::ParameterValidator", "a JSON body")
                        : QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 and a JSON body").arg(takes);
        }
        QString message =
            QCoreApplication::translate("Esi::Core::ParameterValidator", "unknown parameter '%1'; %2 takes %3")
                .arg(name, operation.operationId,
                     takes.isEmpty() ? QCoreApplication::translate("Esi::Core::ParameterValidator", "no parameters")
                                     : takes);
        for (const QString &candidate : known) {
            QString normalised = name;
            normalised.replace(u'-', u'_');
            if (candidate.compare(normalised, Qt::CaseInsensitive) == 0) {
                message +=
                    QCoreApplication::translate("Esi::Core::ParameterValidator", "; did you mean '%1'?").arg(candidate);
                break;
            }
        }
        issues.append({name, message});
    }

    if (operation.paging == PagingStyle::Cursor && values.contains(u"before") && values.contains(u"after")) {
        issues.append({u"after"_s,
                       QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                   "before and after are mutually exclusive; give only one of them")});
    }
    checkBody(operation, values, issues);
    return issues;
}

void ParameterValidator::checkValue(const QString &name, const QJsonObject &schema, const QString &text,
                                    QList<ValidationIssue> &issues) const
{
    const SchemaFacts facts = SchemaFacts::of(schema);
    if (facts.type != u"array") {
        if (const QString problem = scalarProblem(facts, text); !problem.isEmpty()) {
            issues.append({name, name + u": "_s + problem});
        }
        return;
    }
    QStringList items;
    QString error;
    if (!ParameterValues::splitArray(text, &items, &error)) {
        issues.append({name, name + u": "_s + quoted(text) + u' ' + error});
        return;
    }
    const qsizetype count = items.size();
    if (facts.minItems && count < *facts.minItems) {
        issues.append(
            {name, QCoreApplication::translate("Esi::Core::ParameterValidator",
                                               "%1: %n item(s) given, at least %2 needed", nullptr, int(count))
                       .arg(name, QString::number(*facts.minItems))});
    }
    if (facts.maxItems && count > *facts.maxItems) {
        issues.append({name, QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                         "%1: %n items given, at most %2 allowed", nullptr, int(count))
                                 .arg(name, QString::number(*facts.maxItems))});
    }
    const SchemaFacts itemFacts = SchemaFacts::of(m_spec.resolveSchema(facts.items).schema);
    QSet<QString> seen;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &item = items.at(i);
        if (const QString problem = scalarProblem(itemFacts, item); !problem.isEmpty()) {
            issues.append({name, QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 item %2: %3")
                                     .arg(name, QString::number(i + 1), problem)});
        } else if (facts.uniqueItems && seen.contains(item)) {
            issues.append({name, QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                             "%1: %2 appears more than once; items must be unique")
                                     .arg(name, quoted(item))});
        }
        seen.insert(item);
    }
}

QString ParameterValidator::scalarProblem(const SchemaFacts &facts, const QString &text) const
{
    const QString shown = quoted(text);
    if (facts.type == u"integer") {
        static const QRegularExpression wholeNumber(u"^[+-]?[0-9]+$"_s);
        if (!wholeNumber.match(text).hasMatch()) {
            bool isNumber = false;
            text.toDouble(&isNumber);
            return (isNumber ? QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not a whole number")
                             : QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not an integer"))
                .arg(shown);
        }
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is outside the int64 range %2..%3")
                .arg(text, QString::number(std::numeric_limits<qint64>::min()),
                     QString::number(std::numeric_limits<qint64>::max()));
        }
        if (facts.format == u"int32" &&
            (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max())) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is outside the int32 range %2..%3")
                .arg(text, QString::number(std::numeric_limits<qint32>::min()),
                     QString::number(std::numeric_limits<qint32>::max()));
        }
        if (!facts.enumValues.isEmpty() && !facts.enumValues.contains(QJsonValue(double(value)))) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not one of %2")
                .arg(text, enumList(facts.enumValues));
        }
        return rangeProblem(facts, double(value), text);
    }
    if (facts.type == u"number") {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not a number").arg(shown);
        }
        return rangeProblem(facts, value, text);
    }
    if (facts.type == u"boolean") {
        if (text != u"true" && text != u"false") {
            return QCoreApplication::translate("Esi::Core::ParameterValidator",
                                               "%1 is not a boolean; write true or false")
                .arg(shown);
        }
        return {};
    }
    if (!facts.enumValues.isEmpty()) {
        for (const QJsonValue &allowed : facts.enumValues) {
            if (jsonText(allowed) == text) {
                return {};
            }
        }
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not one of %2")
            .arg(shown, enumList(facts.enumValues));
    }
    if (facts.format == u"date" && (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())) {
        return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not a date; write YYYY-MM-DD")
            .arg(shown);
    }
    if (facts.format == u"date-time" && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid()) {
        return QCoreApplication::translate("Esi::Core::ParameterValidator",
                                           "%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ")
            .arg(shown);
    }
    if (facts.minLength && text.size() < *facts.minLength) {
        return QCoreApplication::translate("Esi::Core::ParameterValidator",
                                           "%1 is %2 characters long, at least %3 needed")
            .arg(shown, QString::number(text.size()), QString::number(*facts.minLength));
    }
    if (facts.maxLength && text.size() > *facts.maxLength) {
        return QCoreApplication::translate("Esi::Core::ParameterValidator",
                                           "%1 is %2 characters long, at most %3 allowed")
            .arg(shown, QString::number(text.size()), QString::number(*facts.maxLength));
    }
    if (!facts.pattern.isEmpty()) {
        const QRegularExpression pattern(facts.pattern);
        if (pattern.isValid() && !pattern.match(text).hasMatch()) {
            return QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 does not match the pattern %2")
                .arg(shown, facts.pattern);
        }
    }
    return {};
}

void ParameterValidator::checkBody(const Operation &operation, const ParameterValues &values,
                                   QList<ValidationIssue> &issues) const
{
    const QString name = u"body"_s;
    if (operation.requestBodySchema.isEmpty()) {
        if (values.hasBody()) {
            issues.append({name, QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                             "body: %1 takes no request body; remove it")
                                     .arg(operation.operationId)});
        }
        return;
    }
    const QJsonObject schema = m_spec.resolveSchema(operation.requestBodySchema).schema;
    if (!values.hasBody() || values.body().trimmed().isEmpty()) {
        if (operation.requestBodyRequired) {
            issues.append({name, QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                             "body: %1 needs a JSON request body (%2); add body=<json>")
                                     .arg(operation.operationId, SchemaFacts::of(schema).summary())});
        }
        return;
    }
    QJsonParseError parseError;
    const QByteArray json = values.body().toUtf8();
    // QJsonDocument only takes arrays and objects; wrapping also accepts a scalar body.
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues.append(
            {name, QCoreApplication::translate("Esi::Core::ParameterValidator", "body: invalid JSON at offset %1: %2")
                       .arg(QString::number(std::clamp<qsizetype>(parseError.offset - 1, 0, json.size())),
                            parseError.errorString())});
        return;
    }
    const QJsonArray wrapped = document.array();
    if (wrapped.size() != 1) {
        issues.append(
            {name, QCoreApplication::translate("Esi::Core::ParameterValidator",
                                               "body: holds %n JSON values separated by commas; give exactly one",
                                               nullptr, int(wrapped.size()))});
        return;
    }
    QList<ValidationIssue> bodyIssues;
    checkJson(name, wrapped.first(), schema, bodyIssues);
    if (bodyIssues.size() > MaxBodyIssues) {
        const qsizetype hidden = bodyIssues.size() - MaxBodyIssues;
        bodyIssues.resize(MaxBodyIssues);
        bodyIssues.append(
            {name, QCoreApplication::translate("Esi::Core::ParameterValidator", "body: %n more problems not shown",
                                               nullptr, int(hidden))});
    }
    issues.append(bodyIssues);
}

void ParameterValidator::checkJson(const QString &path, const QJsonValue &value, const QJsonObject &schemaOrRef,
                                   QList<ValidationIssue> &issues) const
{
    // Resolved here, one level at a time, as the value is walked: the work follows the value, not the schema.
    const SchemaFacts facts = SchemaFacts::of(m_spec.resolveSchema(schemaOrRef).schema);
    auto report = [&](const QString &problem) { issues.append({path, path + u": "_s + problem}); };
    if (value.isNull()) {
        if (!facts.nullable && !facts.type.isEmpty()) {
            report(QCoreApplication::translate("Esi::Core::ParameterValidator", "null is not allowed; expected %1")
                       .arg(article(facts.type)));
        }
        return;
    }
    if (facts.type.isEmpty()) {
        return; // an untyped schema accepts anything
    }
    const bool typeMatches = (facts.type == u"integer" || facts.type == u"number")
                                 ? value.isDouble()
                                 : (facts.type == u"string"    ? value.isString()
                                    : facts.type == u"boolean" ? value.isBool()
                                    : facts.type == u"array"   ? value.isArray()
                                    : facts.type == u"object"  ? value.isObject()
                                                               : true);
    if (!typeMatches) {
        report(QCoreApplication::translate("Esi::Core::ParameterValidator", "expected %1, got %2")
                   .arg(article(facts.type), jsonTypeName(value)));
        return;
    }
    if (facts.type == u"array") {
        const QJsonArray array = value.toArray();
        if (facts.minItems && array.size() < *facts.minItems) {
            report(QCoreApplication::translate("Esi::Core::ParameterValidator", "%n item(s) given, at least %1 needed",
                                               nullptr, int(array.size()))
                       .arg(QString::number(*facts.minItems)));
        }
        if (facts.maxItems && array.size() > *facts.maxItems) {
            report(QCoreApplication::translate("Esi::Core::ParameterValidator", "%n items given, at most %1 allowed",
                                               nullptr, int(array.size()))
                       .arg(QString::number(*facts.maxItems)));
        }
        if (integersPass(array, SchemaFacts::of(m_spec.resolveSchema(facts.items).schema), facts.uniqueItems)) {
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const qsizetype before = issues.size();
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            checkJson(itemPath, array.at(i), facts.items, issues);
            const QString text = jsonText(array.at(i));
            if (issues.size() == before && facts.uniqueItems && seen.contains(text)) {
                issues.append(
                    {itemPath, itemPath + u": "_s +
                                   QCoreApplication::translate("Esi::Core::ParameterValidator",
                                                               "%1 appears more than once; items must be unique")
                                       .arg(quoted(text))});
            }
            seen.insert(text);
        }
        return;
    }
    if (facts.type == u"object") {
        const QJsonObject object = value.toObject();
        for (const QString &required : facts.required) {
            if (!object.contains(required)) {
                issues.append(
                    {path + u'.' + required,
                     QCoreApplication::translate("Esi::Core::ParameterValidator", "%1.%2: required property is missing")
                         .arg(path, required)});
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (facts.properties.contains(it.key())) {
                checkJson(path + u'.' + it.key(), it.value(), facts.properties.value(it.key()).toObject(), issues);
            }
        }
        return;
    }
    if (facts.type == u"integer" || facts.type == u"number") {
        const double number = value.toDouble();
        if (facts.type == u"integer" && std::trunc(number) != number) {
            report(QCoreApplication::translate("Esi::Core::ParameterValidator", "%1 is not a whole number")
                       .arg(jsonText(value)));
            return;
        }
    }
    if (const QString problem = scalarProblem(facts, jsonText(value)); !problem.isEmpty()) {
        report(problem);
    }
}

} // namespace Esi::Core
