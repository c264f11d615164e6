#include "core/http/esiclient.h"

#include "core/esilanguages.h"
#include "core/http/esicall.h"
#include "core/http/networklanes.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

EsiClient::EsiClient(const FetchServices &services, EsiClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_services.network && m_services.clock);
    if (!m_services.lanes) {
        m_services.lanes = new NetworkLanes(m_services.network, this);
    }
}

EsiCall *EsiClient::call(SpecPtr spec, const QString &operationId, const ParameterValues &values,
                         const CallOptions &options)
{
    return new EsiCall(std::move(spec), operationId, values, options, m_services, m_settings, m_tokens, this);
}

QList<ValidationIssue> EsiClient::validate(const Spec &spec, const QString &operationId, const ParameterValues &values)
{
    if (const Operation *operation = spec.operation(operationId)) {
        return ParameterValidator(spec).validate(*operation, values);
    }
    QStringList similar;
    for (const Operation &operation : spec.operations()) {
        if (operation.operationId.compare(operationId, Qt::CaseInsensitive) == 0) {
            similar = QStringList{operation.operationId};
            break;
        }
        if (similar.size() < 3 && !operationId.isEmpty() &&
            operation.operationId.contains(operationId, Qt::CaseInsensitive)) {
            similar.append(operation.operationId);
        }
    }
    QString message = tr("unknown operation '%1' in the %2 spec").arg(operationId, spec.version());
    message += similar.isEmpty() ? tr("; list them with 'esi spec ops'")
                                 : tr("; did you mean %1?").arg(u"'"_s + similar.join(u"', '"_s) + u"'"_s);
    return {{QString(), message}};
}

const QStringList &EsiClient::languages()
{
    return EsiLanguages::codes();
}

} // namespace Esi::Core
