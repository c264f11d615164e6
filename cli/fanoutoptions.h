#pragma once

#include "core/fanout/fanoutplan.h"
#include "core/spec/spec.h"

#include <QString>

namespace Esi::Core {
class ParameterValues;
struct TokenRecord;
} // namespace Esi::Core

namespace Esi::Cli {

// `esi call`'s list values, taken out of the name=value words before validation:
//   name=@file          one value a line (blank lines and lines starting with # skipped)
//   name=a,b,c          for a path or query parameter that does not itself take an array
//   character_id=@all   every signed-in character whose token holds the operation's scopes
// Each makes one call per value; several lists make one call per combination.
class FanOutOptions
{
public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    // Moves list values of `values` into the plan. False with *error (a usage error: exit 2) for an
    // unreadable or too large file, too many values, or @all on a parameter other than character_id.
    bool read(const Core::Spec &spec, const QString &operationId, const Core::ParameterValues &values, QString *error);

    bool isActive() const { return m_plan.isFanOut() || m_allCharacters; }

    bool wantsAllCharacters() const { return m_allCharacters; }

    // Fills character_id=@all from the token store; false with *error when no character qualifies.
    bool resolveAllCharacters(const QList<Core::TokenRecord> &tokens, const Core::Operation &operation, QString *error);

    const Core::FanOutPlan &plan() const { return m_plan; }

    // Every item's problems; with @all the check waits until the characters are known (FanOutCall).
    QList<Core::ValidationIssue> validate(const Core::Spec &spec, const QString &operationId) const;

    // Reads a value file: false with *error naming the file and what is wrong with it.
    static bool readValueFile(const QString &path, QStringList *values, QString *error);

private:
    Core::FanOutPlan m_plan;
    bool m_allCharacters = false;
};

} // namespace Esi::Cli
