#pragma once

#include <QObject>

class QWidget;

namespace Esi::Core {
class TokenStore;
}

namespace Esi::Ui {

class SecretClipboard;

// What the character manager does with a character's access token: refresh it now, copy a fresh one to the
// clipboard (cleared after a while), show its claims. The token is held no longer than each step needs.
class AccessTokenCommands : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` owns the claims dialog.
    AccessTokenCommands(Core::TokenStore &store, QWidget *dialogParent);

    void refresh(qint64 characterId);
    void copy(qint64 characterId);
    void showClaims(qint64 characterId);

    void setClipboardClearDelay(int msecs);

Q_SIGNALS:
    void statusChanged(const QString &message);
    void keychainSuspect(); // a step failed in a way a locked keychain would explain

private:
    Core::TokenStore &m_store;
    QWidget *m_dialogParent;
    SecretClipboard *m_clipboard;
};

} // namespace Esi::Ui
