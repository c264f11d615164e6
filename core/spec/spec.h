#pragma once

#include "core/spec/operation.h"
#include "core/spec/specerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <memory>

namespace Esi::Core {

enum class SpecFormat { OpenApi31, OpenApi30, Swagger20 };

QString formatName(SpecFormat format);

// A schema after following its $ref chain.
struct ResolvedSchema
{
    QJsonObject schema;
    QString refName; // last component name followed ("CharactersCharacterIdAssetsGet"), empty if inline
    QString error;   // set when a $ref points nowhere or loops on itself

    bool isValid() const { return error.isEmpty(); }
};

class Spec;
using SpecPtr = std::shared_ptr<const Spec>;

struct SpecLoadResult
{
    SpecPtr spec;
    SpecError error;

    explicit operator bool() const { return spec != nullptr; }
};

// An indexed ESI OpenAPI 3.x or Swagger 2.0 document. Immutable once built, shared by pointer.
class Spec
{
public:
    // Parses and indexes `json`; `source` names it in error messages.
    static SpecLoadResult fromJson(const QByteArray &json, const QString &source);
    static SpecLoadResult fromFile(const QString &fileName);

    SpecFormat format() const { return m_format; }

    QString source() const { return m_source; }

    QString documentVersion() const { return m_documentVersion; } // value of "openapi" or "swagger"

    QString version() const { return m_version; } // info.version: the compatibility date

    QString title() const { return m_title; }

    const QJsonObject &root() const { return m_root; }

    const QList<Operation> &operations() const { return m_operations; }

    const Operation *operation(QStringView operationId) const;
    int indexOf(QStringView operationId) const;

    QStringList tags() const { return m_tags; } // in the order the document lists them

    QList<int> operationsForTag(const QString &tag) const { return m_operationsByTag.value(tag); }

    QStringList scopes() const { return m_scopes; } // distinct, sorted

    QString scopeDescription(const QString &scope) const; // from the security scheme

    // JSON pointer ("#/components/schemas/X") into the document; undefined when it points nowhere.
    QJsonValue resolvePointer(QStringView pointer) const;
    ResolvedSchema resolveSchema(const QJsonObject &schema) const;

private:
    friend class SpecReader;

    QString m_source;
    SpecFormat m_format = SpecFormat::OpenApi31;
    QString m_documentVersion;
    QString m_version;
    QString m_title;
    QJsonObject m_root;
    QList<Operation> m_operations;
    QHash<QString, int> m_operationIndex;
    QStringList m_tags;
    QHash<QString, QList<int>> m_operationsByTag;
    QStringList m_scopes;
    QMap<QString, QString> m_scopeDescriptions;
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::SpecPtr)
