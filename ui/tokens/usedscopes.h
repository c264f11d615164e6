#pragma once

#include "core/spec/spec.h"

#include <QSet>
#include <QStringList>

namespace Esi::Core {
class CallHistoryStore;
} // namespace Esi::Core

namespace Esi::Ui {

// "Scopes for the operations I use": the scopes of every operation run this session or kept in the call
// history, read from the current spec, for the scope picker's preset.
class UsedScopes
{
public:
    explicit UsedScopes(const Core::CallHistoryStore *history);

    void setSpec(Core::SpecPtr spec);

    const Core::SpecPtr &spec() const { return m_spec; }

    void noteOperationRun(const QString &operationId);
    QStringList scopes() const;

private:
    const Core::CallHistoryStore *m_history;
    Core::SpecPtr m_spec;
    QSet<QString> m_sessionOperations;
};

} // namespace Esi::Ui
