#pragma once

#include "core/spec/spec.h"
#include "ui/tokens/usedscopes.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;
class QToolButton;

namespace Esi::Core {
class CharacterAffiliations;
class Clock;
class SecretStore;
class CallHistoryStore;
class TokenKeepAlive;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Ui {

class MessageBanner;
class PortraitCache;
class SecretClipboard;
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
// claims, revoke and remove). Sign-ins themselves are run by whoever handles signInRequested.
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

    bool isKeychainAvailable() const { return m_keychainAvailable; }

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

    MessageBanner *banner() const { return m_banner; }

    QString statusText() const;

Q_SIGNALS:
    void signInRequested(const QStringList &scopes);
    void statusChanged(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                        void (TokenManagerWindow::*slot)());
    void openScopePicker(qint64 characterId);
    void revokeAndRemove(qint64 characterId);
    void offerRemoveAnyway(qint64 characterId, const QString &revokeError);
    void remove(qint64 characterId, bool revoked);
    void setStatus(const QString &message);
    void handleKeychainChecked(bool available, const QString &error);
    void handleKeychainSlow();
    void handleKeepAliveToggled();
    void updateDetails();
    void updateActions();
    QString nameOf(qint64 characterId) const;

    TokenManagerServices m_services;
    UsedScopes m_usedScopes;
    TokenListModel *m_model;
    MessageBanner *m_banner;
    QPushButton *m_checkKeychainButton;
    QTableView *m_view;
    QLabel *m_details;
    QListWidget *m_scopes;
    QLabel *m_status;
    QCheckBox *m_keepAlive;
    QSpinBox *m_keepAliveDays;
    QAction *m_signInAction;
    QAction *m_addScopesAction;
    QAction *m_refreshAction;
    QAction *m_copyAction;
    QAction *m_claimsAction;
    QAction *m_revokeAction;
    QAction *m_acknowledgeAction;
    QToolButton *m_acknowledgeButton = nullptr;
    QTimer m_countdownTimer;
    SecretClipboard *m_clipboard = nullptr;
    QTimer m_keychainSlowTimer; // a check still unanswered: the desktop may be asking to unlock
    int m_keychainChecks = 0;
    qint64 m_selectedBeforeReset = 0;
    bool m_keychainAvailable = true;
    QString m_keychainError;
    bool m_busy = false;
};

} // namespace Esi::Ui
