#include "ui/tokens/usedscopes.h"

#include "core/auth/tokenrecord.h"
#include "core/result/callhistorystore.h"

namespace Esi::Ui {

UsedScopes::UsedScopes(const Core::CallHistoryStore *history)
    : m_history(history)
{}

void UsedScopes::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
}

void UsedScopes::noteOperationRun(const QString &operationId)
{
    m_sessionOperations.insert(operationId);
}

QStringList UsedScopes::scopes() const
{
    if (!m_spec) {
        return {};
    }
    QSet<QString> operations = m_sessionOperations;
    if (m_history) {
        for (const Core::HistoryEntry &entry : m_history->entries()) {
            operations.insert(entry.operationId);
        }
    }
    QStringList scopes;
    for (const QString &operationId : std::as_const(operations)) {
        if (const Core::Operation *operation = m_spec->operation(operationId)) {
            scopes += operation->scopes;
        }
    }
    return Core::TokenRecord::normalizedScopes(scopes);
}

} // namespace Esi::Ui
