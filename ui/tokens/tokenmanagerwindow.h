#pragma once

#include "core/spec/spec.h"
#include "ui/tokens/usedscopes.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QSettings;
class QTableView;

namespace Esi::Core {
class CharacterAffiliations;
class Clock;
class SecretStore;
class CallHistoryStore;
class TokenKeepAlive;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Ui {

class AccessTokenCommands;
class CharacterDetailsPane;
class CharacterRemoval;
class KeychainBanner;
class KeychainCheck;
class MessageBanner;
class PortraitCache;
class SignInRequester;
class TokenActionBar;
class TokenListModel;

// What the character manager is given (it owns none of it). Store, secrets and clock are required.
struct TokenManagerServices
{
    Core::TokenStore *store = nullptr;
    Core::SecretStore *secrets = nullptr; // the keychain the store uses, checked for availability
    const Core::Clock *clock = nullptr;
    PortraitCache *portraits = nullptr;
    Core::CharacterAffiliations *affiliations = nullptr;
    Core::TokenKeepAlive *keepAlive = nullptr; // without it the keep-alive option is hidden
    Core::CallHistoryStore *history = nullptr; // for "scopes for the operations I use"
    QSettings *settings = nullptr;             // where the keep-alive choice is kept; null: not kept
};

// The character manager: every signed-in character with its token's state and a live expiry countdown,
// and what can be done with it (sign in another, add scopes, refresh, copy a fresh access token, show its
// claims, revoke and remove). Sign-ins themselves are run by whoever handles signInRequested. The window
// composes: the list, the details pane, the action bar, the keychain check and banner, the keep-alive option,
// and the commands that act on the selected character.
class TokenManagerWindow : public QWidget
{
    Q_OBJECT

public:
    explicit TokenManagerWindow(const TokenManagerServices &services, QWidget *parent = nullptr);
    ~TokenManagerWindow() override;

    void setSpec(Core::SpecPtr spec);

    // Operations run this session count for "scopes for the operations I use" besides the call history.
    void noteOperationRun(const QString &operationId);
    QStringList usedScopes() const;

    void selectCharacter(qint64 characterId);
    qint64 currentCharacterId() const; // 0 when none is selected

    // After a sign-in the window asked for: selects the character and says what happened.
    void showSignInResult(qint64 characterId, const QString &characterName, const QStringList &lostScopes);
    void showSignInFailure(const QString &reason);

    // Asks the keychain whether it can be used; a banner says what to do when not.
    void checkKeychain();

    bool isKeychainAvailable() const;

    void setClipboardClearDelay(int msecs);

    void setCountdownInterval(int msecs) { m_countdownTimer.setInterval(msecs); }

    // The actions, also reachable from the buttons and shortcuts.
    void requestNewSignIn();
    void requestMoreScopes();
    void refreshSelected();
    void copyAccessToken();
    void showClaims();
    void revokeAndRemoveSelected(); // asks first
    void acknowledgeOwnerChange();

    TokenListModel *model() const { return m_model; }

    QTableView *view() const { return m_view; }

    MessageBanner *banner() const;

    QString statusText() const;

Q_SIGNALS:
    void signInRequested(const QStringList &scopes);
    void statusChanged(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setStatus(const QString &message);
    void updateDetails();
    void updateActions();

    TokenManagerServices m_services;
    UsedScopes m_usedScopes;
    TokenListModel *m_model;
    KeychainCheck *m_keychain;
    KeychainBanner *m_keychainBanner;
    TokenActionBar *m_actions;
    QTableView *m_view;
    CharacterDetailsPane *m_details;
    QLabel *m_status;
    SignInRequester *m_signIn;
    AccessTokenCommands *m_tokenCommands;
    CharacterRemoval *m_removal;
    QTimer m_countdownTimer;
    qint64 m_selectedBeforeReset = 0;
};

} // namespace Esi::Ui
