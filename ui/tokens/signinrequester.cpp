#include "ui/tokens/signinrequester.h"

#include "core/auth/tokenstore.h"
#include "ui/tokens/charactername.h"
#include "ui/tokens/scopepickerdialog.h"
#include "ui/tokens/usedscopes.h"

namespace Esi::Ui {

SignInRequester::SignInRequester(const Core::TokenStore &store, const UsedScopes &usedScopes, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_usedScopes(usedScopes)
    , m_dialogParent(dialogParent)
{}

void SignInRequester::pickScopes(qint64 characterId)
{
    const QStringList known = m_usedScopes.spec() ? m_usedScopes.spec()->scopes() : QStringList();
    auto *dialog = new ScopePickerDialog(known, m_usedScopes.scopes(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (characterId > 0) {
        const std::optional<Core::TokenRecord> record = m_store.token(characterId);
        dialog->setWindowTitle(tr("Add Scopes for %1").arg(characterName(m_store, characterId)));
        dialog->setFixedScopes(record ? record->scopes : QStringList());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, characterId] {
        const QStringList chosen = dialog->selectedScopes();
        // A new refresh token carries only what its sign-in granted: ask again for everything kept.
        const QStringList scopes = characterId > 0 ? m_store.scopesForReSignIn(characterId, chosen) : chosen;
        Q_EMIT statusChanged(characterId > 0
                                 ? tr("Signing %1 in again for %n scope(s)\u2026", nullptr, int(scopes.size()))
                                       .arg(characterName(m_store, characterId))
                                 : tr("Signing in a new character for %n scope(s)\u2026", nullptr, int(scopes.size())));
        Q_EMIT signInRequested(scopes);
    });
    dialog->open();
}

} // namespace Esi::Ui
