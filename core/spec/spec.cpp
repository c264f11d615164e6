#include "core/spec/spec.h"

#include "core/spec/specreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString formatName(SpecFormat format)
{
    switch (format) {
    case SpecFormat::OpenApi31:
        return u"OpenAPI 3.1"_s;
    case SpecFormat::OpenApi30:
        return u"OpenAPI 3.0"_s;
    case SpecFormat::Swagger20:
        return u"Swagger 2.0"_s;
    }
    return {};
}

SpecLoadResult Spec::fromJson(const QByteArray &json, const QString &source)
{
    return SpecReader(source).read(json);
}

SpecLoadResult Spec::fromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        SpecError error;
        error.kind = SpecError::Kind::Io;
        error.source = fileName;
        error.message =
            QCoreApplication::translate("Esi::Core::Spec", "cannot read the spec: %1; check the path and permissions")
                .arg(file.errorString());
        return {nullptr, error};
    }
    const QString source = fileName.startsWith(u':') ? fileName : QFileInfo(fileName).fileName();
    return fromJson(file.readAll(), source);
}

const Operation *Spec::operation(QStringView operationId) const
{
    const int index = indexOf(operationId);
    return index < 0 ? nullptr : &m_operations.at(index);
}

int Spec::indexOf(QStringView operationId) const
{
    return m_operationIndex.value(operationId.toString(), -1);
}

QString Spec::scopeDescription(const QString &scope) const
{
    return m_scopeDescriptions.value(scope);
}

QJsonValue Spec::resolvePointer(QStringView pointer) const
{
    if (!pointer.startsWith(u"#/")) {
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue current = m_root;
    const auto tokens = pointer.mid(2).split(u'/');
    for (QStringView raw : tokens) {
        QString token = raw.toString();
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            current = current.toObject().value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (current.isUndefined()) {
            return current;
        }
    }
    return current;
}

ResolvedSchema Spec::resolveSchema(const QJsonObject &schema) const
{
    ResolvedSchema resolved;
    resolved.schema = schema;
    QStringList followed;
    while (resolved.schema.contains(u"$ref"_s)) {
        const QString ref = resolved.schema.value(u"$ref"_s).toString();
        if (followed.contains(ref)) {
            resolved.error = QCoreApplication::translate("Esi::Core::Spec", "$ref cycle: %1 -> %2")
                                 .arg(followed.join(u" -> "_s), ref);
            resolved.schema = {};
            return resolved;
        }
        followed << ref;
        const QJsonValue target = resolvePointer(ref);
        if (!target.isObject()) {
            resolved.error = QCoreApplication::translate("Esi::Core::Spec", "unresolvable $ref %1").arg(ref);
            resolved.schema = {};
            return resolved;
        }
        resolved.refName = ref.section(u'/', -1);
        resolved.schema = target.toObject();
    }
    return resolved;
}

} // namespace Esi::Core
