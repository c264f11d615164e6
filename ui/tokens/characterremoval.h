#pragma once

#include <QObject>

class QWidget;

namespace Esi::Core {
class TokenStore;
}

namespace Esi::Ui {

// "Revoke and Remove": asks first, revokes the grant at EVE SSO, then deletes the token. When the revoke
// fails (an unreachable SSO) it offers to remove the character here only, saying the grant stays valid.
class CharacterRemoval : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` owns the confirmations.
    CharacterRemoval(Core::TokenStore &store, QWidget *dialogParent);

    void confirmAndRemove(qint64 characterId);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void statusChanged(const QString &message);
    void busyChanged(bool busy); // revoking or removing: other keychain actions wait
    void keychainSuspect();

private:
    void revokeAndRemove(qint64 characterId);
    void offerRemoveAnyway(qint64 characterId, const QString &revokeError);
    void remove(qint64 characterId, bool revoked);
    void setBusy(bool busy);

    Core::TokenStore &m_store;
    QWidget *m_dialogParent;
    bool m_busy = false;
};

} // namespace Esi::Ui
