#include "ui/tokens/tokenactionbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

TokenActionBar::TokenActionBar(QWidget *parent)
    : QWidget(parent)
{
    m_signIn = makeAction(u"signInAction"_s, tr("Sign &In New Character\u2026"), QKeySequence::New);
    m_addScopes = makeAction(u"addScopesAction"_s, tr("&Add Scopes\u2026"), QKeySequence(u"Ctrl+Shift+A"_s));
    m_refresh = makeAction(u"refreshAction"_s, tr("&Refresh Now"), QKeySequence::Refresh);
    m_copy = makeAction(u"copyTokenAction"_s, tr("&Copy Access Token"), QKeySequence(u"Ctrl+Shift+C"_s));
    m_claims = makeAction(u"claimsAction"_s, tr("Show Token C&laims\u2026"), QKeySequence(u"Ctrl+I"_s));
    m_revoke = makeAction(u"revokeAction"_s, tr("Re&voke and Remove\u2026"), QKeySequence::Delete);
    m_acknowledge = makeAction(u"acknowledgeOwnerAction"_s, tr("Acknowledge &Owner Change"), QKeySequence());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_signIn, m_addScopes, m_refresh, m_copy, m_claims, m_revoke, m_acknowledge}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->text().remove(u'&').remove(u'\u2026'));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
        if (action == m_acknowledge) {
            m_acknowledgeButton = button; // shown only while the selected character's owner changed
        }
    }
    layout->addStretch();
}

QAction *TokenActionBar::makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void TokenActionBar::update(const std::optional<Core::TokenRecord> &record, bool keychainAvailable,
                            const QString &keychainError, bool busy)
{
    const bool usable = record && record->status == Core::TokenStatus::Valid;
    const bool keychain = keychainAvailable && !busy;
    const QString keychainReason =
        keychainAvailable ? QString() : tr("The system keychain cannot be used: %1").arg(keychainError);
    const auto set = [&](QAction *action, bool enabled, const QString &otherwise) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(u'&') : otherwise);
    };
    const QString noCharacter = tr("Select a character first.");
    const QString notUsable =
        record && !usable ? tr("This token cannot be used; sign the character in again.") : noCharacter;
    set(m_signIn, keychain, keychainReason);
    set(m_addScopes, keychain && record, record ? keychainReason : noCharacter);
    set(m_refresh, keychain && usable, keychainAvailable ? notUsable : keychainReason);
    set(m_copy, keychain && usable, keychainAvailable ? notUsable : keychainReason);
    set(m_claims, keychain && usable, keychainAvailable ? notUsable : keychainReason);
    set(m_revoke, keychain && record, record ? keychainReason : noCharacter);
    m_acknowledge->setVisible(record && record->ownerChanged());
    if (m_acknowledgeButton) {
        m_acknowledgeButton->setVisible(m_acknowledge->isVisible());
    }
}

} // namespace Esi::Ui
