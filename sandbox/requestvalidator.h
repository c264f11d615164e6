#pragma once

#include "core/spec/spec.h"
#include "sandbox/sandboxrequest.h"

#include <QHash>
#include <QString>

namespace Esi::Sandbox {

// Server-side checks ESI makes before answering: path parameters of the right type (integer ids, uuids),
// required query parameters present, and query values matching their schema (integer, number, boolean,
// enum, minimum/maximum, comma-separated arrays). Each failure is one sentence for a 400 answer.
class RequestValidator
{
public:
    explicit RequestValidator(const Core::Spec &spec);

    // Empty when the request may be answered.
    QString check(const Core::Operation &operation, const QHash<QString, QString> &pathValues,
                  const SandboxRequest &request) const;

private:
    QString checkValue(const QString &what, const QJsonObject &schema, const QString &text) const;
    QString checkScalar(const QString &what, const QJsonObject &schema, const QString &text) const;

    const Core::Spec &m_spec;
};

} // namespace Esi::Sandbox
