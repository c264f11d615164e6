#include "app/keepalivebanner.h"

#include "core/auth/tokenstore.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

KeepAliveBanner::KeepAliveBanner(const Core::TokenStore &store, Show show, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_show(std::move(show))
{}

void KeepAliveBanner::handleRefreshFailed(qint64 characterId, const QString &error)
{
    if (m_failures.contains(characterId)) {
        return; // said once; the keep-alive retries quietly until a refresh succeeds
    }
    const std::optional<Core::TokenRecord> record = m_store.token(characterId);
    const QString name =
        record && !record->characterName.isEmpty() ? record->characterName : tr("Character %1").arg(characterId);
    m_failures.insert(characterId, {name, error});
    QStringList names;
    QStringList reasons;
    for (const auto &[failedName, reason] : std::as_const(m_failures)) {
        names.append(failedName);
        reasons.append(tr("%1: %2").arg(failedName, reason));
    }
    m_show(tr("Could not keep %1 signed in", nullptr, int(names.size())).arg(QLocale().createSeparatedList(names)),
           tr("The background refresh failed.\n%1\nOpen Characters > Manage Characters to refresh now once the "
              "problem is solved, or sign in again if the character needs a new sign-in.")
               .arg(reasons.join(u'\n')));
}

void KeepAliveBanner::handleWorkingAgain(qint64 characterId)
{
    m_failures.remove(characterId);
}

} // namespace Esi::App
