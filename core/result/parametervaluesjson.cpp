#include "core/result/parametervaluesjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QJsonObject ParameterValuesJson::toJson(const ParameterValues &values)
{
    QJsonArray parameters;
    const QStringList names = values.names();
    for (const QString &name : names) {
        parameters.append(QJsonArray{name, values.value(name)});
    }
    QJsonObject object{{u"parameters"_s, parameters}};
    if (values.hasBody()) {
        object.insert(u"body"_s, values.body());
    }
    return object;
}

QString ParameterValuesJson::toText(const ParameterValues &values)
{
    return QString::fromUtf8(QJsonDocument(toJson(values)).toJson(QJsonDocument::Compact));
}

ParameterValues ParameterValuesJson::fromJson(const QJsonObject &object)
{
    ParameterValues values;
    const QJsonArray parameters = object.value(u"parameters"_s).toArray();
    for (const QJsonValue &pair : parameters) {
        const QJsonArray entry = pair.toArray();
        if (entry.size() == 2 && entry.at(0).isString() && entry.at(1).isString()) {
            values.set(entry.at(0).toString(), entry.at(1).toString());
        }
    }
    if (object.value(u"body"_s).isString()) {
        values.setBody(object.value(u"body"_s).toString());
    }
    return values;
}

ParameterValues ParameterValuesJson::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace Esi::Core
