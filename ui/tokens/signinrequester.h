#pragma once

#include <QObject>

class QWidget;

namespace Esi::Core {
class TokenStore;
}

namespace Esi::Ui {

class UsedScopes;

// Asks which scopes a sign-in should request (the ScopePickerDialog, with the spec's scopes and the
// "operations I use" preset) and hands them on as signInRequested. Adding scopes to a character asks again
// for everything it keeps, because a new refresh token carries only what its sign-in granted.
class SignInRequester : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` owns the picker.
    SignInRequester(const Core::TokenStore &store, const UsedScopes &usedScopes, QWidget *dialogParent);

    void pickScopes(qint64 characterId); // 0: a new character

Q_SIGNALS:
    void signInRequested(const QStringList &scopes);
    void statusChanged(const QString &message);

private:
    const Core::TokenStore &m_store;
    const UsedScopes &m_usedScopes;
    QWidget *m_dialogParent;
};

} // namespace Esi::Ui
