#include "ui/tokens/characterremoval.h"

#include "core/auth/tokenstore.h"
#include "ui/tokens/charactername.h"
#include "ui/widgets/confirmationbox.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

CharacterRemoval::CharacterRemoval(Core::TokenStore &store, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{}

void CharacterRemoval::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void CharacterRemoval::confirmAndRemove(qint64 characterId)
{
    const QString name = characterName(m_store, characterId);
    QMessageBox *box = confirmationBox(m_dialogParent,
                                       {u"revokeConfirmation"_s, tr("Revoke and Remove %1?").arg(name),
                                        tr("The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls "
                                           "as this character need a new sign-in afterwards.")
                                            .arg(name),
                                        tr("Confirm revoke and remove"), tr("Revoke and Remove"), u"confirmRevoke"_s});
    connect(box, &QMessageBox::finished, this, [this, box, characterId] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            revokeAndRemove(characterId);
        }
    });
    box->open();
}

void CharacterRemoval::revokeAndRemove(qint64 characterId)
{
    const QString name = characterName(m_store, characterId);
    setBusy(true);
    Q_EMIT statusChanged(tr("Revoking the token of %1\u2026").arg(name));
    m_store.revoke(characterId, this, [this, characterId, name](const QString &revokeError) {
        if (!revokeError.isEmpty()) {
            setBusy(false);
            Q_EMIT statusChanged(tr("%1 was not removed: %2").arg(name, revokeError));
            Q_EMIT keychainSuspect();
            offerRemoveAnyway(characterId, revokeError);
            return;
        }
        remove(characterId, true);
    });
}

void CharacterRemoval::offerRemoveAnyway(qint64 characterId, const QString &revokeError)
{
    // An unreachable SSO must not keep a character here for ever; removing it only locally is the user's call.
    const QString name = characterName(m_store, characterId);
    QMessageBox *box = confirmationBox(
        m_dialogParent,
        {u"removeAnywayConfirmation"_s, tr("Remove %1 Without Revoking?").arg(name),
         tr("The token of %1 could not be revoked at EVE SSO: %2\n\nRemove it from ESI Studio anyway? The grant then "
            "stays valid at EVE SSO until it expires or you revoke it at "
            "https://community.eveonline.com/support/third-party-applications/.")
             .arg(name, revokeError),
         tr("Confirm removing without revoking"), tr("Remove Anyway"), u"confirmRemoveAnyway"_s});
    connect(box, &QMessageBox::finished, this, [this, box, characterId] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_store.token(characterId)) {
            setBusy(true);
            remove(characterId, false);
        }
    });
    box->open();
}

void CharacterRemoval::remove(qint64 characterId, bool revoked)
{
    const QString name = characterName(m_store, characterId);
    m_store.remove(characterId, this, [this, name, revoked](const QString &removeError) {
        setBusy(false);
        if (!removeError.isEmpty()) {
            Q_EMIT statusChanged(revoked ? tr("The token of %1 was revoked but not removed: %2").arg(name, removeError)
                                         : tr("%1 was not removed: %2").arg(name, removeError));
        } else {
            Q_EMIT statusChanged(revoked ? tr("The token of %1 was revoked at EVE SSO and removed.").arg(name)
                                         : tr("%1 was removed from ESI Studio; its grant stays valid at EVE SSO "
                                              "until it expires or is revoked there.")
                                               .arg(name));
        }
    });
}

} // namespace Esi::Ui
