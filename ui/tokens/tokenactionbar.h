#pragma once

#include "core/auth/tokenrecord.h"

#include <QWidget>
#include <optional>

class QAction;
class QToolButton;

namespace Esi::Ui {

// The character manager's actions (with shortcuts) as a row of buttons, and when each applies: the
// keychain must be usable and nothing else running, most need a selected character, some a usable token.
// A disabled action's tooltip says why.
class TokenActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit TokenActionBar(QWidget *parent = nullptr);

    // `record`: the selected character's; `keychainError`: why the keychain cannot be used.
    void update(const std::optional<Core::TokenRecord> &record, bool keychainAvailable, const QString &keychainError,
                bool busy);

    QAction *signIn() const { return m_signIn; }

    QAction *addScopes() const { return m_addScopes; }

    QAction *refresh() const { return m_refresh; }

    QAction *copyToken() const { return m_copy; }

    QAction *claims() const { return m_claims; }

    QAction *revoke() const { return m_revoke; }

    QAction *acknowledgeOwner() const { return m_acknowledge; }

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut);

    QAction *m_signIn;
    QAction *m_addScopes;
    QAction *m_refresh;
    QAction *m_copy;
    QAction *m_claims;
    QAction *m_revoke;
    QAction *m_acknowledge;
    QToolButton *m_acknowledgeButton = nullptr;
};

} // namespace Esi::Ui
