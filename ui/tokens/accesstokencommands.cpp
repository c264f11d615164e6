#include "ui/tokens/accesstokencommands.h"

#include "core/auth/tokenstore.h"
#include "ui/tokens/charactername.h"
#include "ui/tokens/jwtclaimsdialog.h"
#include "ui/tokens/secretclipboard.h"
#include "ui/widgets/humanformat.h"

#include <QLocale>

namespace Esi::Ui {

AccessTokenCommands::AccessTokenCommands(Core::TokenStore &store, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_dialogParent(dialogParent)
    , m_clipboard(new SecretClipboard(this))
{
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { Q_EMIT statusChanged(tr("The access token was removed from the clipboard.")); });
}

void AccessTokenCommands::setClipboardClearDelay(int msecs)
{
    m_clipboard->setClearDelay(msecs);
}

void AccessTokenCommands::refresh(qint64 characterId)
{
    Q_EMIT statusChanged(tr("Refreshing the token of %1\u2026").arg(characterName(m_store, characterId)));
    m_store.refreshNow(characterId, this, [this, characterId](const Core::AccessTokenResult &result) {
        const QString name = characterName(m_store, characterId);
        if (result.isValid()) {
            Q_EMIT statusChanged(tr("The access token of %1 was refreshed.").arg(name));
        } else if (const auto record = m_store.token(characterId);
                   record && record->status == Core::TokenStatus::NeedsReSignIn) {
            Q_EMIT statusChanged(tr("%1 needs a new sign-in (\u201c"
                                    "Add Scopes\u201d signs it in again): %2")
                                     .arg(name, result.error));
        } else {
            Q_EMIT statusChanged(tr("The token of %1 was not refreshed: %2").arg(name, result.error));
            Q_EMIT keychainSuspect();
        }
    });
}

void AccessTokenCommands::copy(qint64 characterId)
{
    m_store.validAccessToken(characterId, {}, this, [this, characterId](const Core::AccessTokenResult &result) {
        if (!result.isValid()) {
            Q_EMIT statusChanged(tr("No access token was copied: %1").arg(result.error));
            Q_EMIT keychainSuspect();
            return;
        }
        m_clipboard->copy(result.accessToken);
        const std::optional<Core::TokenRecord> record = m_store.token(characterId);
        const QString until =
            record ? QLocale().toString(record->accessTokenExpiresAt.toLocalTime().time(), QLocale::ShortFormat)
                   : QString();
        Q_EMIT statusChanged(
            tr("A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is "
               "cleared in %3 unless you copy something else.")
                .arg(characterName(m_store, characterId), until, HumanFormat::duration(m_clipboard->clearDelay())));
    });
}

void AccessTokenCommands::showClaims(qint64 characterId)
{
    m_store.validAccessToken(characterId, {}, this, [this](const Core::AccessTokenResult &result) {
        if (!result.isValid()) {
            Q_EMIT statusChanged(tr("The claims cannot be shown: %1").arg(result.error));
            Q_EMIT keychainSuspect();
            return;
        }
        auto *dialog = new JwtClaimsDialog(result.accessToken, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace Esi::Ui
